"""File › Export Annotations…, Import Annotations… and Annotate › Agreement Report…: working with colleagues.

Export writes CSV or JSON by the chosen file's suffix, for the whole library, the open article or the articles
the list's filter shows. Import reads and places the file on a worker thread (progress, Cancel), lets the user
decide conflicts, then writes everything in one transaction that is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMainWindow, QMenu, QProgressDialog

from reader_app.services import annotation_import, exporting
from reader_app.services import library as library_service
from reader_app.services.annotation_import import ImportPlan
from reader_app.services.errors import UserError
from reader_app.ui.annotation_import_job import AnnotationPlanJob
from reader_app.ui.conflicts_dialog import ConflictsDialog
from reader_app.ui.i18n import tr
from reader_app.ui.import_annotations_command import ImportAnnotationsCommand

EXPORT_FILTER = "CSV for spreadsheets (*.csv);;JSON for colleagues, lossless (*.json)"
IMPORT_FILTER = "Reader exports (*.json *.csv)"
LIBRARY, ARTICLE, FILTERED = "library", "article", "filtered"


def _ask_conflicts(plan: ImportPlan, parent) -> list[int] | None:
    """Indexes of conflicts where the file wins, or None when the user cancels the whole import."""
    dialog = ConflictsDialog(plan, parent)
    return dialog.take_theirs() if dialog.exec() == ConflictsDialog.DialogCode.Accepted else None


class ExchangeMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._job: AnnotationPlanJob | None = None
        self._progress: QProgressDialog | None = None
        # tests and automation answer the conflicts question without a modal dialog
        self.decide_conflicts: Callable[[ImportPlan], list[int] | None] = lambda plan: _ask_conflicts(plan, window)
        self.last_plan: ImportPlan | None = None
        self.export_action = self._action("actionExportAnnotations", tr("Export Annotations (CSV or JSON)…"))
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = self._action("actionImportAnnotations", tr("Import Annotations…"))
        self.import_action.triggered.connect(self.choose_import)
        self.import_action.setEnabled(not window.library.read_only)
        self.agreement_action = self._action("actionAgreementReport", tr("Agreement Report…"))
        self.agreement_action.triggered.connect(self.show_agreement)
        self._agreement_window = None
        anchor = window.actions.export_article_csv
        for menu in anchor.associatedObjects():
            if isinstance(menu, QMenu):
                following = menu.actions()[menu.actions().index(anchor) + 1 :]
                before = following[0] if following else None
                menu.insertAction(before, self.export_action)
                menu.insertAction(before, self.import_action)
                break
        for menu in window.actions.companies.associatedObjects():
            if isinstance(menu, QMenu):
                menu.addAction(self.agreement_action)
                break

    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        return action

    # --- export ---------------------------------------------------------------------------------
    def scope_ids(self, scope: str) -> dict:
        window = self._window
        if scope == ARTICLE and window.reader.article is not None:
            return {"article_id": window.reader.article.id}
        if scope == FILTERED:
            query = window.article_pane.filter.text().strip()
            return {"article_ids": library_service.article_ids(window.library, query=query)}
        return {}

    def choose_export(self) -> None:
        window = self._window
        scopes = [tr("Whole library"), tr("This article"), tr("Articles the list shows (its filter)")]
        keys = [LIBRARY, ARTICLE, FILTERED]
        if window.reader.article is None:
            scopes, keys = [scopes[0], scopes[2]], [keys[0], keys[2]]
        choice, ok = QInputDialog.getItem(window, tr("Export Annotations"), tr("Export:"), scopes, 0, False)
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            window, tr("Export Annotations"), str(Path.home() / "annotations.csv"), tr(EXPORT_FILTER)
        )
        if path:
            self.export_to(Path(path), keys[scopes.index(choice)])

    def export_to(self, path: Path, scope: str = LIBRARY, **options) -> int | None:
        window = self._window
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = exporting.export_file(window.library, path, **self.scope_ids(scope), **options)
        except UserError as exc:
            window.hub.error.emit(str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        window.hub.status.emit(tr("Exported {0} annotations to {1}").format(rows, path))
        return rows

    # --- import ---------------------------------------------------------------------------------
    @property
    def importing(self) -> bool:
        return self._job is not None

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, tr("Import Annotations"), str(Path.home()), tr(IMPORT_FILTER)
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        window = self._window
        if self._job is not None:
            window.hub.error.emit(tr("An annotation import is already running."))
            return
        self._progress = QProgressDialog(tr("Reading {0}…").format(path.name), tr("Cancel"), 0, 0, window)
        self._progress.setObjectName("annotationImportProgress")
        self._progress.setWindowTitle(tr("Import Annotations"))
        self._progress.setMinimumDuration(300)
        self._job = AnnotationPlanJob(window.library, path, self)
        self._progress.canceled.connect(self._job.requestInterruption)
        self._job.progress.connect(self._on_progress)
        self._job.plan_ready.connect(self._on_plan)
        self._job.failed.connect(self._on_failed)
        self._job.finished.connect(self._on_finished)
        self._job.start()

    def cancel_import(self) -> None:
        if self._job is not None:
            self._job.requestInterruption()

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _on_finished(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if self._job is not None:
            self._job.deleteLater()
            self._job = None

    def _on_failed(self, message: str) -> None:
        self._window.hub.error.emit(message)

    def _on_plan(self, plan: ImportPlan) -> None:
        window = self._window
        self.last_plan = plan
        take: list[int] = []
        if plan.conflicts:
            decided = self.decide_conflicts(plan)
            if decided is None:
                window.hub.status.emit(tr("Import cancelled; nothing was imported."))
                return
            take = decided
        try:
            applied = annotation_import.apply_import(window.library, plan, take_theirs=take)
        except UserError as exc:
            window.hub.error.emit(str(exc))
            return
        command = ImportAnnotationsCommand(window.library, plan, applied, self._refresh, window.hub.error.emit)
        window.undo_stack.push(command)
        self._refresh()
        message = tr("Imported from {0}: {1}").format(plan.path.name, plan.summary())
        if plan.unplaced:
            reasons = "; ".join(f"row {u.row}: {u.reason}" for u in plan.unplaced[:3])
            more = tr(" (and {0} more)").format(len(plan.unplaced) - 3) if len(plan.unplaced) > 3 else ""
            message += tr(". Not placed: {0}{1}").format(reasons, more)
        window.message_bar.show_message(message, "info")

    def _refresh(self) -> None:
        window = self._window
        window.hub.articles_changed.emit()
        article = window.reader.article
        if article is not None:
            window.hub.annotations_changed.emit(article.id)

    # --- agreement ------------------------------------------------------------------------------
    def show_agreement(self) -> None:
        from reader_app.ui.agreement_window import AgreementWindow

        if self._agreement_window is None:
            self._agreement_window = AgreementWindow(self._window.library, self._window.hub, self._window)
        self._agreement_window.reload_annotators()
        if self._agreement_window.isVisible():
            self._agreement_window.raise_()  # already open behind the main window: bring it forward
        self._agreement_window.show()
