"""Right-click in the real window acts on the word clicked, offers the suggestion there, and nothing irrelevant."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from reader_app.services import annotating

# The offscreen platform says it cannot raise a popup or grab the keyboard for it; the menu works all the same.
_OFFSCREEN_MENUS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def _open(qtbot, window, path):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([path])
    qtbot.waitUntil(
        lambda: window.suggestions.ready and window.suggestions.article_id == window.reader.article.id, timeout=20000
    )


def _point_of(window, stored: int) -> QPoint:
    """Where a stored offset's character is drawn in the reader's viewport (its middle)."""
    reader = window.reader
    qt_start, _ = reader.qt_span_of(stored, stored + 1)
    cursor = reader.textCursor()
    cursor.setPosition(qt_start)
    left = reader.cursorRect(cursor)
    cursor.setPosition(qt_start + 1)
    right = reader.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def _right_click(qtbot, window, stored: int, choose) -> list[str]:
    """Right-click at a stored offset; `choose(menu)` picks the action to trigger. Returns the menu's texts."""
    reader = window.reader
    point = _point_of(window, stored)
    reader.ensureCursorVisible()
    seen: list[str] = []

    def answer():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            seen.append("(no menu)")
            return
        seen.extend(action.text() for action in menu.actions() if not action.isSeparator())
        try:
            action = choose(menu)
        finally:
            menu.close()  # whatever happens, the menu's event loop ends and the test goes on
        if action is not None:
            action.trigger()

    QTimer.singleShot(200, answer)
    # The press and release as the mouse gives them, then the context-menu event the platform sends with them
    # (QTest's synthetic click does not make the offscreen platform send one).
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(reader.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


def _action(menu: QMenu, text: str):
    return next((action for action in menu.actions() if action.text() == text), None)


def _starting(text: str):
    return lambda menu: next((a for a in menu.actions() if a.text().startswith(text)), None)


@pytest.mark.allow_modal
@_OFFSCREEN_MENUS
def test_tag_as_company_on_a_right_clicked_word_tags_that_word_not_the_old_selection(
    qtbot, make_window, seed_article, tmp_path
):
    window = make_window(tmp_path / "lib.sqlite3")
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    _open(qtbot, window, seed_article)
    text = window.reader.article.text
    # a sentence selected earlier (as Ctrl+Enter leaves it) elsewhere in the article
    sentence = text.index("우리금융은 그룹 내")
    window.reader.select_stored_span(sentence, text.index("셈이다.", sentence) + 4)
    mention = text.index("SK텔레콤과")
    window.reader.select_stored_span(mention, mention)  # scrolls there
    window.reader.select_stored_span(sentence, text.index("셈이다.", sentence) + 4)
    texts = _right_click(qtbot, window, mention + 3, lambda menu: _action(menu, "Tag as Company"))
    assert "Copy Link Location" not in texts and "Copy &Link Location" not in texts
    stored = annotating.annotations_for(window.library, window.reader.article.id)
    assert [(a.label, a.text) for a in stored] == [("company", "SK텔레콤")]
    assert stored[0].fields.get("canonical", "") != "SK텔레콤과 핀테크"  # never the old sentence or the particle


@pytest.mark.allow_modal
@_OFFSCREEN_MENUS
def test_the_menu_accepts_or_rejects_the_suggestion_under_the_cursor(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    _open(qtbot, window, seed_article)
    companies = window.suggestion_panel.model.suggestions_of("company")
    target = next(s for s in companies if len(s.text) >= 3)
    window.reader.select_stored_span(target.start, target.start)
    texts = _right_click(qtbot, window, target.start + 1, _starting("Accept “"))
    assert any(t.startswith("Reject Suggestion “") for t in texts)
    stored = annotating.annotations_for(window.library, window.reader.article.id)
    assert [(a.label, a.start, a.end) for a in stored] == [("company", target.start, target.end)]
    assert stored[0].fields["canonical"] == target.fields["canonical"]

    other = next(s for s in window.suggestion_panel.model.suggestions_of("company") if s.start > target.end)
    texts = _right_click(qtbot, window, other.start + 1, _starting("Reject"))
    assert any(t.startswith("Accept “") for t in texts)
    assert other not in window.suggestion_panel.model.suggestions_of("company")
    assert len(annotating.annotations_for(window.library, window.reader.article.id)) == 1
