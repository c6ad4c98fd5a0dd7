"""User actions on backups: back up now, list, restore (even when the library cannot be opened), and the
automatic policy: back up only when something changed since the last backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader_app.services import known_libraries
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library, LibraryError
from reader_app.storage import articles as article_store
from reader_app.storage import backup as backup_store
from reader_app.storage.backup import AUTO, MANUAL, BackupInfo, disk_budget
from reader_app.storage.library_files import backups_dir_for

__all__ = [
    "AutoBackup",
    "BackupInfo",
    "backup_now",
    "backups_folder",
    "backups_folder_of",
    "backups_of",
    "disk_budget",
    "is_valid",
    "list_backups",
    "newest_valid",
    "restore",
    "restore_open",
]


def backups_folder(library_path: Path) -> Path:
    return backups_dir_for(Path(library_path).expanduser().resolve())


@uses_library
def backup_now(library: Library, *, kind: str = MANUAL) -> BackupInfo:
    """A verified backup of the library as it is now; older ones are then thinned to the bounded set."""
    try:
        made = backup_store.make_backup(library, backups_folder(library.path), kind=kind)
        budget = backup_store.disk_budget(Path(library.path).stat().st_size)
        backup_store.thin(made.path.parent, max_bytes=budget)
    except (LibraryError, OSError) as exc:
        raise UserError(str(exc)) from exc
    return made


@uses_library
def backups_of(library: Library) -> list[BackupInfo]:
    """The open library's backups, newest first."""
    return list_backups(library.path)


@uses_library
def backups_folder_of(library: Library) -> Path:
    return backups_folder(library.path)


def list_backups(library_path: Path) -> list[BackupInfo]:
    """The library's backups, newest first."""
    return backup_store.list_backups(backups_folder(library_path))


def is_valid(backup_path: Path) -> bool:
    return backup_store.verify(Path(backup_path), for_restore=True) is None


def newest_valid(library_path: Path) -> BackupInfo | None:
    """The newest backup that passes verification: one that can really be restored."""
    return backup_store.newest_valid(backups_folder(library_path))


def restore(backup_path: Path, library_path: Path) -> Path | None:
    """Replace a closed (or unopenable) library with a backup; returns where the previous file was kept."""
    backup_path = _find(Path(backup_path), Path(library_path))
    target = Path(library_path).expanduser().resolve()
    try:
        kept = backup_store.restore(backup_path, target)
    except LibraryError as exc:
        raise UserError(str(exc)) from exc
    # A finished restore counts as an opening: should the library go missing later, the copy it kept is not
    # taken for the trace of an interrupted restore (services/library.py, MissingLibrary).
    known_libraries.remember(target)
    return kept


@uses_library
def restore_open(library: Library, backup_path: Path) -> Path | None:
    """Restore into a library this process has open: its connection is closed first and reopens on next use.

    The caller makes sure no other thread of this process is using the library (no import running).
    """
    library.db.close()
    return restore(backup_path, library.path)


def _find(backup_path: Path, library_path: Path) -> Path:
    """A backup path as given, or a bare file name inside the library's backups folder."""
    # Absolute: the backup is opened by a file: URI, which a relative path cannot be.
    if backup_path.exists():
        return backup_path.resolve()
    inside = backups_folder(library_path) / backup_path.name
    if inside.exists():
        return inside.resolve()
    raise UserError(f"No backup at {backup_path}. `reader-app --db {library_path} backups` lists them.")


class AutoBackup:
    """Decides when an automatic backup is due: only when the library changed since the last one.

    Changes are read from the calling thread's connection (its own commits and other connections' commits),
    so `pending()` is called from the thread that opened the library; `run()` may run on any thread.
    """

    def __init__(self, library: Library) -> None:
        self._library = library
        with library.bound():
            never_backed_up = not list_backups(library.path) and article_store.count() > 0
        self._saved = None if never_backed_up else backup_store.change_marker(library)

    def pending(self) -> tuple[int, int] | None:
        """The change marker to record if a backup is due now, else None."""
        if self._library.read_only:
            return None
        marker = backup_store.change_marker(self._library)
        return None if marker == self._saved else marker

    def run(self, marker: tuple[int, int]) -> BackupInfo:
        made = backup_now(self._library, kind=AUTO)
        self._saved = marker
        return made

    def run_if_changed(self) -> BackupInfo | None:
        marker = self.pending()
        return self.run(marker) if marker is not None else None

    def run_on_exit(self) -> str:
        """The backup on quitting, if something changed: here for a small library (a fraction of a second),
        in a separate process for a large one, so quitting never waits for a copy of gigabytes.

        Returns "none", "done" or "started".
        """
        marker = self.pending()
        if marker is None:
            return "none"
        if Path(self._library.path).stat().st_size < EXIT_BACKUP_IN_PROCESS_BELOW:
            self.run(marker)
            return "done"
        start_backup_process(self._library.path)
        self._saved = marker
        return "started"


# Above this size the exit backup runs in its own process (about 0.3 s per 100 MB to copy and verify).
EXIT_BACKUP_IN_PROCESS_BELOW = 64 * 1024 * 1024


def backup_command(library_path: Path) -> list[str]:
    """The command line that backs up a library (automatic kind), for this installation: checkout or bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--db", str(library_path), "backup", "--auto"]
    return [sys.executable, "-m", "reader_app", "--db", str(library_path), "backup", "--auto"]


def start_backup_process(library_path: Path) -> subprocess.Popen:
    """Start the backup in a process of its own that outlives this one (a new session: closing the window or
    its terminal does not stop it); it takes its own snapshot through SQLite, so writes meanwhile are safe."""
    detached: dict = {"start_new_session": True} if os.name != "nt" else {"creationflags": 0x00000008}
    return subprocess.Popen(
        backup_command(library_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **detached,
    )
