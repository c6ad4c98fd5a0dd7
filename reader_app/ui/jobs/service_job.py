"""Run one service function on a worker thread, with progress and a Cancel it checks between steps."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from reader_app.services.errors import UserError
from reader_app.services.library import Library


class ServiceJob(QThread):
    progress = Signal(int, int, str)  # done, total, current item
    succeeded = Signal(object)  # what the service returned
    failed = Signal(str)  # one line for the message bar

    def __init__(
        self,
        library: Library,
        service: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        *,
        reports_progress: bool,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._service = service
        self._args = args
        self._kwargs = dict(kwargs)
        if reports_progress:
            self._kwargs.update(progress=self.progress.emit, cancelled=self.isInterruptionRequested)

    def run(self) -> None:
        try:
            with self._library.thread_connection():  # this thread's own connection, closed when it ends
                result = self._service(self._library, *self._args, **self._kwargs)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # never let a worker die silently: the window shows what happened
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(result)
