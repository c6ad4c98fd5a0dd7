"""Who holds a library: an OS lock on the sidecar `<library>.lock` file, taken before SQLite opens the library.

SQLite's own locks on the library are POSIX record locks, which the kernel drops for the whole process as soon
as *any* descriptor of that file is closed (a file dialog sniffing the folder is enough). A second process then
believes it is the last connection and deletes the window's WAL. This lock lives on another file and, on POSIX,
is an `flock` lock, tied to the one open file description that took it: nothing else the process opens or closes
can release it.

A window holds it exclusively; a command that writes (import, accept suggestions) holds it shared, so two commands
can still write at once (SQLite serialises them) but never beside a window. Restoring a backup holds it
exclusively. The exclusive holder writes its pid, host and purpose into the file for the message others print.
Windows has no shared `msvcrt` lock: there a shared holder only checks that no exclusive holder is there.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

SHARED, EXCLUSIVE = "shared", "exclusive"
# Windows locks a byte range; one far past the text the holder writes, so others can still read who it is.
_WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_HOLDER_BYTES = 4096


def lock_path_for(library_path: Path) -> Path:
    library_path = Path(library_path)
    return library_path.with_name(library_path.name + ".lock")


@dataclass(frozen=True)
class Holder:
    """Who holds a library exclusively, as it wrote itself into the lock file (empty when unknown)."""

    pid: int = 0
    host: str = ""
    purpose: str = ""

    def describe(self) -> str:
        who = f"a Reader {self.purpose}" if self.purpose else "another Reader process"
        if self.pid:
            here = "" if not self.host or self.host == socket.gethostname() else f" on {self.host}"
            who += f" (pid {self.pid}{here})"
        return who


class LibraryInUse(Exception):
    """The lock is held by another process; `holder` says who, when it wrote that down."""

    def __init__(self, library_path: Path, holder: Holder, held_exclusively: bool) -> None:
        self.library_path = Path(library_path)
        self.holder = holder
        self.held_exclusively = held_exclusively
        if held_exclusively:
            text = f"{library_path} is open in {holder.describe()}"
        else:
            text = f"{library_path} is being changed by a reader-app command"
        super().__init__(text)


class _Held:
    """One open lock file of this process: shared by every Library of the process on the same path."""

    def __init__(self, fd: int, mode: str, path: Path) -> None:
        self.fd = fd
        self.path = path
        self.mode = mode
        self.count = 0


# Within one process the lock is shared by reference count: locks only keep *other processes* out, and a second
# open of the lock file would conflict with the first (flock is per open file description).
_held: dict[str, _Held] = {}
_guard = threading.Lock()


class LibraryLock:
    """A held lock on one library; `release()` (or closing the Library) gives it back."""

    def __init__(self, key: str) -> None:
        self._key = key
        self._released = False

    @property
    def mode(self) -> str:
        held = _held.get(self._key)
        return held.mode if held else ""

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count <= 0:
                del _held[self._key]
                _remove_if_last(held)
                _unlock_and_close(held.fd, held.mode)


def acquire(library_path: Path, mode: str = SHARED, *, purpose: str = "", wait_seconds: float = 0.0) -> LibraryLock:
    """Take the library's lock, waiting up to wait_seconds; LibraryInUse when another process keeps it."""
    library_path = Path(library_path)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return _acquire_once(library_path, mode, purpose)
        except LibraryInUse:
            if time.monotonic() >= deadline:
                raise
        time.sleep(0.05)


def holder_of(library_path: Path) -> Holder | None:
    """The exclusive holder, when another process holds the lock exclusively; None when it is free or shared."""
    try:
        lock = acquire(library_path, SHARED)
    except LibraryInUse as busy:
        return busy.holder if busy.held_exclusively else None
    except OSError:
        return None
    lock.release()
    return None


def _acquire_once(library_path: Path, mode: str, purpose: str) -> LibraryLock:
    lock_file = lock_path_for(library_path)
    key = str(lock_file)
    with _guard:
        held = _held.get(key)
        if held is not None:
            if mode == EXCLUSIVE and held.mode != EXCLUSIVE:
                if not _try_lock(held.fd, EXCLUSIVE):
                    # Linux drops the shared lock when a conversion fails: take it again.
                    _try_lock(held.fd, SHARED)
                    raise LibraryInUse(library_path, _read_holder(lock_file), False)
                held.mode = EXCLUSIVE
                _write_holder(held.fd, purpose)
            held.count += 1
            return LibraryLock(key)
        while True:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            try:
                if not _try_lock(fd, mode):
                    exclusive = not _try_lock(fd, SHARED)
                    raise LibraryInUse(library_path, _read_holder(lock_file), exclusive)
                if _still_at(lock_file, fd):
                    break
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)  # locked a file that was just removed: take the one at the path now
        try:
            if mode == SHARED and os.name == "nt":  # pragma: no cover - no shared locks there: checked, not held
                _unlock(fd, EXCLUSIVE)
            if mode == EXCLUSIVE:
                _write_holder(fd, purpose)
        except BaseException:
            os.close(fd)
            raise
        held = _Held(fd, mode, lock_file)
        held.count = 1
        _held[key] = held
        return LibraryLock(key)


def _still_at(lock_file: Path, fd: int) -> bool:
    """Whether the file we locked is still the one at its path: a releaser may have removed it meanwhile."""
    if os.name == "nt":  # pragma: no cover - open files are not removed there
        return True
    try:
        return os.stat(lock_file).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _remove_if_last(held: _Held) -> None:
    """Leave no lock file behind when no other process holds or waits on it (an exclusive lock proves that)."""
    if os.name == "nt" or not _try_lock(held.fd, EXCLUSIVE):
        return
    try:
        if os.stat(held.path).st_ino == os.fstat(held.fd).st_ino:
            os.unlink(held.path)
    except OSError:
        pass  # someone else's now, or already gone: either way not ours to remove


def _try_lock(fd: int, mode: str) -> bool:
    if sys.platform == "win32":  # pragma: no cover (mypy checks the branch for the platform it runs on)
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if mode == EXCLUSIVE else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _unlock(fd: int, mode: str) -> None:
    if sys.platform == "win32":  # pragma: no cover
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _unlock_and_close(fd: int, mode: str) -> None:
    try:
        if mode == EXCLUSIVE:
            os.ftruncate(fd, 0)  # the next reader must not name a process that has gone
        if mode == EXCLUSIVE or os.name != "nt":
            _unlock(fd, mode)
    except OSError:
        pass  # closing the descriptor below releases the lock anyway
    finally:
        os.close(fd)


def _write_holder(fd: int, purpose: str) -> None:
    text = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "purpose": purpose})
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("utf-8"))


def _read_holder(lock_file: Path) -> Holder:
    try:
        with open(lock_file, "rb") as handle:
            data = json.loads(handle.read(_MAX_HOLDER_BYTES).decode("utf-8") or "{}")
        return Holder(int(data.get("pid", 0)), str(data.get("host", "")), str(data.get("purpose", "")))
    except (OSError, ValueError, AttributeError):
        return Holder()
