"""Named, ordered schema migrations; the library's user_version records the last one applied."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from reader_app.storage import schema


def _create_initial_tables(db: SqliteDatabase) -> None:
    db.create_tables(schema.ALL_MODELS)


def _seed_labels(db: SqliteDatabase) -> None:
    rows = [
        ("company", "Company", "#2f7fd8", "mdi6.domain", "Ctrl+1", "canonical", "Company", 0),
        ("quote", "Quote", "#1f9d6b", "mdi6.format-quote-close", "Ctrl+2", "speaker", "Speaker", 1),
        ("speculation", "Speculation", "#e08a1e", "mdi6.crystal-ball", "Ctrl+3", "cue", "Cue", 2),
    ]
    keys = ["name", "display_name", "color", "icon", "shortcut", "field_key", "field_title", "position"]
    schema.LabelRow.insert_many([dict(zip(keys, row, strict=True)) for row in rows]).execute()


# (version, name, function). Append only: a released migration is never edited.
MIGRATIONS: list[tuple[int, str, Callable[[SqliteDatabase], None]]] = [
    (1, "initial tables", _create_initial_tables),
    (2, "seed the three built-in labels", _seed_labels),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]


def pending(current_version: int) -> list[tuple[int, str, Callable[[SqliteDatabase], None]]]:
    return [m for m in MIGRATIONS if m[0] > current_version]
