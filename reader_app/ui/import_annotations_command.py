"""The undo step of an annotation import: undo takes everything it added or replaced back out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reader_app.services import annotation_import
from reader_app.services.annotation_import import AppliedImport, ImportPlan
from reader_app.storage import Library
from reader_app.ui.i18n import tr


class ImportAnnotationsCommand(QUndoCommand):
    """Pushed after the import ran (so its errors could be shown); the first redo is skipped."""

    def __init__(
        self,
        library: Library,
        plan: ImportPlan,
        applied: AppliedImport,
        changed: Callable[[], None],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(tr("Import Annotations from {0}").format(plan.path.name))
        self._library = library
        self._plan = plan
        self.applied = applied
        self._changed = changed
        self._on_error = on_error
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._redo_import)

    def _redo_import(self) -> None:
        self.applied = annotation_import.redo_import(self._library, self._plan, self.applied)

    def undo(self) -> None:
        self._guarded(lambda: annotation_import.undo_import(self._library, self.applied))

    def _guarded(self, step) -> None:
        # an exception must not escape into Qt's event loop; the analyst sees why the step failed
        try:
            step()
        except Exception as exc:
            self._on_error(tr("Could not save this step: {0}").format(exc))
            self.setObsolete(True)
        self._changed()
