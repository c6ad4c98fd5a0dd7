"""Upgrades: a verified backup first, one transaction per migration, and a failed one leaves the file as it was."""

from __future__ import annotations

import sqlite3

import pytest

from reader_app.storage import LibraryError, backup, migrations, open_library
from reader_app.storage.library_files import backups_dir_for


def _dump(path) -> list[str]:
    """Every schema entry and every row of every stored table, so two files compare in full.

    Not iterdump(): it SELECTs from every table, and a contentless FTS5 table (the search index) cannot be
    read that way. Its shadow tables hold the whole index and are compared like any other table.
    """
    con = sqlite3.connect(path)
    try:
        schema = sorted(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"), key=repr)
        out = [repr(row) for row in schema]
        for kind, name, _table, sql in schema:
            if kind == "table" and not (sql or "").startswith("CREATE VIRTUAL TABLE"):
                out += [f"{name}: {row!r}" for row in sorted(con.execute(f'SELECT * FROM "{name}"'), key=repr)]
        return [*out, f"user_version={con.execute('PRAGMA user_version').fetchone()[0]}"]
    finally:
        con.close()


CURRENT = migrations.SCHEMA_VERSION
NEXT = CURRENT + 1


def _add_notes_table(db) -> None:
    db.execute_sql("CREATE TABLE reading_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")


def _half_done_then_fail(db) -> None:
    db.execute_sql("CREATE TABLE reading_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    db.execute_sql("INSERT INTO reading_note (body) VALUES ('written before the failure')")
    db.execute_sql("UPDATE article SET title = 'mangled'")
    raise RuntimeError("migration bug")


def test_an_upgrade_of_a_library_with_data_keeps_a_verified_backup_of_the_old_version(filled_library_path, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (NEXT, "reading notes", _add_notes_table)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    before = _dump(filled_library_path)

    library = open_library(filled_library_path)
    try:
        assert library.db.execute_sql("PRAGMA user_version").fetchone()[0] == NEXT
        assert any("previous version is kept" in notice for notice in library.notices)
    finally:
        library.close()

    (made,) = backup.list_backups(backups_dir_for(filled_library_path))
    assert made.kind == backup.PREMIGRATION
    assert backup.verify(made.path) is None
    assert _dump(made.path) == before  # the backup is the library exactly as it was before the upgrade


def test_a_failed_migration_leaves_the_file_as_it_was(filled_library_path, monkeypatch):
    before_dump = _dump(filled_library_path)
    before_bytes = filled_library_path.read_bytes()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (NEXT, "broken", _half_done_then_fail)])

    expected = rf"schema {NEXT} \(broken\) failed: migration bug.*left at schema {CURRENT}"
    with pytest.raises(LibraryError, match=expected):
        open_library(filled_library_path)

    assert _dump(filled_library_path) == before_dump
    assert filled_library_path.read_bytes() == before_bytes
    assert [b.kind for b in backup.list_backups(backups_dir_for(filled_library_path))] == [backup.PREMIGRATION]
    monkeypatch.undo()
    open_library(filled_library_path).close()  # this version still opens it


def test_no_backup_no_upgrade(filled_library_path, monkeypatch):
    backups_dir_for(filled_library_path).write_text("a file where the backups folder should be")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (NEXT, "reading notes", _add_notes_table)])
    before = _dump(filled_library_path)
    with pytest.raises(LibraryError, match="backup before it failed, so nothing was changed"):
        open_library(filled_library_path)
    assert _dump(filled_library_path) == before


def test_a_new_library_needs_no_backup(tmp_path):
    open_library(tmp_path / "new.sqlite3").close()
    assert not backups_dir_for(tmp_path / "new.sqlite3").exists()
