"""The full-text index over article titles and bodies: kept in step with the article table, queried by substring.

Two contentless FTS5 tables (only the index is stored, never a second copy of the text):
- `search_trigram` (trigram tokenizer, with positions): exact substring answers for queries of 3+ characters
  (a phrase of overlapping trigrams). Positions cost disk (about 1.5x the text), but without them every
  candidate of a common query would have to be read and checked (3.6 s for "said" at 100,000 articles).
- `search_grams` (every distinct 1- and 2-character gram, detail=none): exact answers for 1–2 characters,
  which the trigram tokenizer cannot give (and through which `LIKE` returns nothing for Korean on SQLite 3.40).

Contentless tables forget what they indexed, so a row is removed by handing FTS5 the same values again: every
change to a title or text goes through `remove()` before it and `add()` after it, inside the same transaction.

Speed: FTS5 (SQLite 3.40) writes its pending rows out as a new segment whenever a SAVEPOINT opens, so indexing
one article per savepoint makes one tiny segment per article and endless merging (4x slower for the trigram
table). Batches therefore go through `add_many()` once, in the outer transaction, after every per-article
savepoint is closed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from peewee import DatabaseProxy

from reader_app.core.search_text import gram_token, normalise, normalise_query, short_grams
from reader_app.storage.schema import database
from reader_app.storage.write_guard import LibraryDatabase, WriteOutsideTransaction

_TRIGRAM_INSERT = "INSERT INTO search_trigram (rowid, title, body) VALUES (?, ?, ?)"
_GRAMS_INSERT = "INSERT INTO search_grams (rowid, title, body) VALUES (?, ?, ?)"
# add_many() prepares this many articles' index values at a time: one executemany per table, bounded memory.
_CHUNK = 256


def _execute(sql: str, params: Sequence = (), db=None):
    # db: the connection a migration runs on (the schema guard runs migrations on a scratch database that
    # the module's proxy is not bound to); every other caller uses the library's own.
    return (db if db is not None else database).execute_sql(sql, params)


def _values(title: str, text: str) -> tuple[str, str, str, str]:
    title_n, text_n = normalise(title), normalise(text)
    return title_n, text_n, short_grams(title_n), short_grams(text_n)


def _execute_many(sql: str, rows: list[tuple], db=None) -> None:
    target = db if db is not None else database
    if isinstance(target, DatabaseProxy):
        target = target.obj
    # executemany bypasses execute_sql, so the library's own guard is applied here.
    if isinstance(target, LibraryDatabase) and not target.in_transaction():
        raise WriteOutsideTransaction(f"write outside Library.atomic(): {sql[:80]}")
    target.cursor().executemany(sql, rows)


def add(article_id: int, title: str, text: str, db=None) -> None:
    """Index one article (caller holds the transaction)."""
    title_n, text_n, title_g, text_g = _values(title, text)
    _execute(_TRIGRAM_INSERT, (article_id, title_n, text_n), db)
    _execute(_GRAMS_INSERT, (article_id, title_g, text_g), db)


def add_many(rows: Iterable[tuple[int, str, str]], db=None) -> int:
    """Index many (id, title, text) articles, as repeated `add()` would (caller holds the transaction, and
    should open no savepoint between these rows: see the module note). Returns how many were indexed."""
    count = 0
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, _CHUNK)):
        trigram, grams = [], []
        for article_id, title, text in chunk:
            title_n, text_n, title_g, text_g = _values(title, text)
            trigram.append((article_id, title_n, text_n))
            grams.append((article_id, title_g, text_g))
        _execute_many(_TRIGRAM_INSERT, trigram, db)
        _execute_many(_GRAMS_INSERT, grams, db)
        count += len(chunk)
    return count


def remove(article_id: int, title: str, text: str) -> None:
    """Take one article out of the index; title and text must be the ones it was indexed with."""
    title_n, text_n, title_g, text_g = _values(title, text)
    _execute(
        "INSERT INTO search_trigram (search_trigram, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (article_id, title_n, text_n),
    )
    _execute(
        "INSERT INTO search_grams (search_grams, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (article_id, title_g, text_g),
    )


def rebuild(rows: Iterable[tuple[int, str, str]] | None = None, db=None) -> int:
    """Empty the index and index every article again (a migration, or after the index was found stale)."""
    _execute("INSERT INTO search_trigram (search_trigram) VALUES ('delete-all')", (), db)
    _execute("INSERT INTO search_grams (search_grams) VALUES ('delete-all')", (), db)
    if rows is None:
        rows = _execute("SELECT id, title, text FROM article ORDER BY id", (), db)
    count = add_many(rows, db)
    # Once, at the end: merging every segment into one is the slow part of a rebuild and need not repeat.
    _execute("INSERT INTO search_trigram (search_trigram) VALUES ('optimize')", (), db)
    _execute("INSERT INTO search_grams (search_grams) VALUES ('optimize')", (), db)
    return count


def _match(table: str, expression: str) -> list[int]:
    rows = _execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid", (expression,))
    return [r[0] for r in rows]


def matching_ids(query: str) -> list[int]:
    """Ids (ascending) of every article whose normalised title or text contains the normalised query."""
    wanted = normalise_query(query)
    if not wanted:
        return []
    if len(wanted) <= 2:
        return _match("search_grams", '"' + gram_token(wanted) + '"')
    return _match("search_trigram", '"' + wanted.replace('"', '""') + '"')
