"""Every write in one BEGIN IMMEDIATE transaction: the database class that enforces it and the transaction."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from reader_app.storage.errors import DiskFullError, WriteFailed

_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)
_NO_TRANSACTION = "no transaction is active"
_FULL = "database or disk is full"  # SQLITE_FULL, from a real full disk or max_page_count


class WriteOutsideTransaction(RuntimeError):
    """A programming error: a statement that changes the library ran outside `Library.atomic()`."""


class LibraryDatabase(SqliteDatabase):
    """SqliteDatabase that refuses writes outside a transaction.

    Outside a transaction each statement commits on its own, so a user action made of several statements could
    be half-saved by a crash, and its implicit lock is not IMMEDIATE. Failing loudly keeps that bug out of
    releases: every service write goes through `Library.atomic()`.
    """

    def execute_sql(self, sql, params=None):
        if not self.in_transaction() and _WRITE.match(sql):
            raise WriteOutsideTransaction(f"write outside Library.atomic(): {sql[:80]}")
        return super().execute_sql(sql, params)


class WriteTransaction:
    """`db.atomic(lock_type="IMMEDIATE")`, but the error the user sees is the one that stopped the write.

    When SQLite rolls a transaction back by itself (a full disk: SQLITE_FULL), peewee's own ROLLBACK then fails
    with "no transaction is active" and would hide "database or disk is full".
    """

    def __init__(self, db: SqliteDatabase, path: Path | str = "") -> None:
        self._db = db
        self._path = path or db.database
        self._atomic = db.atomic(lock_type="IMMEDIATE")

    def __enter__(self):
        try:
            return self._atomic.__enter__()
        except (DatabaseError, sqlite3.Error) as exc:  # locked beyond the busy timeout, unreadable file
            raise self._failed(exc) from exc

    def __exit__(self, exc_type, exc, tb):
        try:
            self._atomic.__exit__(exc_type, exc, tb)  # commits, or rolls back; never swallows the exception
        except Exception as secondary:
            original = exc if exc is not None else _first_real_error(secondary)
            if original is None:
                raise
            connection = self._db.connection()
            if connection.in_transaction and self._db.transaction_depth() == 0:
                # peewee's ROLLBACK failed but SQLite still holds the transaction: end it, so nothing half-done
                # can be committed by the next action on this connection.
                connection.rollback()
            if exc is None:
                raise self._converted(original) from None
        if isinstance(exc, (DatabaseError, sqlite3.Error)):
            # The one error type above storage: the window shows it as a message, not as a crash.
            raise self._failed(exc) from exc
        return False  # any other exception goes on as it was

    def _converted(self, exc: BaseException) -> BaseException:
        return self._failed(exc) if isinstance(exc, (DatabaseError, sqlite3.Error)) else exc

    def _failed(self, exc: BaseException) -> WriteFailed:
        if _FULL in str(exc):
            return DiskFullError(
                f"the disk is full: {self._path} could not save this change (nothing was half-saved). "
                "Free some space on that disk, then try again."
            )
        return WriteFailed(f"{self._path}: the change was not saved ({exc}).")


def _first_real_error(secondary: BaseException) -> BaseException | None:
    """The error that stopped the COMMIT, behind peewee's failed ROLLBACK (and its sqlite3 twin): on a real full
    disk in WAL mode SQLITE_FULL arrives at COMMIT, SQLite rolls back by itself, and ROLLBACK then fails."""
    error: BaseException | None = secondary
    while error is not None and _NO_TRANSACTION in str(error):
        error = error.__context__
    return error
