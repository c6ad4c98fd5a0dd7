"""Small things in the real window that must say what they do: a checkable furniture switch, "No matches",
a header that never covers the text, status messages that never outlive what they are about."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.services import library as library_service


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(qtbot, window, paths):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        assert window.import_paths(paths) is not None


def _shown(qtbot, make_window, tmp_path, size=(1600, 1000)):
    window = make_window(tmp_path / "lib.sqlite3")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_show_page_furniture_shows_its_state_in_the_menu_and_follows_the_key(
    qtbot, make_window, seed_article, tmp_path
):
    window = _shown(qtbot, make_window, tmp_path)
    _import(qtbot, window, [seed_article])
    action = window.actions.show_furniture
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and action in a.menu().actions())
    assert action.isCheckable() and action.isChecked()
    # a menu draws an action's icon instead of its check box; the state is visible only without one
    assert not action.isIconVisibleInMenu() or action.icon().isNull()
    assert view_menu is not None
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not action.isChecked()
    assert not window.reader.headline_visible  # the headline sat in the furniture: it is hidden with it


def test_an_empty_filter_result_says_no_matches(qtbot, make_window, tmp_path):
    window = _shown(qtbot, make_window, tmp_path)
    _import(qtbot, window, [_write(tmp_path, "a.txt", "Quay Metals grows\n\nQuay Metals bought a mill.\n")])
    pane = window.article_pane
    assert not pane.no_matches.isVisible()
    pane.filter.setFocus()
    qtbot.keyClicks(pane.filter, "no such headline")
    assert pane.model.rowCount() == 0
    assert pane.no_matches.isVisible() and pane.no_matches.text() == "No matches"
    assert pane.no_matches.parent() is pane.view.viewport()  # in the list itself
    pane.filter.clear()
    assert pane.model.rowCount() == 1 and not pane.no_matches.isVisible()


def test_the_pinned_header_never_overlaps_the_first_line_of_text(qtbot, make_window, seed_article, tmp_path):
    for size in ((1600, 1000), (1024, 700)):
        window = _shown(qtbot, make_window, tmp_path / f"{size[0]}", size)
        _import(qtbot, window, [seed_article])
        window.actions.show_furniture.setChecked(False)  # the headline moves into the pinned header
        qtbot.wait(50)  # let the layout settle after the header's text changed
        pane = window.reader_pane
        header = pane.meta
        assert header.isVisible() and window.reader.article.title in header.text()
        # the header is tall enough for its wrapped text, and the reader starts below it
        assert header.height() >= header.heightForWidth(header.width())
        first_line_top = window.reader.mapTo(pane, window.reader.viewport().geometry().topLeft()).y()
        assert header.geometry().bottom() < first_line_top
        window.close()


def test_a_status_message_about_one_article_is_gone_when_another_opens(qtbot, make_window, tmp_path):
    window = _shown(qtbot, make_window, tmp_path)
    first = _write(tmp_path, "a.txt", "Quay Metals grows\n\nQuay Metals bought a mill.\n")
    second = _write(tmp_path, "b.txt", "Harlow Steel waits\n\nHarlow Steel kept its prices.\n")
    _import(qtbot, window, [first, second])
    ids = [window.article_pane.model.article_id(r) for r in range(window.article_pane.model.rowCount())]
    a_id = next(i for i in ids if "Quay" in library_service.article(window.library, i).title)
    b_id = next(i for i in ids if i != a_id)
    window.article_pane.select_article(a_id)
    text = window.reader.article.text
    window.reader.select_stored_span(text.index("Quay", 5), text.index("Quay", 5) + 11)
    window.actions.tag["company"].trigger()
    assert "Quay Metals" in window.statusBar().currentMessage()
    window.article_pane.select_article(b_id)
    assert window.reader.article.id == b_id
    assert window.statusBar().currentMessage() == ""
