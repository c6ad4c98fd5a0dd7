"""Annotation actions (tag, edit, delete): run the service through the ActionRunner, then record the undo step."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from reader_app.core.model import Annotation
from reader_app.services import annotating
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.controllers.undo_commands import (
    CreateAnnotationCommand,
    DeleteAnnotationCommand,
    EditAnnotationCommand,
)
from reader_app.ui.hub import Change, SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.settings import annotator_name


class UndoableActions(QObject):
    """A controller whose actions run through the ActionRunner and, when they succeed, push an undo step."""

    def __init__(self, runner: ActionRunner, hub: SignalHub, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._hub = hub
        self._undo = undo_stack
        # The window asks the analyst's name once, before the first annotation is stored (never the OS user).
        self.ask_annotator: Callable[[], str] = annotator_name


class AnnotationController(UndoableActions):
    """Tag, edit and delete annotations as undoable steps."""

    def tag(
        self, article_id: int, label: str, label_title: str, start: int, end: int, fields: Mapping[str, str]
    ) -> Annotation | None:
        done = self._runner.run(
            annotating.tag_selection, article_id, label, start, end,
            annotator=self.ask_annotator(), fields=fields,
            change=Change.ANNOTATIONS, article_id=article_id, failure=tr("Could not save the annotation: {0}"),
        )  # fmt: skip
        if not done.ok or done.value is None:
            return None
        created = done.value
        self._undo.push(CreateAnnotationCommand(self._runner, created, label_title))
        self._hub.status.emit(tr("Tagged “{0}” as {1}").format(short(created.text), label_title))
        return created

    def edit(self, annotation: Annotation, fields: Mapping[str, str] | None, note: str | None) -> None:
        done = self._runner.run(
            annotating.edit_annotation, annotation.id, fields=fields, note=note,
            change=Change.ANNOTATIONS, article_id=annotation.article_id,
            failure=tr("Could not save the change: {0}"), refresh_on_failure=True,  # show what is really stored
        )  # fmt: skip
        if done.ok:
            self._undo.push(EditAnnotationCommand(self._runner, annotation, fields, note))

    def delete(self, annotation_id: int) -> None:
        done = self._runner.run(
            annotating.delete_annotation, annotation_id,
            change=Change.NOTHING, failure=tr("Could not delete the annotation: {0}"),
        )  # fmt: skip
        if not done.ok or done.value is None:
            return
        deleted = done.value
        self._hub.announce(Change.ANNOTATIONS, deleted.article_id)  # its article is known only now
        self._undo.push(DeleteAnnotationCommand(self._runner, deleted))
        self._hub.status.emit(tr("Deleted “{0}” (Ctrl+Z brings it back)").format(short(deleted.text)))


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
