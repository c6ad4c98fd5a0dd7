"""The annotation list pane on its own (no window): shows the article's annotations, edits through the controller."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from reader_app.services import annotating
from reader_app.ui.controllers.annotations import AnnotationController
from reader_app.ui.hub import Change, Origin
from reader_app.ui.models.annotation_table import FIELD, NOTE
from reader_app.ui.panes.annotation_list import AnnotationList

TEXT = 'Quay Metals posts a profit\n\n"We are cautious," a Quay Metals spokesperson said of Harlow Steel.\n'


def _pane(qtbot, library, hub, runner, undo_stack, labels) -> AnnotationList:
    controller = AnnotationController(runner, hub, undo_stack)
    pane = AnnotationList(library, hub, controller, labels)
    qtbot.addWidget(pane)
    return pane


def test_it_lists_the_selected_articles_annotations_in_reading_order(
    qtbot, library, hub, runner, undo_stack, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    later = annotating.tag_selection(library, article_id, "company", TEXT.index("Harlow"), TEXT.index("Harlow") + 12)
    first = annotating.tag_selection(library, article_id, "quote", TEXT.index('"'), TEXT.index('," ') + 2)
    pane = _pane(qtbot, library, hub, runner, undo_stack, labels)
    hub.article_selected.emit(article_id)
    assert [pane.model.annotation(r).id for r in range(pane.model.rowCount())] == [first.id, later.id]
    assert pane.heading.text() == "Annotations (2)"
    hub.article_selected.emit(0)
    assert pane.model.rowCount() == 0 and pane.heading.text() == "Annotations"


def test_a_change_announced_on_the_hub_reloads_it(qtbot, library, hub, runner, undo_stack, labels, article_with_text):
    article_id = article_with_text(TEXT)
    pane = _pane(qtbot, library, hub, runner, undo_stack, labels)
    hub.article_selected.emit(article_id)
    annotating.tag_selection(library, article_id, "company", 0, 11)
    assert pane.model.rowCount() == 0
    hub.announce(Change.ANNOTATIONS, article_id)
    assert pane.model.rowCount() == 1


def test_picking_a_row_tells_the_hub_and_a_pick_elsewhere_selects_the_row(
    qtbot, library, hub, runner, undo_stack, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    first = annotating.tag_selection(library, article_id, "company", 0, 11)
    second = annotating.tag_selection(library, article_id, "company", TEXT.index("Harlow"), TEXT.index("Harlow") + 12)
    pane = _pane(qtbot, library, hub, runner, undo_stack, labels)
    hub.article_selected.emit(article_id)
    with qtbot.waitSignal(hub.annotation_focused) as picked:
        pane.view.setCurrentIndex(pane.model.index(1, 0))
    assert picked.args == [second.id, Origin.SIDEBAR]
    hub.annotation_focused.emit(first.id, Origin.READER)
    assert pane.current_annotation_id() == first.id


def test_editing_a_field_in_place_is_stored_and_undoable(
    qtbot, library, hub, runner, undo_stack, labels, article_with_text
):
    article_id = article_with_text(TEXT)
    quote = annotating.tag_selection(library, article_id, "quote", TEXT.index('"'), TEXT.index('," ') + 2)
    pane = _pane(qtbot, library, hub, runner, undo_stack, labels)
    hub.article_selected.emit(article_id)
    assert pane.model.setData(pane.model.index(0, FIELD), "a Quay Metals spokesperson")
    assert pane.model.setData(pane.model.index(0, NOTE), "hedged")
    (stored,) = annotating.annotations_for(library, article_id)
    assert stored.id == quote.id and stored.fields == {"speaker": "a Quay Metals spokesperson"}
    assert stored.note == "hedged"
    assert pane.model.annotation(0).note == "hedged"  # the pane shows what is stored
    undo_stack.undo()
    assert annotating.annotations_for(library, article_id)[0].note == ""
    assert runner.errors == []


def test_read_only_leaves_nothing_to_edit(qtbot, library, hub, runner, undo_stack, labels):
    pane = _pane(qtbot, library, hub, runner, undo_stack, labels)
    pane.set_read_only(True)
    assert pane.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
