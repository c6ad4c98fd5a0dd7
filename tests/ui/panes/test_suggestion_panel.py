"""The suggestions pane on its own: shows what the hub sends, Enter accepts, Delete rejects, Accept N takes a label."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.core.model import Suggestion
from reader_app.services import annotating, suggesting
from reader_app.ui.controllers.suggestion_review import SuggestionReviewController
from reader_app.ui.hub import Origin
from reader_app.ui.panes.suggestion_panel import SuggestionPanel

TEXT = "Quay Metals may buy Harlow Steel\n\nQuay Metals may buy Harlow Steel, people familiar with it said.\n"


def _suggestions() -> list[Suggestion]:
    body = TEXT.index("\n\n") + 2
    return [
        Suggestion("company", body, body + 11, "Quay Metals", {"canonical": "Quay Metals"}, 0.9, "registry"),
        Suggestion("company", body + 20, body + 32, "Harlow Steel", {"canonical": "Harlow Steel"}, 0.8, "registry"),
        Suggestion("speculation", body, len(TEXT) - 1, TEXT[body:-1], {"cue": "may"}, 0.7, "modal"),
    ]


def _panel(qtbot, hub, runner, undo_stack, labels) -> SuggestionPanel:
    panel = SuggestionPanel(hub, SuggestionReviewController(runner, hub, undo_stack), labels)
    qtbot.addWidget(panel)
    return panel


def test_it_shows_the_suggestions_the_hub_sends_with_counts(qtbot, hub, runner, undo_stack, labels, article_with_text):
    article_id = article_with_text(TEXT)
    panel = _panel(qtbot, hub, runner, undo_stack, labels)
    hub.suggestions_changed.emit(article_id, _suggestions())
    assert panel.heading.text() == "Suggestions (3)"
    assert panel.accept_all_buttons["company"].text() == "Accept 2"
    assert panel.accept_all_buttons["company"].isEnabled()
    assert not panel.accept_all_buttons["quote"].isEnabled()


def test_enter_accepts_the_current_suggestion(qtbot, library, hub, runner, undo_stack, labels, article_with_text):
    article_id = article_with_text(TEXT)
    panel = _panel(qtbot, hub, runner, undo_stack, labels)
    hub.suggestions_changed.emit(article_id, _suggestions())
    panel.show()
    panel.view.setFocus()
    assert panel.step(forward=True) is not None  # the first in reading order is now current
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    (stored,) = annotating.annotations_for(library, article_id)
    assert stored.text in ("Quay Metals", TEXT[TEXT.index("\n\n") + 2 : -1])
    assert undo_stack.count() == 1 and runner.errors == []


def test_delete_rejects_and_the_rejection_is_remembered(
    qtbot, library, hub, runner, undo_stack, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    proposed = _suggestions()
    panel = _panel(qtbot, hub, runner, undo_stack, labels)
    hub.suggestions_changed.emit(article_id, proposed)
    panel.show()
    with qtbot.waitSignal(hub.suggestion_focused) as focused:
        target = panel.step(forward=True)
    assert focused.args == [target, Origin.SUGGESTIONS]
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert target not in suggesting.pending(library, article_id, proposed)
    assert annotating.annotations_for(library, article_id) == []


def test_accept_all_of_a_label_is_one_undoable_step(qtbot, library, hub, runner, undo_stack, labels, article_with_text):
    article_id = article_with_text(TEXT)
    panel = _panel(qtbot, hub, runner, undo_stack, labels)
    hub.suggestions_changed.emit(article_id, _suggestions())
    panel.accept_all_buttons["company"].click()
    assert sorted(a.text for a in annotating.annotations_for(library, article_id)) == ["Harlow Steel", "Quay Metals"]
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert annotating.annotations_for(library, article_id) == []


def test_read_only_browses_but_never_accepts(qtbot, library, hub, runner, undo_stack, labels, article_with_text):
    article_id = article_with_text(TEXT)
    panel = _panel(qtbot, hub, runner, undo_stack, labels)
    panel.set_read_only(True)
    hub.suggestions_changed.emit(article_id, _suggestions())
    assert not any(button.isEnabled() for button in panel.accept_all_buttons.values())
    assert panel.step(forward=True) is not None  # walking them still works
    panel.accept_current()
    panel.accept_all("company")
    assert annotating.annotations_for(library, article_id) == []
