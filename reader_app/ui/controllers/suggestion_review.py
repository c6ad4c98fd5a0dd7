"""Reviewing suggestions: accept one, accept all of a label, reject; each an undoable step run through the runner."""

from __future__ import annotations

from reader_app.core.model import Annotation, Suggestion
from reader_app.services import suggesting
from reader_app.ui.controllers.annotations import UndoableActions, short
from reader_app.ui.controllers.undo_commands import AcceptAllCommand, CreateAnnotationCommand, RejectSuggestionCommand
from reader_app.ui.hub import Change
from reader_app.ui.i18n import tr


class SuggestionReviewController(UndoableActions):
    """Accept and reject suggestions as undoable steps; rejections are remembered per article."""

    def accept(self, article_id: int, suggestion: Suggestion, label_title: str) -> Annotation | None:
        done = self._runner.run(
            suggesting.accept, article_id, suggestion, annotator=self.ask_annotator(),
            change=Change.ANNOTATIONS, article_id=article_id, failure=tr("Could not save the annotation: {0}"),
        )  # fmt: skip
        if not done.ok or done.value is None:
            return None
        created = done.value
        self._undo.push(CreateAnnotationCommand(self._runner, created, label_title))
        self._hub.status.emit(tr("Accepted “{0}” as {1}").format(short(created.text), label_title))
        return created

    def accept_all(self, article_id: int, suggestions: list[Suggestion], label_title: str) -> list[Annotation]:
        done = self._runner.run(
            suggesting.accept_all, article_id, suggestions, annotator=self.ask_annotator(),
            change=Change.ANNOTATIONS, article_id=article_id, failure=tr("Could not save the annotations: {0}"),
        )  # fmt: skip
        created = done.value or []
        if created:
            text = tr("Accept {0} suggestions as {1}").format(len(created), label_title)
            self._undo.push(AcceptAllCommand(self._runner, created, text))
            self._hub.status.emit(tr("Accepted {0} suggestions as {1}").format(len(created), label_title))
        return created

    def reject(self, article_id: int, suggestion: Suggestion) -> bool:
        done = self._runner.run(
            suggesting.reject, article_id, suggestion,
            change=Change.REJECTIONS, article_id=article_id, failure=tr("Could not save the rejection: {0}"),
        )  # fmt: skip
        if done.ok:
            self._undo.push(RejectSuggestionCommand(self._runner, article_id, suggestion))
        return done.ok
