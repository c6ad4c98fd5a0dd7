"""The open library: its file, its database, and the ways to use it (bind, write, a worker thread's connection)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from reader_app.storage import binding, schema
from reader_app.storage.errors import LibraryError
from reader_app.storage.library_lock import LibraryLock
from reader_app.storage.write_guard import WriteTransaction


@dataclass(eq=False)
class Library:
    path: Path
    db: SqliteDatabase
    read_only: bool = False
    notices: list[str] = field(default_factory=list)
    lock: LibraryLock | None = None  # held from before SQLite opened the file until close()

    def bound(self):
        """Reads and writes in this block go to this library, whichever library was opened last."""
        return binding.bind(self.db)

    def atomic(self):
        """One write transaction, taken with BEGIN IMMEDIATE so a busy library waits instead of failing.

        Refused at once (not on entering the block) when the library is read-only.
        """
        if self.read_only:
            raise LibraryError(f"{self.path} is open read-only; the change was not saved.")
        return self._bound_write()

    @contextmanager
    def _bound_write(self) -> Iterator[None]:
        with self.bound(), WriteTransaction(self.db, self.path):
            yield

    @contextmanager
    def thread_connection(self) -> Iterator[None]:
        """A worker thread's own SQLite connection: opened on first use, closed when the work ends."""
        try:
            with self.bound():
                yield
        finally:
            self.db.close()  # closes only the calling thread's connection (peewee keeps one per thread)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        schema.database.forget(self.db)
        if self.lock is not None:
            self.lock.release()
            self.lock = None
