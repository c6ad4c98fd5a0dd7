"""A library file cannot carry code: foreign triggers and views are refused on open, in backups and on restore."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from reader_app.cli import main
from reader_app.core.model import ParsedDocument
from reader_app.services import importing
from reader_app.storage import backup, migrations, open_library
from reader_app.storage.backup import BackupError
from reader_app.storage.errors import ForeignSchemaError, LibraryError
from reader_app.storage.library_files import backups_dir_for

TEXT = (
    "Corvel Dynamics may have discussed a merger with Hanbit Nuri Holdings, people familiar with the matter said. "
    "Analysts expect Corvel Dynamics could announce the deal next month. "
) * 4


def _library_with_article(path):
    lib = open_library(path)
    importing.store_document(lib, ParsedDocument(text=TEXT, title="Merger talk", format="txt", encoding="utf-8"))
    lib.close()


def _tamper(path, *statements):
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


_DELETING_TRIGGER = "CREATE TRIGGER eat AFTER INSERT ON annotation BEGIN DELETE FROM annotation WHERE id = new.id; END"
_VIEW_FOR_TABLE = (
    "ALTER TABLE annotation RENAME TO annotation_kept",
    "CREATE VIEW annotation AS SELECT * FROM annotation_kept",
    "CREATE TRIGGER swallow INSTEAD OF INSERT ON annotation BEGIN SELECT 1; END",
)


@pytest.mark.parametrize(
    "statements, named",
    [((_DELETING_TRIGGER,), 'extra trigger "eat"'), (_VIEW_FOR_TABLE, 'view "annotation" instead of a table')],
)
def test_a_library_with_foreign_objects_is_refused_untouched(tmp_path, statements, named):
    path = tmp_path / "library.sqlite3"
    _library_with_article(path)
    _tamper(path, *statements)
    before = path.read_bytes()
    with pytest.raises(ForeignSchemaError) as refused:
        open_library(path)
    message = str(refused.value)
    assert named in message and str(path) in message and "\n" not in message
    assert path.read_bytes() == before
    # Reading it through SQLite may leave an empty -wal and its index; nothing else appears beside it.
    assert {p.name for p in tmp_path.iterdir()} - {"home", "library.sqlite3-wal", "library.sqlite3-shm"} == {
        "library.sqlite3"
    }
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_accept_all_on_a_tampered_library_reports_nothing_it_did_not_store(tmp_path, capsys):
    path = tmp_path / "library.sqlite3"
    _library_with_article(path)
    _tamper(path, _DELETING_TRIGGER)
    assert main(["--db", str(path), "suggest", "--accept-all"]) == 2
    captured = capsys.readouterr()
    assert "accepted" not in captured.out
    assert 'trigger "eat"' in captured.err and captured.err.count("\n") == 1
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM annotation").fetchone()[0] == 0
    con.close()


def test_a_backup_never_copies_foreign_objects_and_a_tampered_backup_is_not_restored(tmp_path):
    path = tmp_path / "library.sqlite3"
    _library_with_article(path)
    clean = backup.backup_file(path, backups_dir_for(path))
    _tamper(path, _DELETING_TRIGGER)
    with pytest.raises(BackupError, match='extra trigger "eat"'):
        backup.backup_file(path, backups_dir_for(path))
    assert [p.name for p in backups_dir_for(path).iterdir()] == [clean.path.name]

    _tamper(clean.path, _DELETING_TRIGGER)
    with pytest.raises(BackupError, match="cannot be restored"):
        backup.restore(clean.path, tmp_path / "other.sqlite3")
    assert not (tmp_path / "other.sqlite3").exists()


def test_a_write_the_file_does_not_keep_is_not_reported_as_saved(library):
    """A trigger added behind the app's back (after the check on open) still cannot fake a save."""
    from reader_app.services import annotating

    importing.store_document(library, ParsedDocument(text=TEXT, title="t", format="txt", encoding="utf-8"))
    with library.atomic():
        library.db.execute_sql(_DELETING_TRIGGER)
    with pytest.raises(LibraryError, match="did not keep the annotation"):
        annotating.tag_selection(library, 1, "company", 0, 15)
    assert library.db.execute_sql("SELECT count(*) FROM annotation").fetchone()[0] == 0


def test_connections_do_not_trust_the_files_schema(library):
    assert library.db.execute_sql("PRAGMA trusted_schema").fetchone()[0] == 0


# The schema each released version makes, frozen: a released migration is never edited.
FROZEN = {
    1: "102e6835",
    2: "102e6835",  # seeds rows only
    3: "83f0a7a0",
}


def test_the_expected_schema_of_each_released_version_is_frozen():
    from reader_app.storage import schema_guard

    digests = {
        version: hashlib.sha256(repr(sorted(schema_guard.expected(version))).encode()).hexdigest()[:8]
        for version in FROZEN
    }
    assert digests == FROZEN
    assert max(FROZEN) <= migrations.SCHEMA_VERSION


def test_a_fresh_library_matches_its_expected_schema(library):
    from reader_app.storage import schema_guard

    con = sqlite3.connect(library.path)
    try:
        assert schema_guard.differences(con, migrations.SCHEMA_VERSION) == []
    finally:
        con.close()
