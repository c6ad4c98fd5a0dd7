"""Open, check and migrate a library file; one Library object stands for the open file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from reader_app.storage import migrations, schema

# "READ" in ASCII: marks a SQLite file as a Reader library (PRAGMA application_id).
APPLICATION_ID = 0x52454144

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a commit the user saw acknowledged survives a power cut, not only a crash.
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


class LibraryError(Exception):
    """A library that cannot be opened; the message names the file and what to do."""


@dataclass
class Library:
    path: Path
    db: SqliteDatabase
    read_only: bool = False
    notices: list[str] = field(default_factory=list)

    def atomic(self):
        """One write transaction, taken with BEGIN IMMEDIATE so a busy library waits instead of failing."""
        if self.read_only:
            raise LibraryError(f"{self.path} is open read-only; the change was not saved.")
        return self.db.atomic(lock_type="IMMEDIATE")

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        if schema.database.obj is self.db:
            schema.database.initialize(None)


def _inspect(path: Path) -> tuple[int, int, bool]:
    """(application_id, user_version, has_tables) of an existing file, read with plain sqlite3."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            has_tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryError(
            f"{path} is not a Reader library (SQLite says: {exc}). Choose another file with --db."
        ) from exc
    return app_id, version, has_tables


def open_library(path: Path | str, *, create: bool = True) -> Library:
    """Open (and if needed create and migrate) the library at `path`.

    Refuses files that are not libraries or that a newer version wrote, and never touches them.
    """
    path = Path(path).expanduser().resolve()
    exists = path.exists() and path.stat().st_size > 0
    if exists:
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
    elif not create:
        raise LibraryError(f"No library at {path}. Check the path or create a new library.")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    schema.database.initialize(db)
    library = Library(path=path, db=db)
    try:
        db.connect(reuse_if_open=True)
        _migrate(library)
    except Exception:
        library.close()
        raise
    return library


def _migrate(library: Library) -> None:
    db = library.db
    current = db.execute_sql("PRAGMA user_version").fetchone()[0]
    for version, _name, apply in migrations.pending(current):
        # Each migration and its version bump commit together, so a failure leaves the file as it was.
        with db.atomic(lock_type="IMMEDIATE"):
            apply(db)
            db.execute_sql(f"PRAGMA user_version = {int(version)}")
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
