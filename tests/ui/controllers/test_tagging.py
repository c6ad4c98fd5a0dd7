"""Tagging without the window: Ctrl+1/2/3 on a selection, the engine's field prefilled, Delete, the context menu."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from reader_app.services import annotating
from reader_app.services import library as library_service
from reader_app.ui.controllers.annotations import AnnotationController
from reader_app.ui.controllers.suggestions import SuggestionController
from reader_app.ui.controllers.tagging import TaggingController
from reader_app.ui.panes.annotation_list import AnnotationList
from reader_app.ui.panes.reader_view import ReaderView
from reader_app.ui.window_actions import create_actions

TEXT = "Quay Metals widens its lead\n\nQuay Metals could buy Harlow Steel, people familiar with the matter said.\n"


class _Parts:
    def __init__(self, qtbot, library, hub, runner, labels, article_id: int) -> None:
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.undo = QUndoStack(self.host)
        self.actions = create_actions(self.host, self.undo, labels)
        self.controller = AnnotationController(runner, hub, self.undo)
        self.reader = ReaderView(self.host)
        self.reader.set_labels(labels)
        self.annotations = AnnotationList(library, hub, self.controller, labels, self.host)
        self.suggestions = SuggestionController(library, hub, self.host)
        self.tagging = TaggingController(
            runner, hub, self.controller, self.reader, self.annotations, self.suggestions, self.actions, labels
        )
        self.annotations.load_article(article_id)
        self.reader.show_article(library_service.article(library, article_id), [])


def test_tagging_a_selection_stores_it_with_the_field_the_engine_gives(
    qtbot, library, hub, runner, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    parts = _Parts(qtbot, library, hub, runner, labels, article_id)
    start = TEXT.index("could buy") - len("Quay Metals ")
    parts.reader.select_stored_span(start, len(TEXT) - 1)
    parts.actions.tag["speculation"].trigger()
    (stored,) = annotating.annotations_for(library, article_id)
    assert stored.label == "speculation" and stored.text == TEXT[start:-1]
    assert stored.fields.get("cue")  # the hedge the engine finds in the sentence alone
    assert parts.annotations.model.rowCount() == 1  # the announced change reached the pane
    assert parts.undo.count() == 1 and runner.errors == []


def test_without_a_selection_it_says_what_to_do_and_stores_nothing(
    qtbot, library, hub, runner, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    parts = _Parts(qtbot, library, hub, runner, labels, article_id)
    with qtbot.waitSignal(hub.status) as said:
        parts.actions.tag["company"].trigger()
    assert "Select some text" in said.args[0]
    assert annotating.annotations_for(library, article_id) == []


def test_delete_removes_the_selected_annotation_and_undo_brings_it_back(
    qtbot, library, hub, runner, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    created = annotating.tag_selection(library, article_id, "company", 0, 11)
    parts = _Parts(qtbot, library, hub, runner, labels, article_id)
    parts.annotations.view.setCurrentIndex(parts.annotations.model.index(0, 0))
    parts.actions.delete_annotation.trigger()
    assert annotating.annotations_for(library, article_id) == []
    parts.undo.undo()
    assert annotating.annotations_for(library, article_id) == [created]


def test_the_context_menu_offers_tagging_and_deleting_the_annotation_under_the_cursor(
    qtbot, library, hub, runner, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    created = annotating.tag_selection(library, article_id, "company", 0, 11)
    parts = _Parts(qtbot, library, hub, runner, labels, article_id)
    parts.reader.set_annotations([created])
    menu = QMenu(parts.host)
    parts.reader.context_menu_requested.emit(menu, 3)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert [a.text() for a in parts.actions.tag.values()] == texts[: len(parts.actions.tag)]
    delete = next(action for action in menu.actions() if action.text() == "Delete This Annotation")
    delete.trigger()
    assert annotating.annotations_for(library, article_id) == []
