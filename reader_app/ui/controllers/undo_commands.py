"""Undoable annotation edits: each command's first run has already happened when it is pushed.

Undo and redo run their service call through the ActionRunner like any other action: a step that cannot be
saved shows why on the message bar and is dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from reader_app.core.model import Annotation
from reader_app.services import annotating, suggesting
from reader_app.ui.action_runner import ActionRunner, Outcome
from reader_app.ui.hub import Change
from reader_app.ui.i18n import tr


class _Command(QUndoCommand):
    def __init__(self, runner: ActionRunner, article_id: int, text: str) -> None:
        super().__init__(text)
        self._runner = runner
        self._article_id = article_id
        # QUndoStack.push() calls redo() at once; the action already ran (so its errors could be shown).
        self._skip_first_redo = True

    @property
    def article_id(self) -> int:
        """The article this step changes: undoing it brings the reader there."""
        return self._article_id

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._apply)

    def undo(self) -> None:
        self._guarded(self._revert)

    def _run(self, service: Callable, *args, change: Change = Change.ANNOTATIONS, **kwargs) -> Outcome:
        return self._runner.run(
            service,
            *args,
            change=change,
            article_id=self._article_id,
            failure=tr("Could not save this step: {0}"),
            refresh_on_failure=True,
            **kwargs,
        )

    def _guarded(self, step: Callable[[], bool]) -> None:
        if not step():
            self.setObsolete(True)  # the step could not be saved; the stack forgets it

    def _apply(self) -> bool:
        raise NotImplementedError

    def _revert(self) -> bool:
        raise NotImplementedError


class CreateAnnotationCommand(_Command):
    def __init__(self, runner: ActionRunner, created: Annotation, label_name: str) -> None:
        super().__init__(runner, created.article_id, tr("Tag as {0}").format(label_name))
        self._annotation = created

    def _revert(self) -> bool:
        return self._run(annotating.delete_annotation, self._annotation.id).ok

    def _apply(self) -> bool:
        return self._run(annotating.restore_annotation, self._annotation).ok


class DeleteAnnotationCommand(_Command):
    def __init__(self, runner: ActionRunner, deleted: Annotation) -> None:
        super().__init__(runner, deleted.article_id, tr("Delete annotation"))
        self._annotation = deleted

    def _revert(self) -> bool:
        return self._run(annotating.restore_annotation, self._annotation).ok

    def _apply(self) -> bool:
        return self._run(annotating.delete_annotation, self._annotation.id).ok


class EditAnnotationCommand(_Command):
    def __init__(
        self,
        runner: ActionRunner,
        before: Annotation,
        fields: Mapping[str, str] | None,
        note: str | None,
    ) -> None:
        super().__init__(runner, before.article_id, tr("Edit annotation"))
        self._before = before
        self._fields = dict(fields) if fields is not None else None
        self._note = note

    def _revert(self) -> bool:
        previous_fields = {key: self._before.fields.get(key, "") for key in (self._fields or {})}
        return self._run(
            annotating.edit_annotation,
            self._before.id,
            fields=previous_fields if self._fields is not None else None,
            note=self._before.note if self._note is not None else None,
        ).ok

    def _apply(self) -> bool:
        return self._run(annotating.edit_annotation, self._before.id, fields=self._fields, note=self._note).ok


class AcceptAllCommand(_Command):
    """Accepting every suggestion of a label is one step to undo."""

    def __init__(self, runner: ActionRunner, created: list[Annotation], text: str):
        super().__init__(runner, created[0].article_id, text)
        self._created = list(created)

    def _revert(self) -> bool:
        return self._run(annotating.delete_annotations, [a.id for a in self._created]).ok

    def _apply(self) -> bool:
        return self._run(annotating.restore_annotations, self._created).ok


class RejectSuggestionCommand(_Command):
    def __init__(self, runner: ActionRunner, article_id: int, suggestion) -> None:
        super().__init__(runner, article_id, tr("Reject suggestion"))
        self._suggestion = suggestion

    def _revert(self) -> bool:
        return self._run(suggesting.unreject, self._article_id, self._suggestion, change=Change.REJECTIONS).ok

    def _apply(self) -> bool:
        return self._run(suggesting.reject, self._article_id, self._suggestion, change=Change.REJECTIONS).ok
