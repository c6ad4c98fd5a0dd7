"""What SQLite or the file system said about a library, in one line that names the file and what to do."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from peewee import PeeweeException

# Everything a database call may raise besides the storage package's own LibraryError.
DATABASE_ERRORS = (sqlite3.Error, PeeweeException)


def describe(exc: BaseException, library_path: Path) -> str:
    """One line for the analyst; the raw error text stays at the end where it helps a bug report."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    code = getattr(exc, "errno", None)
    where = getattr(exc, "filename", None) or library_path
    if "disk is full" in text or code == errno.ENOSPC:
        return f"the disk is full: {where} could not be saved. Free some space on that disk, then try again."
    if "readonly" in text.replace("-", "").replace(" ", "") or code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"{where} is read-only for you ({text}); nothing was changed. Copy the library to a folder you can "
            "write to, or check its permissions."
        )
    if "database is locked" in text:
        return f"{where} is busy: another program is writing to it. Try again in a moment."
    if code == errno.ENOENT:
        return f"{where} does not exist. Check the path."
    if code == errno.EISDIR:
        return f"{where} is a folder, not a file. Name a file instead."
    if "disk I/O error" in text:
        return f"{where} could not be read or written (disk I/O error). Check the disk and that it is a library file."
    return f"{where}: {text}"
