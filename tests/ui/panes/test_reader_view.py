"""The reader on its own: plain text shown as plain text, selections in stored offsets, highlights, suggestions."""

from __future__ import annotations

from reader_app.core.model import Annotation, Article, Suggestion
from reader_app.ui.panes.reader_view import ReaderView

# Astral characters (emoji) are two UTF-16 units in Qt but one code point in storage: offsets must not drift.
TEXT = "Harbor note 😀\n\nLumen Harbor <b>may</b> list 😀 shares, Tessel Works said.\n"


def _article(text: str = TEXT, article_id: int = 1) -> Article:
    return Article(
        id=article_id, title="Harbor note 😀", text=text, format="txt", encoding="utf-8",
        content_hash=f"hash-{article_id}", imported_at="2026-01-01T00:00:00Z", body_start=0,
    )  # fmt: skip


def _view(qtbot, labels) -> ReaderView:
    view = ReaderView()
    view.set_labels(labels)
    qtbot.addWidget(view)
    view.resize(600, 400)
    return view


def test_imported_markup_is_shown_as_text_never_interpreted(qtbot, labels):
    view = _view(qtbot, labels)
    view.show_article(_article(), [])
    assert "<b>may</b>" in view.toPlainText()


def test_a_selection_round_trips_through_stored_offsets_past_an_emoji(qtbot, labels):
    view = _view(qtbot, labels)
    view.show_article(_article(), [])
    start = TEXT.index("Tessel")
    view.select_stored_span(start, start + len("Tessel Works"))
    assert view.selected_span() == (start, start + len("Tessel Works"))
    assert view.textCursor().selectedText() == "Tessel Works"


def test_an_annotation_is_found_at_its_offsets(qtbot, labels):
    start = TEXT.index("Lumen")
    annotation = Annotation(7, 1, "company", start, start + 12, "Lumen Harbor")
    view = _view(qtbot, labels)
    view.show_article(_article(), [annotation])
    assert view.annotation_at(start + 3) == annotation
    assert view.annotation_at(TEXT.index("Tessel")) is None


def test_suggestions_are_kept_for_their_article_only(qtbot, labels):
    start = TEXT.index("Tessel")
    suggestion = Suggestion("company", start, start + 12, "Tessel Works", {"canonical": "Tessel Works"})
    view = _view(qtbot, labels)
    view.show_article(_article(), [])
    view.set_suggestions([suggestion])
    assert view.suggestion_at(start + 1) == suggestion
    view.show_article(_article("Other text, short.\n", article_id=2), [])  # another article: old offsets mean nothing
    assert view.suggestion_at(start + 1) is None


def test_clearing_leaves_no_article(qtbot, labels):
    view = _view(qtbot, labels)
    view.show_article(_article(), [])
    view.clear_article()
    assert view.article is None and view.toPlainText() == ""
    assert view.selected_span() is None
