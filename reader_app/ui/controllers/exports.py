"""File › Export Annotations to CSV: choose where, then write every annotation (or the open article's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from reader_app.services import exporting
from reader_app.ui import settings
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.dialogs import file_dialogs
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.panes.reader_view import ReaderView
from reader_app.ui.window_actions import Actions


class ExportController(QObject):
    def __init__(
        self, runner: ActionRunner, hub: SignalHub, reader: ReaderView, actions: Actions, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._hub = hub
        self._reader = reader
        self._dialog_parent = parent
        actions.export_csv.triggered.connect(self.choose_library_export)
        actions.export_article_csv.triggered.connect(self.choose_article_export)

    @Slot()
    def choose_library_export(self) -> None:
        self.choose_csv_export(article_only=False)

    @Slot()
    def choose_article_export(self) -> None:
        self.choose_csv_export(article_only=True)

    def choose_csv_export(self, article_only: bool) -> None:
        article = self._reader.article
        name = "annotations.csv" if not article_only or article is None else f"annotations-{article.id}.csv"
        path = file_dialogs.save_file_name(
            self._dialog_parent,
            tr("Export Annotations"),
            str(Path(settings.last_folder("export")) / name),
            tr("CSV files (*.csv)"),
        )
        if path:
            settings.remember_folder("export", path)
            self.export_csv_to(Path(path), article.id if article_only and article else None)

    def export_csv_to(self, path: Path, article_id: int | None = None) -> int | None:
        # About a second for 50,000 annotations: a busy cursor says the app is working, not stuck.
        done = self._runner.run(exporting.export_csv, path, article_id=article_id, busy=True)
        if not done.ok:
            return None
        self._hub.status.emit(tr("Exported {0} annotations to {1}").format(done.value, path))
        return done.value
