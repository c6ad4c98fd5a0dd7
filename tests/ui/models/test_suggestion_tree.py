"""The suggestions' tree model (label groups, then suggestions in reading order), checked by qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.core.model import Suggestion
from reader_app.ui.models.suggestion_tree import DETAIL, SUGGESTION_ROLE, TEXT, SuggestionTreeModel

SUGGESTIONS = [
    Suggestion("speculation", 40, 90, "Tessel Works may sell its port unit.", {"cue": "may"}, 0.7, "modal"),
    Suggestion("company", 0, 12, "Tessel Works", {"canonical": "Tessel Works Ltd"}, 0.9, "registry"),
    Suggestion("company", 20, 32, "Orbit Lumen", {"canonical": "Orbit Lumen"}, 0.6, "pattern"),
]


def _model(labels) -> SuggestionTreeModel:
    model = SuggestionTreeModel()
    model.set_labels(labels)
    model.set_suggestions(SUGGESTIONS)
    return model


def test_the_tree_model_passes_the_model_tester(qapp, qtmodeltester, labels):
    qtmodeltester.check(_model(labels), force_py=True)


def test_the_model_tester_also_passes_when_empty_and_after_a_change(qapp, qtmodeltester, labels):
    model = _model(labels)
    model.set_suggestions([])
    qtmodeltester.check(model, force_py=True)
    model.set_suggestions(SUGGESTIONS[1:])
    qtmodeltester.check(model, force_py=True)


def test_suggestions_are_grouped_by_label_in_reading_order(qapp, labels):
    model = _model(labels)
    assert [s.text for s in model.suggestions_of("company")] == ["Tessel Works", "Orbit Lumen"]
    index = model.index_of(SUGGESTIONS[2])
    assert index.isValid() and model.suggestion(index) == SUGGESTIONS[2]
    assert model.data(index, SUGGESTION_ROLE) == SUGGESTIONS[2]
    assert model.data(index.siblingAtColumn(TEXT), Qt.ItemDataRole.DisplayRole) == "Orbit Lumen"
    assert model.data(model.index_of(SUGGESTIONS[0]).siblingAtColumn(DETAIL), Qt.ItemDataRole.DisplayRole) == "may"
    group = model.parent(index)
    assert group.isValid() and not model.parent(group).isValid()
    assert model.rowCount(group) == 2
