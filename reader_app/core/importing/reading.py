"""Read one article file safely: regular files only, never more than a hard byte limit, cancellable."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from .errors import MAX_BYTES, ImportCancelled, ImportFailure

_CHUNK = 1 << 20
# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever. O_NOCTTY: a terminal
# device never becomes our controlling terminal. Neither exists on Windows, where O_BINARY matters instead.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_regular_file(
    path: str | os.PathLike,
    *,
    max_bytes: int = MAX_BYTES,
    name: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The file's bytes, or ImportFailure: what the path points at is checked on the open descriptor itself."""
    name = name or Path(path).name or str(path)
    limit = f"over the {max_bytes // 2**20} MB limit" if max_bytes >= 2**20 else f"over the {max_bytes}-byte limit"
    try:
        # Looked at before opening (opening a device or a terminal can itself have effects), and again on the
        # open descriptor below, in case the path was swapped in between.
        _refuse_special(os.stat(path).st_mode, name)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _os_failure(name, exc) from exc
    try:
        info = os.fstat(fd)
        _refuse_special(info.st_mode, name)
        if info.st_size > max_bytes:
            raise ImportFailure(name, f"is {info.st_size / 1e6:.1f} MB, {limit}", "split it or import only the article")
        chunks: list[bytes] = []
        total = 0
        while True:
            # Never more than one byte past the limit, whatever the size on disk said (it can lie or change).
            want = min(_CHUNK, max_bytes + 1 - total)
            chunk = os.read(fd, want)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise ImportFailure(name, limit, "split it or import only the article")
            # Polled while more is still to come (a full chunk): a file read in one go simply finishes.
            if len(chunk) == want and cancelled is not None and cancelled():
                raise ImportCancelled(name)
        return b"".join(chunks)
    except OSError as exc:
        raise _os_failure(name, exc) from exc
    finally:
        os.close(fd)


def _refuse_special(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise ImportFailure(name, "is a folder, not a file", "import the folder as a batch instead")
    if not stat.S_ISREG(mode):
        raise ImportFailure(name, "is not a regular file (a device, pipe or socket)", "choose an article file")


def _os_failure(name: str, exc: OSError) -> ImportFailure:
    if isinstance(exc, IsADirectoryError):
        return ImportFailure(name, "is a folder, not a file", "import the folder as a batch instead")
    if isinstance(exc, FileNotFoundError):
        return ImportFailure(name, "does not exist", "check the path and the file name")
    if isinstance(exc, PermissionError):
        return ImportFailure(name, "may not be read (permission denied)", "check the file's permissions")
    if exc.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
        return ImportFailure(name, "is not a regular file (a device, pipe or socket)", "choose an article file")
    return ImportFailure(name, f"could not be read ({exc.strerror or exc})", "check the disk or the file")
