"""What storage raises: a library that cannot be opened or a change that could not be saved, said for the analyst."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.errors import UserError
from reader_app.storage.library_lock import LibraryInUse


class LibraryError(UserError):
    """A library that cannot be opened, or a write it refused; the message names the file and what to do."""


class BrokenLibraryError(LibraryError):
    """A Reader library that SQLite cannot read or that fails quick_check: a case for recovery from a backup."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path} is damaged: {problem}")
        self.path = path
        self.problem = problem


class WriteFailed(LibraryError):
    """SQLite refused a change (disk full, file made read-only, locked too long); nothing of it was saved."""


class DiskFullError(WriteFailed):
    """SQLITE_FULL (a full disk, or max_page_count): said as "the disk is full", with what to do."""


class LibraryBusyError(LibraryError):
    """Another process holds the library (a window, or a command that is changing it); nothing was opened."""

    def __init__(self, path: Path, busy: LibraryInUse) -> None:
        if busy.held_exclusively:
            text = f"{busy}; do this from that window, or close it and try again."
        else:
            text = f"{busy}; try again when it has finished."
        super().__init__(text)
        self.path = path
        self.holder = busy.holder


class NotStoredError(LibraryError):
    """A write the library did not keep as written (read back inside its transaction, which is rolled back)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what}; nothing was saved. The library may have been changed by another program.")


class ForeignSchemaError(LibraryError):
    """A library whose tables, indexes, triggers or views are not the ones Reader made: refused, untouched."""
