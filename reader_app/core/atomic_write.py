"""Write a file so that readers see either the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    # Elsewhere the only way is to set and restore it; the window between the two calls is tiny.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def open_atomically(path: Path, *, honour_umask: bool = False) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file beside `path`; it replaces `path` only when the block ends cleanly.

    mkstemp creates the file 0600, right for private state; a file made for other people and programs
    (an export) should get the mode any new file of the user's gets, so honour_umask applies 0666 & ~umask.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        if honour_umask:
            os.chmod(tmp_name, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def write_bytes_atomically(path: Path, data: bytes, *, honour_umask: bool = False) -> None:
    with open_atomically(path, honour_umask=honour_umask) as handle:
        handle.write(data)
