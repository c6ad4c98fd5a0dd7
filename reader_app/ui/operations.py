"""The window's user actions: call a service, record undo, tell the hub what changed, show errors."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from reader_app.core.model import Annotation, Suggestion
from reader_app.services import annotating, suggesting
from reader_app.services.errors import UserError
from reader_app.services.library import Library
from reader_app.ui.commands import (
    AcceptAllCommand,
    CreateAnnotationCommand,
    DeleteAnnotationCommand,
    EditAnnotationCommand,
    RejectSuggestionCommand,
)
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.settings import annotator_name


class _Operations(QObject):
    def __init__(self, library: Library, hub: SignalHub, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._undo = undo_stack

    def _changed(self, article_id: int) -> None:
        self._hub.annotations_changed.emit(article_id)

    def _report(self, exc: Exception) -> None:
        self._hub.error.emit(str(exc))


class AnnotationOperations(_Operations):
    """Tag, edit and delete annotations as undoable steps."""

    def tag(
        self, article_id: int, label: str, label_title: str, start: int, end: int, fields: Mapping[str, str]
    ) -> Annotation | None:
        try:
            created = annotating.tag_selection(
                self._library, article_id, label, start, end, annotator=annotator_name(), fields=fields
            )
        except (UserError, OSError) as exc:
            self._report(exc)
            return None
        except Exception as exc:  # a database error: the edit is not shown as saved
            self._report(Exception(tr("Could not save the annotation: {0}").format(exc)))
            return None
        self._undo.push(
            CreateAnnotationCommand(self._library, self._changed, self._hub.error.emit, created, label_title)
        )
        self._changed(article_id)
        self._hub.status.emit(tr("Tagged “{0}” as {1}").format(_short(created.text), label_title))
        return created

    def edit(self, annotation: Annotation, fields: Mapping[str, str] | None, note: str | None) -> None:
        try:
            annotating.edit_annotation(self._library, annotation.id, fields=fields, note=note)
        except Exception as exc:
            self._report(exc)
            self._changed(annotation.article_id)  # show what is really stored
            return
        self._undo.push(
            EditAnnotationCommand(self._library, self._changed, self._hub.error.emit, annotation, fields, note)
        )
        self._changed(annotation.article_id)

    def delete(self, annotation_id: int) -> None:
        try:
            deleted = annotating.delete_annotation(self._library, annotation_id)
        except Exception as exc:
            self._report(exc)
            return
        self._undo.push(DeleteAnnotationCommand(self._library, self._changed, self._hub.error.emit, deleted))
        self._changed(deleted.article_id)
        self._hub.status.emit(tr("Deleted “{0}” (Ctrl+Z brings it back)").format(_short(deleted.text)))


class SuggestionOperations(_Operations):
    """Accept and reject suggestions as undoable steps; rejections are remembered per article."""

    def accept(self, article_id: int, suggestion: Suggestion, label_title: str) -> Annotation | None:
        try:
            created = suggesting.accept(self._library, article_id, suggestion, annotator=annotator_name())
        except Exception as exc:
            self._hub.error.emit(tr("Could not save the annotation: {0}").format(exc))
            return None
        self._undo.push(
            CreateAnnotationCommand(self._library, self._changed, self._hub.error.emit, created, label_title)
        )
        self._changed(article_id)
        self._hub.status.emit(tr("Accepted “{0}” as {1}").format(_short(created.text), label_title))
        return created

    def accept_all(self, article_id: int, suggestions: list[Suggestion], label_title: str) -> list[Annotation]:
        try:
            created = suggesting.accept_all(self._library, article_id, suggestions, annotator=annotator_name())
        except Exception as exc:
            self._hub.error.emit(tr("Could not save the annotations: {0}").format(exc))
            return []
        if created:
            text = tr("Accept {0} suggestions as {1}").format(len(created), label_title)
            self._undo.push(AcceptAllCommand(self._library, self._changed, self._hub.error.emit, created, text))
            self._changed(article_id)
            self._hub.status.emit(tr("Accepted {0} suggestions as {1}").format(len(created), label_title))
        return created

    def reject(self, article_id: int, suggestion: Suggestion) -> bool:
        try:
            suggesting.reject(self._library, article_id, suggestion)
        except Exception as exc:
            self._hub.error.emit(tr("Could not save the rejection: {0}").format(exc))
            return False
        self._undo.push(
            RejectSuggestionCommand(self._library, self._changed, self._hub.error.emit, article_id, suggestion)
        )
        self._changed(article_id)
        return True


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
