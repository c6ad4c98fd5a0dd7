"""The sidebar: the annotation list above the suggestions, in one splitter whose state the window saves."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from reader_app.ui.controllers.annotations import AnnotationController
from reader_app.ui.controllers.suggestion_review import SuggestionReviewController
from reader_app.ui.panes.annotation_list import AnnotationList
from reader_app.ui.panes.sidebar import Sidebar
from reader_app.ui.panes.suggestion_panel import SuggestionPanel


def _sidebar(qtbot, library, hub, runner, undo_stack, labels) -> Sidebar:
    annotations = AnnotationList(library, hub, AnnotationController(runner, hub, undo_stack), labels)
    suggestions = SuggestionPanel(hub, SuggestionReviewController(runner, hub, undo_stack), labels)
    sidebar = Sidebar(annotations, suggestions)
    qtbot.addWidget(sidebar)
    return sidebar


def test_it_holds_the_annotations_above_the_suggestions(qtbot, library, hub, runner, undo_stack, labels):
    sidebar = _sidebar(qtbot, library, hub, runner, undo_stack, labels)
    assert sidebar.widget(0) is sidebar.annotations and sidebar.widget(1) is sidebar.suggestions
    assert sidebar.objectName() == "sidebarSplitter"
    assert not sidebar.childrenCollapsible()


def test_its_state_round_trips_so_the_window_can_restore_it(qtbot, library, hub, runner, undo_stack, labels):
    sidebar = _sidebar(qtbot, library, hub, runner, undo_stack, labels)
    sidebar.resize(300, 800)
    sidebar.show()
    sidebar.setSizes([600, 200])
    state = sidebar.saveState()
    other = _sidebar(qtbot, library, hub, runner, undo_stack, labels)
    other.resize(300, 800)
    other.show()
    assert other.restoreState(state)
    assert other.sizes()[0] > other.sizes()[1]


def test_read_only_reaches_both_halves(qtbot, library, hub, runner, undo_stack, labels):
    sidebar = _sidebar(qtbot, library, hub, runner, undo_stack, labels)
    sidebar.set_read_only(True)
    assert sidebar.annotations.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not sidebar.suggestions.hint.isVisibleTo(sidebar)
