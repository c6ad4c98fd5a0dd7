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


def test_the_exit_backup_of_a_large_library_runs_in_its_own_process(library, tmp_path, monkeypatch):
    import time
    from pathlib import Path

    from reader_app.services import annotating, backups, importing

    source = tmp_path / "a.txt"
    source.write_text("Headline\n\nAcme Corp may buy Beta Ltd.\n", encoding="utf-8")
    (article_id,) = importing.import_paths(library, [source]).imported_ids
    auto = backups.AutoBackup(library)
    annotating.tag_selection(library, article_id, "company", 10, 19)
    monkeypatch.setattr(backups, "EXIT_BACKUP_IN_PROCESS_BELOW", 0)  # as if the library were large
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    assert auto.run_on_exit() == "started"
    deadline = time.monotonic() + 60
    while not backups.list_backups(library.path) and time.monotonic() < deadline:
        time.sleep(0.1)
    (made,) = backups.list_backups(library.path)
    assert made.kind == "auto"

    monkeypatch.setattr(backups, "EXIT_BACKUP_IN_PROCESS_BELOW", 1 << 40)
    annotating.tag_selection(library, article_id, "company", 0, 8)
    assert auto.run_on_exit() == "done"  # a small library: done here, at once
    assert auto.run_on_exit() == "none"  # nothing changed since
