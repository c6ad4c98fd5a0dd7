"""File › Export Annotations…, Import Annotations… and Annotate › Agreement Report…: working with colleagues.

Export writes CSV or JSON by the chosen file's suffix, for the whole library, the open article or the articles
the list's filter shows. Import reads and places the file on a worker thread (progress, Cancel), lets the user
decide conflicts, then writes everything in one transaction that is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from reader_app.services import annotation_import, exporting
from reader_app.services import library as library_service
from reader_app.services.annotation_import import ImportPlan
from reader_app.ui import settings
from reader_app.ui.controllers.import_undo import CHANGE, ImportAnnotationsCommand
from reader_app.ui.dialogs import file_dialogs
from reader_app.ui.dialogs.conflicts import ConflictsDialog
from reader_app.ui.i18n import tr, tr_noop

EXPORT_FILTER = tr_noop("CSV for spreadsheets (*.csv);;JSON for colleagues, lossless (*.json)")
IMPORT_FILTER = tr_noop("Reader exports (*.json *.csv)")
LIBRARY, ARTICLE, FILTERED = "library", "article", "filtered"


def _ask_conflicts(plan: ImportPlan, parent) -> list[int] | None:
    """Indexes of conflicts where the file wins, or None when the user cancels the whole import."""
    dialog = ConflictsDialog(plan, parent)
    return dialog.take_theirs() if dialog.exec() == ConflictsDialog.DialogCode.Accepted else None


class ExchangeController(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._runner = window.runner
        # tests and automation answer the conflicts question without a modal dialog
        self.decide_conflicts: Callable[[ImportPlan], list[int] | None] = lambda plan: _ask_conflicts(plan, window)
        self.last_plan: ImportPlan | None = None
        self._agreement_window = None
        self.export_action = self._action("actionExportAnnotations", tr("Export Annotations (CSV or JSON)…"))
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = self._action("actionImportAnnotations", tr("Import Annotations…"))
        self.import_action.triggered.connect(self.choose_import)
        self.import_action.setEnabled(not window.library.read_only)
        self.agreement_action = self._action("actionAgreementReport", tr("Agreement Report…"))
        self.agreement_action.triggered.connect(self.show_agreement)
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

    def _open_article_id(self) -> int:
        article = self._window.reader.article
        return article.id if article is not None else 0

    # --- export ---------------------------------------------------------------------------------
    def scope_ids(self, scope: str) -> dict:
        window = self._window
        if scope == ARTICLE and self._open_article_id():
            return {"article_id": self._open_article_id()}
        if scope == FILTERED:
            query = window.article_pane.filter.text().strip()
            return {"article_ids": library_service.article_ids(window.library, query=query)}
        return {}

    @Slot()
    def choose_export(self) -> None:
        window = self._window
        scopes = [tr("Whole library"), tr("This article"), tr("Articles the list shows (its filter)")]
        keys = [LIBRARY, ARTICLE, FILTERED]
        if not self._open_article_id():
            scopes, keys = [scopes[0], scopes[2]], [keys[0], keys[2]]
        choice, ok = QInputDialog.getItem(window, tr("Export Annotations"), tr("Export:"), scopes, 0, False)
        if not ok:
            return
        start = str(Path(settings.last_folder("export")) / "annotations.csv")
        path = file_dialogs.save_file_name(window, tr("Export Annotations"), start, tr(EXPORT_FILTER))
        if path:
            settings.remember_folder("export", path)
            self.export_to(Path(path), keys[scopes.index(choice)])

    def export_to(self, path: Path, scope: str = LIBRARY, **options) -> int | None:
        done = self._runner.run(exporting.export_file, path, busy=True, **self.scope_ids(scope), **options)
        if not done.ok:
            return None
        self._window.hub.status.emit(tr("Exported {0} annotations to {1}").format(done.value, path))
        return done.value

    # --- import ---------------------------------------------------------------------------------
    @property
    def importing(self) -> bool:
        return self._runner.running

    @Slot()
    def choose_import(self) -> None:
        window = self._window
        path = file_dialogs.open_file_name(
            window, tr("Import Annotations"), settings.last_folder("import"), tr(IMPORT_FILTER)
        )
        if path:
            settings.remember_folder("import", path)
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        """Read and place the file on a worker thread (status-bar progress and Cancel); nothing is written yet."""
        self._runner.start(annotation_import.plan_import, path, on_done=self._on_plan)

    def cancel_import(self) -> None:
        self._runner.cancel()

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
        article_id = self._open_article_id()
        done = self._runner.run(
            annotation_import.apply_import, plan, take_theirs=take, change=CHANGE, article_id=article_id
        )
        if not done.ok:
            return
        window.undo_stack.push(ImportAnnotationsCommand(self._runner, plan, done.value, article_id))
        message = tr("Imported from {0}: {1}").format(plan.path.name, plan.summary())
        if plan.unplaced:
            reasons = "; ".join(f"row {u.row}: {u.reason}" for u in plan.unplaced[:3])
            more = tr(" (and {0} more)").format(len(plan.unplaced) - 3) if len(plan.unplaced) > 3 else ""
            message += tr(". Not placed: {0}{1}").format(reasons, more)
        window.message_bar.show_message(message, "info")

    # --- agreement ------------------------------------------------------------------------------
    @Slot()
    def show_agreement(self) -> None:
        from reader_app.ui.dialogs.agreement_report import AgreementWindow

        if self._agreement_window is None:
            self._agreement_window = AgreementWindow(self._window.library, self._window.hub, self._window)
        self._agreement_window.reload_annotators()
        if self._agreement_window.isVisible():
            self._agreement_window.raise_()  # already open behind the main window: bring it forward
        self._agreement_window.show()
