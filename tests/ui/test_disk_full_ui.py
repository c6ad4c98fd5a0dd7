"""A real full disk in the window: one line that says the disk is full, the edit not shown as saved, the app
usable again once there is room (and the max_page_count variant, which runs everywhere)."""

from __future__ import annotations

import sqlite3

from reader_app.services import importing

TEXT = "Northwind Corvel said on Monday it may buy Hanbit Nuri.\n\n" + "Analysts expect more deals. " * 1500


def _open_article(make_window, folder):
    window = make_window(folder / "library.sqlite3")
    window.show()
    source = folder.parent / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    report = importing.import_paths(window.library, [source])
    window.hub.articles_changed.emit()
    window.article_pane.select_article(report.imported_ids[0])
    return window


def _tag(window, start: int, end: int) -> None:
    window.reader.select_stored_span(start, end)
    window.actions.tag["company"].trigger()


def _stored(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM annotation").fetchone()[0]
    finally:
        con.close()


def _check_full_then_room(window, make_room) -> None:
    _tag(window, 0, 40000)
    message = window.message_bar.text
    assert "the disk is full" in message and "no transaction is active" not in message, message
    assert window.sidebar.annotations.model.rowCount() == 0 and window.undo_stack.count() == 0
    make_room()
    _tag(window, 0, 16)
    assert window.sidebar.annotations.model.rowCount() == 1
    assert _stored(window.library.path) == 1


def test_a_real_full_disk_in_the_window(make_window, small_filesystem, fill_filesystem):
    window = _open_article(make_window, small_filesystem)
    filler = fill_filesystem(small_filesystem)
    _check_full_then_room(window, filler.unlink)


def test_max_page_count_full_in_the_window(make_window, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    window = _open_article(make_window, folder)
    pages = window.library.db.execute_sql("PRAGMA page_count").fetchone()[0]
    window.library.db.execute_sql(f"PRAGMA max_page_count = {pages}")
    _check_full_then_room(window, lambda: window.library.db.execute_sql("PRAGMA max_page_count = 1073741823"))
