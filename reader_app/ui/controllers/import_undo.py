"""The undo step of an annotation import: undo takes everything it added or replaced back out, redo puts it back."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from reader_app.services import annotation_import
from reader_app.services.annotation_import import AppliedImport, ImportPlan
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.hub import Change
from reader_app.ui.i18n import tr

CHANGE = Change.ARTICLES | Change.ANNOTATIONS


class ImportAnnotationsCommand(QUndoCommand):
    """Pushed after the import ran (so its errors could be shown); the first redo is skipped."""

    def __init__(self, runner: ActionRunner, plan: ImportPlan, applied: AppliedImport, article_id: int) -> None:
        super().__init__(tr("Import Annotations from {0}").format(plan.path.name))
        self._runner = runner
        self._plan = plan
        self.applied = applied
        self._article_id = article_id  # the open article, so its annotations refresh
        self._skip_first_redo = True

    def _run(self, service, *args):
        return self._runner.run(
            service,
            *args,
            change=CHANGE,
            article_id=self._article_id,
            failure=tr("Could not save this step: {0}"),
            refresh_on_failure=True,
        )

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        done = self._run(annotation_import.redo_import, self._plan, self.applied)
        if done.ok:
            self.applied = done.value
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._run(annotation_import.undo_import, self.applied).ok:
            self.setObsolete(True)
