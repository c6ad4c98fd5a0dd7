"""The library file: pragmas, identity, versions, refusal of foreign files, persistence."""

from __future__ import annotations

import sqlite3

import pytest

from reader_app.storage import LibraryError, open_library
from reader_app.storage import labels as label_store
from reader_app.storage.db import APPLICATION_ID
from reader_app.storage.migrations import SCHEMA_VERSION


def test_a_new_library_has_its_identity_version_and_pragmas(tmp_path):
    lib = open_library(tmp_path / "lib.sqlite3")
    try:
        pragma = lambda name: lib.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("user_version") == SCHEMA_VERSION
    finally:
        lib.close()


def test_the_three_labels_are_seeded_as_data(library):
    labels = {label.name: label for label in label_store.all_labels()}
    assert list(labels) == ["company", "quote", "speculation"]
    assert labels["quote"].field_key == "speaker"
    assert labels["company"].shortcut == "Ctrl+1"
    assert all(label.color.startswith("#") for label in labels.values())


def test_a_sqlite_file_that_is_not_a_library_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Reader library"):
        open_library(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_at_all_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some text that is long enough to not be a database header" * 4)
    with pytest.raises(LibraryError, match="not a Reader library"):
        open_library(path)


def test_a_library_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "lib.sqlite3"
    open_library(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(LibraryError, match="newer version"):
        open_library(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    con.close()


def test_opening_without_create_does_not_make_an_empty_library(tmp_path):
    with pytest.raises(LibraryError, match="No library"):
        open_library(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_reopening_keeps_the_schema_and_does_not_seed_twice(tmp_path):
    path = tmp_path / "lib.sqlite3"
    open_library(path).close()
    lib = open_library(path)
    try:
        assert len(label_store.all_labels()) == 3
    finally:
        lib.close()


def test_writes_on_a_read_only_library_are_refused(library):
    library.read_only = True
    with pytest.raises(LibraryError, match="read-only"):
        library.atomic()


def test_the_migrated_schema_matches_the_models(library):
    """Migrations and models must agree column for column, or a query will fail on a real library."""
    from reader_app.storage import schema

    for model in schema.ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in library.db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert columns == expected, table
