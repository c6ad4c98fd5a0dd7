"""Every write in one BEGIN IMMEDIATE transaction: the database class that enforces it and the transaction."""

from __future__ import annotations

import re

from peewee import OperationalError, SqliteDatabase

_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)


_NO_TRANSACTION = "no transaction is active"
_FULL = "database or disk is full"  # SQLITE_FULL, from a real full disk or max_page_count


class DiskFullError(OperationalError):
    """SQLITE_FULL in words the analyst can act on; an OperationalError, as before, for callers that catch it."""


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

    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db
        self._atomic = db.atomic(lock_type="IMMEDIATE")

    def __enter__(self):
        return self._atomic.__enter__()

    def __exit__(self, exc_type, exc, tb):
        try:
            handled = self._atomic.__exit__(exc_type, exc, tb)
        except Exception as secondary:
            original = exc if exc is not None else _first_real_error(secondary)
            if original is None:
                raise
            connection = self._db.connection()
            if connection.in_transaction and self._db.transaction_depth() == 0:
                # peewee's ROLLBACK failed but SQLite still holds the transaction: end it, so nothing half-done
                # can be committed by the next action on this connection.
                connection.rollback()
            if _FULL in str(original):
                raise self._disk_full() from original
            if exc is not None:
                return False  # re-raises the original exception
            raise original from None
        if exc is not None and _FULL in str(exc) and not isinstance(exc, DiskFullError):
            raise self._disk_full() from exc
        return handled

    def _disk_full(self) -> DiskFullError:
        return DiskFullError(
            f"the disk is full: {self._db.database} could not save this change (nothing was half-saved). "
            "Free some space on that disk, then try again."
        )


def _first_real_error(secondary: BaseException) -> BaseException | None:
    """The error that stopped the COMMIT, behind peewee's failed ROLLBACK (and its sqlite3 twin): on a real full
    disk in WAL mode SQLITE_FULL arrives at COMMIT, SQLite rolls back by itself, and ROLLBACK then fails."""
    error: BaseException | None = secondary
    while error is not None and _NO_TRANSACTION in str(error):
        error = error.__context__
    return error
