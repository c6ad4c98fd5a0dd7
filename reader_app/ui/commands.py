"""Undoable annotation edits: each command's first run has already happened when it is pushed."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from reader_app.core.model import Annotation
from reader_app.services import annotating, suggesting
from reader_app.services.library import Library
from reader_app.ui.i18n import tr

# Called after every change with the article id, so panes refresh through the hub.
Notify = Callable[[int], None]
# Called with a message when undo or redo could not be saved.
OnError = Callable[[str], None]


class _Command(QUndoCommand):
    def __init__(self, library: Library, notify: Notify, on_error: OnError, text: str) -> None:
        super().__init__(text)
        self._library = library
        self._notify = notify
        self._on_error = on_error
        # QUndoStack.push() calls redo() at once; the action already ran (so its errors could be shown).
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._apply)

    def undo(self) -> None:
        self._guarded(self._revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        # An exception must not escape into Qt's event loop; the analyst sees why the step failed.
        try:
            step()
        except Exception as exc:
            self._on_error(tr("Could not save this step: {0}").format(exc))
            self.setObsolete(True)

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class CreateAnnotationCommand(_Command):
    def __init__(
        self, library: Library, notify: Notify, on_error: OnError, created: Annotation, label_name: str
    ) -> None:
        super().__init__(library, notify, on_error, tr("Tag as {0}").format(label_name))
        self._annotation = created

    def _revert(self) -> None:
        annotating.delete_annotation(self._library, self._annotation.id)
        self._notify(self._annotation.article_id)

    def _apply(self) -> None:
        annotating.restore_annotation(self._library, self._annotation)
        self._notify(self._annotation.article_id)


class DeleteAnnotationCommand(_Command):
    def __init__(self, library: Library, notify: Notify, on_error: OnError, deleted: Annotation) -> None:
        super().__init__(library, notify, on_error, tr("Delete annotation"))
        self._annotation = deleted

    def _revert(self) -> None:
        annotating.restore_annotation(self._library, self._annotation)
        self._notify(self._annotation.article_id)

    def _apply(self) -> None:
        annotating.delete_annotation(self._library, self._annotation.id)
        self._notify(self._annotation.article_id)


class EditAnnotationCommand(_Command):
    def __init__(
        self,
        library: Library,
        notify: Notify,
        on_error: OnError,
        before: Annotation,
        fields: Mapping[str, str] | None,
        note: str | None,
    ) -> None:
        super().__init__(library, notify, on_error, tr("Edit annotation"))
        self._before = before
        self._fields = dict(fields) if fields is not None else None
        self._note = note

    def _revert(self) -> None:
        previous_fields = {key: self._before.fields.get(key, "") for key in (self._fields or {})}
        annotating.edit_annotation(
            self._library,
            self._before.id,
            fields=previous_fields if self._fields is not None else None,
            note=self._before.note if self._note is not None else None,
        )
        self._notify(self._before.article_id)

    def _apply(self) -> None:
        annotating.edit_annotation(self._library, self._before.id, fields=self._fields, note=self._note)
        self._notify(self._before.article_id)


class AcceptAllCommand(_Command):
    """Accepting every suggestion of a label is one step to undo."""

    def __init__(self, library: Library, notify: Notify, on_error: OnError, created: list[Annotation], text: str):
        super().__init__(library, notify, on_error, text)
        self._created = list(created)

    def _revert(self) -> None:
        for annotation in self._created:
            annotating.delete_annotation(self._library, annotation.id)
        self._notify(self._created[0].article_id)

    def _apply(self) -> None:
        for annotation in self._created:
            annotating.restore_annotation(self._library, annotation)
        self._notify(self._created[0].article_id)


class RejectSuggestionCommand(_Command):
    def __init__(self, library: Library, notify: Notify, on_error: OnError, article_id: int, suggestion) -> None:
        super().__init__(library, notify, on_error, tr("Reject suggestion"))
        self._article_id = article_id
        self._suggestion = suggestion

    def _revert(self) -> None:
        suggesting.unreject(self._library, self._article_id, self._suggestion)
        self._notify(self._article_id)

    def _apply(self) -> None:
        suggesting.reject(self._library, self._article_id, self._suggestion)
        self._notify(self._article_id)
