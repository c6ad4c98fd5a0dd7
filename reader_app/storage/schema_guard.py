"""A library file cannot carry code: its schema must be exactly what Reader's own migrations make, nothing more.

SQLite runs whatever triggers and views a file holds. A library with an extra trigger could delete annotations on
every insert, a view in place of a table could swallow them, and both would look saved. So every connection runs
with `trusted_schema=OFF`, and a library's tables, indexes, triggers and views are compared, before it is opened,
with the ones the migrations up to its `user_version` create (the migrations are frozen SQL, so this is frozen
too). A library that differs is refused, untouched.
"""

from __future__ import annotations

import functools
import sqlite3

from peewee import SqliteDatabase

from reader_app.storage import migrations

# ANALYZE adds these; they only steer the query planner and run no code.
_PLANNER_TABLES = frozenset({"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"})

SchemaObject = tuple[str, str, str, str]  # (type, name, tbl_name, sql with whitespace collapsed)


def connect(target: str, *, uri: bool = False, timeout: float = 5.0) -> sqlite3.Connection:
    """A plain sqlite3 connection that never runs functions from the file's schema with elevated trust."""
    con = sqlite3.connect(target, uri=uri, timeout=timeout)
    con.execute("PRAGMA trusted_schema = OFF")
    return con


def objects_of(rows) -> frozenset[SchemaObject]:
    return frozenset(
        (kind, name, table, " ".join((sql or "").split()))
        for kind, name, table, sql in rows
        if name not in _PLANNER_TABLES
    )


def actual(con: sqlite3.Connection) -> frozenset[SchemaObject]:
    return objects_of(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


@functools.cache
def expected(version: int) -> frozenset[SchemaObject]:
    """What Reader's migrations 1..version create, built once in memory."""
    db = SqliteDatabase(":memory:")
    try:
        for number, _name, apply in migrations.MIGRATIONS:
            if number > version:
                break
            apply(db)
        return objects_of(db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    finally:
        db.close()


def differences(con: sqlite3.Connection, version: int) -> list[str]:
    """What is not as Reader made it, e.g. ['extra trigger "t"', 'view "annotation" instead of a table']."""
    have = {obj[1]: obj for obj in actual(con)}
    want = {obj[1]: obj for obj in expected(version)}
    found = []
    for name in sorted(have.keys() | want.keys()):
        mine, theirs = want.get(name), have.get(name)
        if mine == theirs:
            continue
        if mine is None:
            assert theirs is not None  # the name came from one of the two
            found.append(f'extra {theirs[0]} "{name}"')
        elif theirs is None:
            found.append(f'missing {mine[0]} "{name}"')
        elif mine[0] != theirs[0]:
            found.append(f'{theirs[0]} "{name}" instead of a {mine[0]}')
        else:
            found.append(f'{theirs[0]} "{name}" changed')
    return found


def describe(differences_found: list[str]) -> str:
    shown = ", ".join(differences_found[:3])
    more = len(differences_found) - 3
    return shown + (f" and {more} more" if more > 0 else "")
