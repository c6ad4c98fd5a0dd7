"""Read and place a colleague's annotation file off the UI thread; Cancel stops it before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from reader_app.services import annotation_import
from reader_app.services.errors import UserError
from reader_app.storage import Library


class AnnotationPlanJob(QThread):
    progress = Signal(int, int)  # placed, total
    plan_ready = Signal(object)  # ImportPlan
    failed = Signal(str)  # one-line message (cancelled, or a bad file)

    def __init__(self, library: Library, path: Path, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._path = path

    def run(self) -> None:
        try:
            plan = annotation_import.plan_import(
                self._library, self._path, progress=self.progress.emit, cancelled=self.isInterruptionRequested
            )
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # never let a worker die silently: the window shows what happened
            self.failed.emit(f"Could not import {self._path.name}: {exc}")
            return
        finally:
            self._library.db.close()  # this thread's own SQLite connection; the UI thread keeps its own
        self.plan_ready.emit(plan)
