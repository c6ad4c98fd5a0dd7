"""Imports from the window: file and folder pickers, web addresses, drops, progress with Cancel, the summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QProgressBar, QPushButton, QStatusBar, QWidget

from reader_app.paths import resource_path
from reader_app.services.importing import FAILED, ImportReport, is_url
from reader_app.storage import Library
from reader_app.ui import file_dialogs
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.import_job import ImportJob
from reader_app.ui.message_bar import MessageBar

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def dropped_items(mime) -> list:
    """Local files and folders, and links dragged from a browser (http/https only)."""
    if not mime.hasUrls():
        return []
    items: list = []
    for url in mime.urls():
        if url.isLocalFile():
            items.append(Path(url.toLocalFile()))
        elif url.scheme().lower() in ("http", "https"):
            items.append(url.toString())
    return items


class ImportController(QObject):
    def __init__(
        self, library: Library, hub: SignalHub, status_bar: QStatusBar, message_bar: MessageBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._window = parent
        self._status_bar = status_bar
        self._message_bar = message_bar
        self._job: ImportJob | None = None
        self.last_report: ImportReport | None = None

        self.progress = QProgressBar(parent)
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Cancel"), parent)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            status_bar.addPermanentWidget(widget)
            widget.hide()

    @property
    def running(self) -> bool:
        return self._job is not None

    # --- asking the analyst ---------------------------------------------------------------------
    def choose_files(self) -> None:
        files = file_dialogs.open_file_names(self._window, tr("Import Articles"), str(Path.home()), tr(FILE_FILTER))
        if files:
            self.start([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = file_dialogs.existing_directory(self._window, tr("Import Folder"), str(Path.home()))
        if folder:
            self.start([Path(folder)])

    def ask_url(self) -> None:
        clipboard = QGuiApplication.clipboard().text().strip()
        url, ok = QInputDialog.getText(
            self._window, tr("Import from Web Address"), tr("Address of the article page:"),
            text=clipboard if is_url(clipboard) else "",
        )  # fmt: skip
        if ok and url.strip():
            self.start([url.strip()])

    def open_samples(self) -> None:
        self.start([resource_path("samples")])

    # --- the job --------------------------------------------------------------------------------
    def start(self, items: list[Path | str]) -> ImportJob | None:
        """Import on a worker thread; progress and Cancel show in the status bar. Returns the job."""
        if self._job is not None:
            self._hub.status.emit(tr("An import is already running."))
            return None
        job = ImportJob(self._library, items, self)
        job.progress.connect(self._on_progress)
        job.report_ready.connect(self._on_finished)
        job.finished.connect(job.deleteLater)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        job.start()
        return job

    def cancel(self) -> None:
        if self._job is not None:
            self._job.requestInterruption()

    def stop(self, msecs: int = 10_000) -> None:
        """Before the window closes: stop between files and wait for the worker."""
        if self._job is not None:
            self._job.requestInterruption()
            self._job.wait(msecs)

    def _on_progress(self, done: int, total: int, current: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")
        if current:
            self._status_bar.showMessage(tr("Importing {0}").format(Path(current).name))

    def _on_finished(self, report: ImportReport) -> None:
        self._job = None
        self.last_report = report
        self.progress.hide()
        self.cancel_button.hide()
        self._hub.articles_changed.emit()
        self._hub.status.emit(report.summary())
        failures = [item for item in report.items if item.status == FAILED]
        if failures:
            lines = "\n".join(f"• {item.message}" for item in failures[:8])
            more = tr("\n…and {0} more").format(len(failures) - 8) if len(failures) > 8 else ""
            self._message_bar.show_message(f"{report.summary()}.\n{lines}{more}")
        ids = report.imported_ids or [i.article_id for i in report.items if i.article_id]
        if ids:
            self._hub.article_requested.emit(ids[0])
