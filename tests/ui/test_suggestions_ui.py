"""Suggestions in the window: computed off the UI thread, underlined, accepted with Enter, rejected with Delete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.services import suggesting
from reader_app.ui.models.annotation_table import FIELD


def _open(qtbot, window, path):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([path])
    qtbot.waitUntil(
        lambda: window.suggestions.ready and window.suggestions.article_id == window.reader.article.id, timeout=20000
    )


def test_enter_accepts_delete_rejects_and_both_undo(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    _open(qtbot, window, seed_article)
    panel = window.suggestion_panel
    companies = panel.model.suggestions_of("company")
    assert companies and panel.accept_all_buttons["company"].isEnabled()
    assert len(window.reader.extraSelections()) >= len(window.suggestions.pending)  # dashed underlines

    first = companies[0]
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index_of(first))
    assert window.reader.current_suggestion == first  # the reader shows where it is (marked, not selected)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    accepted = window.annotation_list.model.annotation(0)
    assert (accepted.label, accepted.start, accepted.end) == ("company", first.start, first.end)
    assert accepted.fields["canonical"] == first.fields["canonical"]
    assert first not in panel.model.suggestions_of("company")  # never proposed twice

    second = panel.current_suggestion()
    assert second is not None and second.label == "company"  # the next one is ready for the next key
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert second not in panel.model.suggestions_of("company")
    assert window.annotation_list.model.rowCount() == 1  # Delete rejected the suggestion, not the annotation

    # rejected suggestions stay rejected for this article, also when it is computed again
    assert second not in suggesting.suggestions_for(window.library, window.reader.article.id)

    window.actions.undo.trigger()  # the rejection
    assert second in panel.model.suggestions_of("company")
    window.actions.undo.trigger()  # the acceptance
    assert window.annotation_list.model.rowCount() == 0 and first in panel.model.suggestions_of("company")


def test_accept_all_of_a_label_is_one_step(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _open(qtbot, window, seed_article)
    panel = window.suggestion_panel
    quotes = panel.model.suggestions_of("quote")
    assert len(quotes) >= 2
    panel.accept_all_buttons["quote"].click()
    stored = [window.annotation_list.model.annotation(r) for r in range(window.annotation_list.model.rowCount())]
    assert sorted((a.start, a.end) for a in stored) == sorted((q.start, q.end) for q in quotes)
    assert all(a.fields.get("speaker") for a in stored)
    assert panel.model.suggestions_of("quote") == [] and not panel.accept_all_buttons["quote"].isEnabled()
    window.actions.undo.trigger()
    assert window.annotation_list.model.rowCount() == 0


def test_a_company_tagged_by_hand_becomes_known_to_the_suggestions(qtbot, make_window, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("Zentrix signs deal\n\nZentrix said on Monday it may expand into Asia.\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("Analysts weigh Zentrix\n\nShares of Zentrix rose 4 percent.\n", encoding="utf-8")
    window = make_window(tmp_path / "lib.sqlite3")
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([first])
    text = window.reader.article.text
    start = text.index("Zentrix", 20)
    window.reader.select_stored_span(start, start + 7)
    window.actions.tag["company"].trigger()
    # an unknown company: the analyst names it in the field that opens in place
    model = window.annotation_list.model
    row = model.row_of(window.annotation_list.current_annotation_id())
    assert model.setData(model.index(row, FIELD), "Zentrix", Qt.ItemDataRole.EditRole)
    _open(qtbot, window, second)
    mentions = [s for s in window.suggestion_panel.model.suggestions_of("company") if s.text == "Zentrix"]
    assert mentions and mentions[0].fields["canonical"] == "Zentrix"


def test_tagging_by_hand_takes_the_speaker_and_cue_the_engine_found(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _open(qtbot, window, seed_article)
    text = window.reader.article.text
    start = text.index('"AI원팀은')
    end = text.index('기다리고 있다"', start) + len('기다리고 있다"')
    window.reader.select_stored_span(start, end)
    window.actions.tag["quote"].trigger()
    start = text.index("금융업계에서는")
    end = text.index("보고 있다.", start) + len("보고 있다.")
    window.reader.select_stored_span(start, end)
    window.actions.tag["speculation"].trigger()
    tagged = {
        a.label: a
        for a in (window.annotation_list.model.annotation(r) for r in range(window.annotation_list.model.rowCount()))
    }
    assert tagged["quote"].fields["speaker"] == "KT 관계자"
    assert tagged["speculation"].fields["cue"] == "강화할 수 있다고 보고 있다"


def test_f8_walks_the_suggestions_in_reading_order_and_ctrl_enter_accepts(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _open(qtbot, window, seed_article)
    # reading order: by start, and a sentence before the name it begins with
    pending = sorted(window.suggestions.pending, key=lambda s: (s.start, -s.end))
    window.actions.next_suggestion.trigger()
    first = window.suggestion_panel.current_suggestion()
    assert first == pending[0] and window.reader.current_suggestion == first
    window.actions.next_suggestion.trigger()
    assert window.suggestion_panel.current_suggestion() == pending[1]
    window.actions.previous_suggestion.trigger()
    assert window.suggestion_panel.current_suggestion() == first
    window.reader.setFocus()  # accepting works wherever the focus is
    window.actions.accept_suggestion.trigger()
    accepted = window.annotation_list.model.annotation(0)
    assert (accepted.label, accepted.start, accepted.end) == (first.label, first.start, first.end)


def test_switching_to_a_shorter_article_never_applies_the_old_offsets(qtbot, make_window, seed_article, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("Short note\n\nAcme Corp may buy Beta Inc.\n", encoding="utf-8")
    window = make_window(tmp_path / "lib.sqlite3")
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([short, seed_article])
    short_id, seed_id = window.last_import_report.imported_ids
    window.article_pane.select_article(seed_id)
    qtbot.waitUntil(lambda: window.suggestions.ready and window.suggestions.article_id == seed_id, timeout=20000)
    assert max(s.end for s in window.suggestions.pending) > len(short.read_text(encoding="utf-8"))
    # qt_log_level_fail turns any "QTextCursor::setPosition: Position out of range" into a failure here
    window.article_pane.select_article(short_id)
    assert window.reader.article.title == "Short note"
    qtbot.waitUntil(lambda: window.suggestions.ready and window.suggestions.article_id == short_id, timeout=20000)
    assert all(s.end <= len(window.reader.article.text) for s in window.suggestions.pending)
