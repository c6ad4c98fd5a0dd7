"""Import files off the UI thread with progress and a Cancel that stops between files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from reader_app.services import importing
from reader_app.services.library import Library


class ImportJob(QThread):
    progress = Signal(int, int, str)  # done, total, current file
    report_ready = Signal(object)  # ImportReport

    def __init__(self, library: Library, paths: list[Path | str], parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._paths = paths

    def run(self) -> None:
        try:
            with self._library.thread_connection():  # this thread's own; the UI thread keeps its own
                report = importing.import_paths(
                    self._library,
                    self._paths,
                    progress=self.progress.emit,
                    cancelled=self.isInterruptionRequested,
                )
        except Exception as exc:  # never let a worker die silently: the window shows what happened
            report = importing.ImportReport(
                items=[importing.ImportItem(", ".join(map(str, self._paths)), importing.FAILED, None, str(exc))]
            )
        self.report_ready.emit(report)
