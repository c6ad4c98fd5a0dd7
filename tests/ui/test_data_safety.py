"""Never lose an annotation, through the real window: write errors, read-only libraries, backups, restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader_app.services import backups, importing
from reader_app.storage.backup import verify
from reader_app.ui.controllers.automatic_backups import BackupTimer
from reader_app.ui.main_window import build_main_window

TEXT = "Northwind Corvel said on Monday it may buy Hanbit Nuri.\n\n" + "Analysts expect more deals. " * 600


def _window_with_article(make_window, tmp_path, text: str = TEXT):
    window = make_window(tmp_path / "library.sqlite3")
    window.show()
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    report = importing.import_paths(window.library, [source])
    window.hub.articles_changed.emit()
    (article_id,) = report.imported_ids
    window.article_pane.select_article(article_id)
    assert window.reader.article is not None and window.reader.article.id == article_id
    return window


def _tag(window, start: int, end: int) -> None:
    window.reader.select_stored_span(start, end)
    window.actions.tag["company"].trigger()


def _stored(path) -> list[tuple[int, int, str]]:
    """What is on disk, read through a separate connection."""
    con = sqlite3.connect(path)
    try:
        return con.execute('SELECT start, "end", text FROM annotation ORDER BY id').fetchall()
    finally:
        con.close()


def test_a_full_disk_is_shown_at_once_and_the_edit_is_not_shown_as_saved(make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    pages = window.library.db.execute_sql("PRAGMA page_count").fetchone()[0]
    window.library.db.execute_sql(f"PRAGMA max_page_count = {pages}")  # real SQLite runs out of room

    _tag(window, 0, 9000)  # long enough to need new pages

    assert "full" in window.message_bar.text
    assert window.annotation_list.model.rowCount() == 0
    assert window.undo_stack.count() == 0
    assert _stored(window.library.path) == []

    window.library.db.execute_sql("PRAGMA max_page_count = 1073741823")  # room again
    _tag(window, 0, 18)
    assert window.annotation_list.model.rowCount() == 1
    assert _stored(window.library.path) == [(0, 18, "Northwind Corvel s")]  # shown means on disk


def test_a_library_that_becomes_read_only_mid_session_refuses_the_edit_visibly(make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    _tag(window, 0, 16)
    (created,) = [window.annotation_list.model.annotation(r) for r in range(window.annotation_list.model.rowCount())]
    window.library.db.execute_sql("PRAGMA query_only = 1")  # every write on this connection now fails

    window.annotations.edit(created, None, "a note that cannot be saved")

    assert "readonly" in window.message_bar.text.replace("-", "").replace(" ", "")
    assert window.annotation_list.model.annotation(0).note == ""
    con = sqlite3.connect(window.library.path)
    assert con.execute("SELECT note FROM annotation").fetchall() == [("",)]
    con.close()


def test_a_read_only_library_opens_with_a_banner_and_no_way_to_tag(qtbot, qt_settings, tmp_path):
    setup = build_main_window(tmp_path / "library.sqlite3")
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    importing.import_paths(setup.library, [source])
    setup.close()

    window = build_main_window(tmp_path / "library.sqlite3", read_only=True)
    qtbot.addWidget(window)
    try:
        window.show()
        assert window.windowTitle().endswith("(read-only)")
        assert "read-only" in window.message_bar.text
        assert window.reader.article is not None  # the first article was selected: reading works
        assert not any(action.isEnabled() for action in window.actions.tag.values())
        assert not window.actions.import_files.isEnabled()
        assert window.actions.export_csv.isEnabled()
        assert not window.backup_menu.restore.isEnabled()
    finally:
        window.close()


def test_backups_happen_only_after_a_change_and_on_a_clean_exit(qtbot, make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    timer = window.backup_timer
    with qtbot.waitSignal(timer.backed_up, timeout=20000) as first:
        assert timer.back_up_if_changed()  # never backed up, and it has an article
    assert verify(first.args[0].path) is None
    assert not timer.back_up_if_changed()  # nothing changed since

    _tag(window, 0, 16)
    with qtbot.waitSignal(timer.backed_up, timeout=20000):
        assert timer.back_up_if_changed()
    assert len(backups.list_backups(window.library.path)) == 2

    _tag(window, 17, 21)
    window.close()  # a clean exit backs up what changed
    found = backups.list_backups(tmp_path / "library.sqlite3")
    assert len(found) == 3
    assert len(_stored(found[0].path)) == 2


def test_the_timer_backs_up_by_itself(qtbot, make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    timer = BackupTimer(window.library, window.hub, window, interval_ms=50)
    with qtbot.waitSignal(timer.backed_up, timeout=20000):
        pass
    timer.wait()


def test_restore_from_the_app_puts_the_backup_back_and_keeps_the_current_file(make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    (file_menu,) = [m for m in window.actions.quit.associatedObjects() if m is not window]
    names = [action.objectName() for action in file_menu.actions()]
    assert (
        names.index("actionBackUpNow")
        < names.index("actionRestoreBackup")
        < names.index(window.actions.quit.objectName())
    )
    _tag(window, 0, 16)
    made = window.backup_menu.make_backup()
    _tag(window, 17, 21)
    assert window.annotation_list.model.rowCount() == 2

    assert window.backup_menu.restore_backup(made)

    assert [
        window.annotation_list.model.annotation(r).text for r in range(window.annotation_list.model.rowCount())
    ] == ["Northwind Corvel"]
    assert window.undo_stack.count() == 0
    assert "Restored the backup" in window.message_bar.text
    kept = sorted(tmp_path.glob("library.sqlite3.replaced-*"))
    assert len(kept) == 1 and len(_stored(kept[0])) == 2
    _tag(window, 17, 21)  # the window keeps working on the restored file
    assert len(_stored(window.library.path)) == 2


@pytest.mark.allow_modal  # a QTimer clicks the recovery dialog's button, as the analyst would
def test_a_damaged_library_at_start_offers_the_newest_backup(qtbot, qt_settings, tmp_path):
    from reader_app.ui.startup.recovery import open_window

    db = tmp_path / "library.sqlite3"
    window = build_main_window(db)
    source = tmp_path / "articles"
    source.mkdir()
    for i in range(30):
        (source / f"a{i}.txt").write_text(f"Headline {i}\n\n" + f"Body {i} of the article. " * 200)
    importing.import_paths(window.library, [source])
    window.backup_menu.make_backup()
    window.close()
    data = bytearray(db.read_bytes())
    middle = 4096 * (len(data) // 4096 // 2)
    data[middle : middle + 3 * 4096] = bytes(range(256)) * 48
    db.write_bytes(bytes(data))

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "recoveryDialog"
        next(b for b in box.buttons() if b.text() == "Restore Backup").click()

    QTimer.singleShot(100, click_restore)
    window = open_window(db)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.article_pane.model.rowCount() == 30
        assert "restored from the backup" in window.message_bar.text
        assert len([p for p in tmp_path.glob("library.sqlite3.broken-*") if p.name[-4:] not in ("-wal", "-shm")]) == 1
    finally:
        window.close()


def test_a_missing_library_asks_before_anything_is_created(qtbot, qt_settings, tmp_path):
    from reader_app.services import library as library_service
    from reader_app.ui.startup.recovery import QUIT, START_EMPTY, open_window

    path = tmp_path / "library.sqlite3"
    library_service.open_or_explain(path, remember=True).close()
    for sidecar in tmp_path.glob("library.sqlite3*"):
        sidecar.unlink()
    asked = []
    assert open_window(path, ask_missing=lambda missing: asked.append(missing) or QUIT) is None
    assert len(asked) == 1 and not path.exists()
    window = open_window(path, ask_missing=lambda _missing: START_EMPTY)
    qtbot.addWidget(window)
    window.show()
    assert path.exists() and "empty library" in window.message_bar.text
    window.close()


def test_quitting_a_large_library_leaves_its_backup_to_a_process_of_its_own(qtbot, make_window, tmp_path, monkeypatch):
    from reader_app.services import backups as backups_service

    window = _window_with_article(make_window, tmp_path)
    monkeypatch.setattr(backups_service, "EXIT_BACKUP_IN_PROCESS_BELOW", 0)  # as if the library were large
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    _tag(window, 0, 16)
    window.close()  # returns without copying the library
    qtbot.waitUntil(lambda: len(backups.list_backups(tmp_path / "library.sqlite3")) == 1, timeout=60000)
    (made,) = backups.list_backups(tmp_path / "library.sqlite3")
    assert made.kind == "auto"
    assert verify(made.path) is None
    assert len(_stored(made.path)) == 1
