"""Imports from the window: file and folder pickers, web addresses, drops, progress with Cancel, the summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QStatusBar, QWidget

from reader_app.paths import resource_path
from reader_app.services import importing
from reader_app.services.importing import FAILED, ImportReport, is_url
from reader_app.ui import settings
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.dialogs import file_dialogs
from reader_app.ui.hub import Change, SignalHub
from reader_app.ui.i18n import tr, tr_noop
from reader_app.ui.jobs.service_job import ServiceJob
from reader_app.ui.panes.message_bar import MessageBar

FILE_FILTER = tr_noop("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")


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
    # an import ended (on the window's thread): its ImportReport, or the one-line reason it failed
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        runner: ActionRunner,
        hub: SignalHub,
        status_bar: QStatusBar,
        message_bar: MessageBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._hub = hub
        self._window = parent
        self._status_bar = status_bar
        self._message_bar = message_bar
        self._job: ServiceJob | None = None
        self.last_report: ImportReport | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    # --- asking the analyst ---------------------------------------------------------------------
    @Slot()
    def choose_files(self) -> None:
        start = settings.last_folder("import")
        files = file_dialogs.open_file_names(self._window, tr("Import Articles"), start, tr(FILE_FILTER))
        if files:
            settings.remember_folder("import", files[0])
            self.start([Path(f) for f in files])

    @Slot()
    def choose_folder(self) -> None:
        folder = file_dialogs.existing_directory(self._window, tr("Import Folder"), settings.last_folder("import"))
        if folder:
            settings.remember_folder("import", str(Path(folder).parent))
            self.start([Path(folder)])

    @Slot()
    def ask_url(self) -> None:
        clipboard = QGuiApplication.clipboard().text().strip()
        url, ok = QInputDialog.getText(
            self._window, tr("Import from Web Address"), tr("Address of the article page:"),
            text=clipboard if is_url(clipboard) else "",
        )  # fmt: skip
        if ok and url.strip():
            self.start([url.strip()])

    @Slot()
    def open_samples(self) -> None:
        self.start([resource_path("samples")])

    # --- the job --------------------------------------------------------------------------------
    def start(self, items: list[Path | str]) -> ServiceJob | None:
        """Import on a worker thread; progress and Cancel show in the status bar. Returns the job."""
        if self._job is not None:
            self._hub.status.emit(tr("An import is already running."))
            return None
        if self._runner.read_only:  # drops and automation reach here too, not only the disabled actions
            self._message_bar.show_message(tr("This library is open read-only: nothing was imported."))
            return None
        job = self._runner.start(
            importing.import_paths, items, change=Change.ARTICLES, on_done=self._on_finished, on_failed=self._on_failed
        )
        if job is not None:
            job.progress.connect(self._on_progress)
            self._job = job
        return job

    @Slot()
    def cancel(self) -> None:
        self._runner.cancel()

    def stop(self, msecs: int = 10_000) -> None:
        """Before the window closes: interrupt the item being read and join the worker, with a bounded wait."""
        self._runner.stop(msecs)

    @Slot(int, int, str)
    def _on_progress(self, _done: int, _total: int, current: str) -> None:
        if current:
            # Replaced by the next item, and by the summary at the end; the timeout covers a worker that stops.
            self._status_bar.showMessage(tr("Importing {0}").format(Path(current).name), 10_000)

    def _on_failed(self, message: str) -> None:
        self._job = None
        self._status_bar.clearMessage()  # the reason is on the message bar; "Importing …" would be stale
        self.failed.emit(message)

    def _on_finished(self, report: ImportReport) -> None:
        self._job = None
        self.last_report = report
        self.finished.emit(report)
        ids = report.imported_ids or [i.article_id for i in report.items if i.article_id]
        if ids:
            self._hub.article_requested.emit(ids[0])  # first: opening an article clears the status bar
        self._hub.status.emit(report.summary())
        failures = [item for item in report.items if item.status == FAILED]
        if failures:
            lines = "\n".join(f"• {item.message}" for item in failures[:8])
            more = tr("\n…and {0} more").format(len(failures) - 8) if len(failures) > 8 else ""
            self._message_bar.show_message(f"{report.summary()}.\n{lines}{more}")
