"""The suggestion walk in the real window: F8, Shift+F8 and Ctrl+Enter go through every suggestion in reading order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader_app.services import annotating


def _open(qtbot, window, path):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([path])
    qtbot.waitUntil(
        lambda: window.suggestions.ready and window.suggestions.article_id == window.reader.article.id, timeout=20000
    )


def _reading_order(window):
    # by where each starts; a sentence before the name it begins with
    return sorted(window.suggestions.pending, key=lambda s: (s.start, -s.end))


def _shown(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.reader.setFocus()


def test_f8_visits_every_suggestion_in_reading_order_and_shift_f8_goes_back(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _shown(qtbot, window)
    _open(qtbot, window, seed_article)
    ordered = _reading_order(window)
    assert len({s.label for s in ordered}) == 3  # companies, quotes and speculation mixed
    visited = []
    for _ in ordered:
        qtbot.keyClick(window.reader, Qt.Key.Key_F8)
        visited.append(window.suggestion_panel.current_suggestion())
    assert visited == ordered
    back = []
    for _ in ordered[:-1]:
        qtbot.keyClick(window.reader, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
        back.append(window.suggestion_panel.current_suggestion())
    assert back == list(reversed(ordered[:-1]))


def test_ctrl_enter_accepts_and_moves_to_the_next_suggestion_of_any_label(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _shown(qtbot, window)
    _open(qtbot, window, seed_article)
    ordered = _reading_order(window)
    # a suggestion followed by one of another label: Ctrl+Enter must not jump over the other label
    i = next(i for i in range(len(ordered) - 1) if ordered[i].label != ordered[i + 1].label)
    for _ in range(i + 1):
        qtbot.keyClick(window.reader, Qt.Key.Key_F8)
    assert window.suggestion_panel.current_suggestion() == ordered[i]
    qtbot.keyClick(window.reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = annotating.annotations_for(window.library, window.reader.article.id)
    assert [(a.start, a.end) for a in stored] == [(ordered[i].start, ordered[i].end)]
    assert window.suggestion_panel.current_suggestion() == ordered[i + 1]


def test_the_current_suggestion_is_drawn_distinctly_not_as_a_text_selection(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _shown(qtbot, window)
    _open(qtbot, window, seed_article)
    qtbot.keyClick(window.reader, Qt.Key.Key_F8)
    current = window.suggestion_panel.current_suggestion()
    assert not window.reader.textCursor().hasSelection()  # a selection would look like something the analyst did
    # framed in its label's colour: the frame's pixels are that colour, which neither a selection nor a tint is
    window.reader.viewport().repaint()
    rects = window.reader.current_suggestion_rects()
    assert rects
    image = window.reader.viewport().grab().toImage()
    rect = rects[0].toRect()
    wanted = QColor(window.labels[current.label].color)
    edge = [QColor(image.pixel(x, rect.top() + 1)) for x in range(rect.left() + 4, rect.right() - 4)]
    close = [
        c
        for c in edge
        if max(abs(c.red() - wanted.red()), abs(c.green() - wanted.green()), abs(c.blue() - wanted.blue())) < 60
    ]
    assert len(close) > len(edge) // 2, "the current suggestion has a frame in its label's colour"
    # Ctrl+1 still tags the suggestion shown, by hand, as another label if the analyst wants
    window.actions.tag["quote" if current.label != "quote" else "company"].trigger()
    stored = annotating.annotations_for(window.library, window.reader.article.id)
    assert [(a.start, a.end) for a in stored] == [(current.start, current.end)]


def test_pending_company_underlines_stay_visible_inside_an_accepted_speculative_sentence(
    qtbot, make_window, seed_article, tmp_path
):
    window = make_window(tmp_path / "lib.sqlite3")
    _shown(qtbot, window)
    _open(qtbot, window, seed_article)
    pending = window.suggestions.pending
    sentence, company = next(
        (s, c)
        for s in pending
        if s.label == "speculation"
        for c in pending
        if c.label == "company" and s.start <= c.start and c.end <= s.end
    )
    window.suggestion_panel.view.setCurrentIndex(window.suggestion_panel.model.index_of(sentence))
    window.actions.accept_suggestion.trigger()
    assert company in window.suggestions.pending
    span = window.reader.qt_span_of(company.start, company.end)
    layers = [
        s for s in window.reader.extraSelections() if s.cursor.selectionStart() <= span[0] < s.cursor.selectionEnd()
    ]
    # the last layer over the company that draws an underline is the company suggestion's dashed one
    underlined = [s for s in layers if s.format.underlineStyle() != s.format.UnderlineStyle.NoUnderline]
    top = underlined[-1]
    assert top.format.underlineStyle() == top.format.UnderlineStyle.DashUnderline
    assert QColor(top.format.underlineColor()).name() == QColor(window.labels["company"].color).name()
