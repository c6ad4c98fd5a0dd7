"""Recovery from a damaged library: move it aside (never delete it) and find the newest backup that is good."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader_app.services.errors import UserError
from reader_app.services.leftovers import write_note
from reader_app.storage import backup as backup_store
from reader_app.storage.backup import BackupInfo
from reader_app.storage.db import BrokenLibraryError
from reader_app.storage.library_files import backups_dir_for, set_aside


@dataclass(frozen=True)
class BrokenLibrary:
    path: Path  # where the library was, and where a restored or new one will be
    moved_to: Path  # the damaged file, kept for a specialist
    problem: str
    backup: BackupInfo | None  # the newest backup that passed verification

    def message(self) -> str:
        """One line for the command line: what happened, where the file went, what to do next."""
        text = f"{self.path} is damaged ({self.problem}). It was moved aside to {self.moved_to}; nothing was deleted."
        if self.backup is None:
            return text + " No good backup was found; run the command again to start with an empty library."
        return (
            text + f" The newest good backup is {self.backup.path} ({self.backup.created:%Y-%m-%d %H:%M}): restore "
            f"it with `reader-app --db {self.path} restore {self.backup.path}`, or run the command again to start "
            "with an empty library."
        )


class LibraryBroken(UserError):
    """The library was damaged and has been moved aside; `broken` says where, and which backup to offer."""

    def __init__(self, broken: BrokenLibrary) -> None:
        super().__init__(broken.message())
        self.broken = broken


def set_aside_broken(error: BrokenLibraryError) -> BrokenLibrary:
    """Rename the damaged library to `<name>.broken-<timestamp>` and look for the newest good backup."""
    path = Path(error.path)
    try:
        moved_to = set_aside(path, "broken")
    except OSError as exc:
        raise UserError(f"{error} It could not be moved aside ({exc.strerror or exc}); check the folder.") from exc
    write_note(moved_to, error.problem)  # so the next start can say what was found
    newest = backup_store.newest_valid(backups_dir_for(path))
    if newest is not None:
        # Backups of whatever comes next (an empty start) must not thin away the last good state.
        newest = backup_store.keep_forever(newest)
    return BrokenLibrary(path, moved_to, error.problem, newest)
