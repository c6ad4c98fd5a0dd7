"""What storage raises: a library that cannot be opened or a change that could not be saved, said for the analyst."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.errors import UserError


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
