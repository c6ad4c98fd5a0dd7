"""Undo in the real window: Ctrl+Z works wherever focus is, and brings the reader to the article it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader_app.services import annotating
from reader_app.services import library as library_service


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(qtbot, window, paths):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        assert window.import_paths(paths) is not None


def _open_article(qtbot, window, article_id: int) -> None:
    assert window.article_pane.select_article(article_id)
    qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article.id == article_id)


def _tag(window, fragment: str, label: str = "company") -> int:
    text = window.reader.article.text
    start = text.index(fragment)
    window.reader.select_stored_span(start, start + len(fragment))
    window.actions.tag[label].trigger()
    return window.reader.article.id


def test_ctrl_z_on_a_fresh_start_undoes_even_with_focus_in_the_filter_box(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    _import(qtbot, window, [_write(tmp_path, "a.txt", "Quay Metals grows\n\nQuay Metals bought a mill.\n")])
    article_id = _tag(window, "Quay Metals")
    assert len(annotating.annotations_for(window.library, article_id)) == 1
    window.activateWindow()
    window.article_pane.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article_pane.filter)
    qtbot.keyClick(window.article_pane.filter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotating.annotations_for(window.library, article_id) == []
    qtbot.keyClick(
        window.article_pane.filter,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(annotating.annotations_for(window.library, article_id)) == 1


def test_a_text_field_keeps_its_own_undo_while_it_has_something_to_undo(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    _import(qtbot, window, [_write(tmp_path, "a.txt", "Quay Metals grows\n\nQuay Metals bought a mill.\n")])
    article_id = _tag(window, "Quay Metals")
    window.activateWindow()
    box = window.article_pane.filter
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClicks(box, "Quay")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == ""  # the typing was undone, not the tag
    assert len(annotating.annotations_for(window.library, article_id)) == 1
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left to undo in the box
    assert annotating.annotations_for(window.library, article_id) == []


def test_undo_in_article_b_of_an_edit_in_article_a_brings_the_reader_to_a_and_says_so(qtbot, make_window, tmp_path):
    first = _write(tmp_path, "a.txt", "Quay Metals grows\n\nQuay Metals bought a mill.\n")
    second = _write(tmp_path, "b.txt", "Harlow Steel waits\n\nHarlow Steel kept its prices.\n")
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    _import(qtbot, window, [first, second])
    ids = {window.article_pane.model.article_id(r) for r in range(window.article_pane.model.rowCount())}
    assert len(ids) == 2
    a_id = next(i for i in ids if "Quay" in library_service.article(window.library, i).title)
    b_id = next(iter(ids - {a_id}))
    _open_article(qtbot, window, a_id)
    _tag(window, "Quay Metals")
    _open_article(qtbot, window, b_id)
    window.activateWindow()
    window.reader.setFocus()
    with qtbot.waitSignal(window.hub.status) as said:
        qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotating.annotations_for(window.library, a_id) == []
    assert window.reader.article.id == a_id  # the reader shows the article the step changed
    assert "Quay Metals grows" in said.args[0]  # and the status bar names it
    assert "Quay Metals grows" in window.statusBar().currentMessage()


def test_undo_of_a_step_in_an_article_the_filter_hides_clears_the_filter_and_shows_it(qtbot, make_window, tmp_path):
    first = _write(tmp_path, "a.txt", "Quay Metals grows\n\nQuay Metals bought a mill.\n")
    second = _write(tmp_path, "b.txt", "Harlow Steel waits\n\nHarlow Steel kept its prices.\n")
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    _import(qtbot, window, [first, second])
    ids = [window.article_pane.model.article_id(r) for r in range(window.article_pane.model.rowCount())]
    a_id = next(i for i in ids if "Quay" in library_service.article(window.library, i).title)
    _open_article(qtbot, window, a_id)
    _tag(window, "Quay Metals")
    window.article_pane.filter.setText("Harlow")  # only B is listed
    b_id = window.article_pane.model.article_id(0)
    _open_article(qtbot, window, b_id)
    assert b_id != a_id and window.article_pane.model.row_of(a_id) < 0
    window.actions.undo.trigger()
    assert annotating.annotations_for(window.library, a_id) == []
    assert window.reader.article.id == a_id and window.article_pane.filter.text() == ""
