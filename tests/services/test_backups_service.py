"""The automatic backup policy: a backup only when something changed since the last one, never for read-only."""

from __future__ import annotations

import sqlite3

from reader_app.core.model import ParsedDocument
from reader_app.services import backups, importing
from reader_app.storage import open_library


def _add(library, n: int) -> None:
    doc = ParsedDocument(
        text=f"Article {n}\n\n" + "Body text. " * 50, title=f"Article {n}", format="txt", encoding="utf-8"
    )
    importing.store_document(library, doc)


def test_only_changes_cause_automatic_backups(library):
    auto = backups.AutoBackup(library)
    assert auto.run_if_changed() is None  # a new, empty library: nothing worth keeping yet

    _add(library, 1)
    first = auto.run_if_changed()
    assert first is not None and first.kind == "auto"
    assert auto.run_if_changed() is None

    other = sqlite3.connect(library.path)  # the command line importing while the window is open
    other.execute("UPDATE article SET title = 'edited elsewhere'")
    other.commit()
    other.close()
    assert auto.run_if_changed() is not None
    assert len(backups.list_backups(library.path)) == 2


def test_a_library_with_work_but_no_backup_is_backed_up_at_the_first_chance(tmp_path):
    library = open_library(tmp_path / "lib.sqlite3")
    _add(library, 1)
    library.close()
    library = open_library(tmp_path / "lib.sqlite3")
    try:
        assert backups.AutoBackup(library).run_if_changed() is not None
        assert backups.AutoBackup(library).run_if_changed() is None  # now it has one, and nothing changed
    finally:
        library.close()


def test_a_read_only_library_is_never_backed_up_automatically(tmp_path):
    library = open_library(tmp_path / "lib.sqlite3")
    _add(library, 1)
    library.close()
    library = open_library(tmp_path / "lib.sqlite3", read_only=True)
    try:
        assert backups.AutoBackup(library).run_if_changed() is None
    finally:
        library.close()
