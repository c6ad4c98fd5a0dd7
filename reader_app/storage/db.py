"""Open, check and migrate a library file; one Library object stands for the open file."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

from reader_app.storage import backup, library_files, library_lock, migrations, schema, schema_guard
from reader_app.storage.errors import BrokenLibraryError, ForeignSchemaError, LibraryBusyError, LibraryError
from reader_app.storage.library_files import APPLICATION_ID
from reader_app.storage.library_handle import Library
from reader_app.storage.library_lock import SHARED, LibraryInUse
from reader_app.storage.write_guard import LibraryDatabase

__all__ = ["APPLICATION_ID", "PRAGMAS", "BrokenLibraryError", "Library", "LibraryError", "open_library"]

BUSY_TIMEOUT_MS = 5000
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a commit the user saw acknowledged survives a power cut, not only a crash.
    "synchronous": "full",
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -16000,
    # Functions the file's own schema names run with no extra trust (schema_guard refuses foreign objects too).
    "trusted_schema": 0,
}
# quick_check reads every page (about 1 s per GB). Below this size every open checks; above it only an open after
# a session that did not end cleanly does (see _needs_quick_check). Every backup is integrity-checked as well,
# which is the scheduled check of a large library, off the UI thread.
QUICK_CHECK_ALWAYS_BELOW = 64 * 1024 * 1024
# A read-only connection may not change the journal mode; it reads whatever the file uses.
READ_ONLY_PRAGMAS = {k: v for k, v in PRAGMAS.items() if k not in ("journal_mode", "synchronous")}


def _inspect(path: Path) -> tuple[int, int, bool]:
    """(application_id, user_version, has_tables) of an existing file, read with plain sqlite3.

    A Reader library that SQLite cannot read, or that fails quick_check, raises BrokenLibraryError.
    """
    damage = None
    try:
        con = schema_guard.connect(library_files.read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            has_tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            if app_id == APPLICATION_ID and _needs_quick_check(path):
                result = [row[0] for row in con.execute("PRAGMA quick_check")]
                damage = None if result == ["ok"] else "quick_check: " + " ".join(" ".join(result[:3]).split())[:300]
            foreign = []
            if damage is None and app_id == APPLICATION_ID and version <= migrations.SCHEMA_VERSION:
                foreign = schema_guard.differences(con, version)
        finally:
            con.close()
    except sqlite3.OperationalError as exc:  # locked, unreadable, I/O: the file may be fine, so leave it be
        raise LibraryError(f"{path} could not be read ({exc}). Check the file and try again.") from exc
    except sqlite3.DatabaseError as exc:
        if _was_a_library(path):
            raise BrokenLibraryError(path, f"SQLite says: {exc}") from exc
        raise LibraryError(
            f"{path} is not a Reader library (SQLite says: {exc}). Choose another file with --db."
        ) from exc
    if damage is not None:
        raise BrokenLibraryError(path, damage)
    if foreign:
        raise ForeignSchemaError(
            f"{path} holds database objects Reader did not make ({schema_guard.describe(foreign)}), which could "
            f"change or drop what you save; it was left untouched. Restore a backup: `reader-app --db {path} backups`."
        )
    return app_id, version, has_tables


def _needs_quick_check(path: Path) -> bool:
    """Small files always; large ones when a -wal is left behind: the last connection did not close cleanly
    (SQLite removes the -wal when the last one does), or another process has the library open right now."""
    if path.stat().st_size < QUICK_CHECK_ALWAYS_BELOW:
        return True
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def _was_a_library(path: Path) -> bool:
    """Ours if the header still carries our application_id, or if we have backups of it."""
    if library_files.header_application_id(path) == APPLICATION_ID:
        return True
    backups = library_files.backups_dir_for(path)
    return backups.is_dir() and any(backups.glob("*.sqlite3"))


def open_library(
    path: Path | str,
    *,
    create: bool = True,
    read_only: bool | None = None,
    hold: str = SHARED,
    purpose: str = "command",
    wait_seconds: float = 0.0,
    read_when_held: bool = False,
) -> Library:
    """Open (and if needed create and migrate) the library at `path`.

    Refuses files that are not libraries, that a newer version wrote or whose schema Reader did not make, and
    never touches them. read_only=None opens read-only exactly when this process may not write the file or its
    folder. A writable library is first locked (`hold`: SHARED for commands, EXCLUSIVE for a window); when
    another process holds it, LibraryBusyError, or with read_when_held a read-only connection (which can never
    checkpoint or delete the holder's WAL).
    """
    path = Path(path).expanduser().resolve()
    exists = path.exists() and path.stat().st_size > 0
    no_permission = exists and not library_files.is_writable(path)
    read_only = no_permission if read_only is None else read_only
    if not exists and (not create or read_only):
        raise LibraryError(f"No library at {path}. Check the path or create a new library.")
    lock = None
    notices: list[str] = []
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            lock = library_lock.acquire(path, hold, purpose=purpose, wait_seconds=wait_seconds)
        except LibraryInUse as busy:
            if not (read_when_held and exists):
                raise LibraryBusyError(path, busy) from None
            read_only = True
            notices.append(_read_only_because(busy))
        except OSError as exc:
            raise LibraryError(
                f"{path} could not be locked ({exc.strerror or exc}); check that you may write to its folder."
            ) from exc
    try:
        library = _open_held(path, exists=exists, read_only=read_only, no_permission=no_permission)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    library.lock = lock
    library.notices[:0] = notices
    return library


def _read_only_because(busy: LibraryInUse) -> str:
    if busy.held_exclusively:
        return f"{busy.holder.describe().capitalize()} has this library open, so it was opened read-only here."
    return "A reader-app command is changing this library, so it was opened read-only; open it again when it is done."


def _open_held(path: Path, *, exists: bool, read_only: bool, no_permission: bool) -> Library:
    if not exists:
        _create(path)
    app_id, version, has_tables = _inspect(path)
    if app_id != APPLICATION_ID and (app_id != 0 or has_tables):
        raise LibraryError(
            f"{path} is a SQLite file but not a Reader library; it was left untouched. "
            "Choose a library file or a new file name with --db."
        )
    if version > migrations.SCHEMA_VERSION:
        raise LibraryError(
            f"{path} was written by a newer version of Reader (schema {version}, this version knows "
            f"{migrations.SCHEMA_VERSION}); it was left untouched. Update Reader to open it."
        )
    if read_only and migrations.pending(version):
        raise LibraryError(
            f"{path} is read-only and was made by an older version of Reader, which must upgrade it first. "
            "Copy it to a folder you can write to and open the copy."
        )

    if read_only:
        db = LibraryDatabase(library_files.read_only_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS)
    else:
        db = LibraryDatabase(str(path), pragmas=PRAGMAS)
    schema.database.initialize(db)
    library = Library(path=path, db=db, read_only=read_only)
    try:
        db.connect(reuse_if_open=True)
        if not read_only:
            _migrate(library, had_data=exists)
    except Exception:
        library.close()
        raise
    if read_only and no_permission:
        library.notices.append(
            f"{path} is read-only (you may not change the file or its folder): you can read and export, but tags "
            "and edits cannot be saved. To annotate, copy the library to a folder you can write to."
        )
    return library


def _create(path: Path) -> None:
    """A new library, built under a temporary name in the same folder and then put in place in one step.

    Two processes creating the same library at once each build their own; the first to publish wins and the
    other opens that one, so neither ever sees a half-made file.
    """
    temp = path.with_name(f".{path.name}.new-{uuid.uuid4().hex[:12]}")
    db = LibraryDatabase(str(temp), pragmas=PRAGMAS)
    try:
        db.connect()
        _migrate(Library(path=temp, db=db), had_data=False, shown_as=path)
        db.close()  # the last connection: its WAL is checkpointed into the file and removed
        _publish(temp, path)
    finally:
        if not db.is_closed():
            db.close()
        for suffix in ("", *library_files.COMPANION_SUFFIXES):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)


def _publish(temp: Path, path: Path) -> None:
    if path.exists() and path.stat().st_size == 0:
        os.replace(temp, path)  # an empty file made for the library (`touch`): nothing in it to lose
    else:
        try:
            if os.name == "nt":
                os.rename(temp, path)  # fails, never replaces, when the name exists
            else:
                os.link(temp, path)  # likewise: the one atomic "create if absent" for a whole file
        except FileExistsError:
            return  # another process published its new library first: that one is opened
        except OSError:
            if path.exists():
                return
            os.replace(temp, path)  # a file system without hard links
    library_files.fsync_dir(path.parent)


def _migrate(library: Library, *, had_data: bool, shown_as: Path | None = None) -> None:
    db = library.db
    shown = shown_as or library.path
    current = db.execute_sql("PRAGMA user_version").fetchone()[0]
    if current > 0 and had_data and migrations.pending(current):
        _backup_before_migrating(library, current)
    for version, name, apply in migrations.pending(current):
        # Each migration and its version bump commit together, so a failure leaves the file as it was.
        try:
            with library.atomic():
                apply(db)
                db.execute_sql(f"PRAGMA user_version = {int(version)}")
                db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        except Exception as exc:
            raise LibraryError(
                f"Upgrading {shown} to schema {version} ({name}) failed: {exc}. The library was left at "
                f"schema {current}, as it was; this version of Reader cannot open it."
            ) from exc
        current = version


def _backup_before_migrating(library: Library, current: int) -> None:
    """A verified copy of the old version before any upgrade touches it; no backup, no upgrade."""
    try:
        made = backup.make_backup(library, kind=backup.PREMIGRATION)
    except LibraryError as exc:
        raise LibraryError(
            f"{library.path} needs an upgrade from schema {current}, but the backup before it failed, so nothing "
            f"was changed: {exc}"
        ) from exc
    library.notices.append(f"Upgraded {library.path.name}; the previous version is kept in {made.path}.")
