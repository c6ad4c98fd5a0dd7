"""The one way the window runs a user action (in the spirit of Anki's CollectionOp).

A controller hands the runner one service function and its arguments. The runner calls it with the open
library (on this thread, or on a worker thread with progress and Cancel when it can be long), turns every
failure into one line on the message bar (a slot never raises into Qt's event loop), and announces on the hub
what changed, as a typed `Change`, so every pane refreshes what it shows. Controllers never catch errors.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton, QStatusBar

from reader_app.services.errors import UserError
from reader_app.services.library import Library
from reader_app.ui.hub import Change, SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.jobs.service_job import ServiceJob

R = TypeVar("R")
_STILL_RUNNING: list[ServiceJob] = []  # workers that outlived their window's bounded wait


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """What running an action gave: ok and the service's value, or not ok (the message is already shown)."""

    ok: bool
    value: R | None = None


class ActionRunner(QObject):
    def __init__(self, library: Library, hub: SignalHub, status_bar: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._job: ServiceJob | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_failed: Callable[[str], None] | None = None
        self._change = Change.NOTHING
        self._article_id = 0
        self._closing = False

        self.progress = QProgressBar(status_bar)
        self.progress.setObjectName("actionProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Cancel"), status_bar)
        self.cancel_button.setObjectName("actionCancel")
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            status_bar.addPermanentWidget(widget)
            widget.hide()

    @property
    def read_only(self) -> bool:
        return self._library.read_only

    @property
    def running(self) -> bool:
        """A background action is running (one at a time)."""
        return self._job is not None

    # --- on this thread ---------------------------------------------------------------------------
    def run(
        self,
        service: Callable[..., R],
        *args: Any,
        change: Change = Change.NOTHING,
        article_id: int = 0,
        failure: str = "",
        busy: bool = False,
        refresh_on_failure: bool = False,
        show_failure: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> Outcome[R]:
        """service(library, *args, **kwargs) now; on success announce `change` for `article_id`.

        failure: a sentence with {0} for the reason ("Could not save the annotation: {0}").
        busy: show a busy cursor (an action of about a second, e.g. a large export).
        refresh_on_failure: announce the change even when it failed, so panes show what is really stored.
        show_failure: where the message goes instead of the message bar (a dialog's own status line).
        """
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            value = service(self._library, *args, **kwargs)
        except UserError as exc:
            self._report(failure, str(exc), show_failure)
            ok = False
        except Exception as exc:  # a bug, not the analyst's doing: say so, and keep the window working
            traceback.print_exc()
            self._report(failure, f"{type(exc).__name__}: {exc}", show_failure)
            ok = False
        else:
            ok = True
        finally:
            if busy:
                QApplication.restoreOverrideCursor()
        if ok or refresh_on_failure:
            self._hub.announce(change, article_id)
        return Outcome(True, value) if ok else Outcome(False)

    # --- on a worker thread -------------------------------------------------------------------------
    def start(
        self,
        service: Callable[..., Any],
        *args: Any,
        change: Change = Change.NOTHING,
        article_id: int = 0,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        reports_progress: bool = True,
        **kwargs: Any,
    ) -> ServiceJob | None:
        """service(library, *args, progress=..., cancelled=..., **kwargs) on a worker thread.

        Progress and Cancel show in the status bar; when it ends, `change` is announced and on_done gets the
        value. A failure goes to the message bar (and to on_failed). None when another one is still running.
        """
        if self._job is not None:
            self._hub.status.emit(tr("Wait for the running task to finish."))
            return None
        job = ServiceJob(self._library, service, args, kwargs, reports_progress=reports_progress, parent=self)
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_job_failed)
        job.finished.connect(self._on_finished)
        self._job, self._on_done, self._on_failed = job, on_done, on_failed
        self._change, self._article_id = change, article_id
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setVisible(reports_progress)
        job.start()
        return job

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._job.requestInterruption()

    def stop(self, msecs: int = 10_000) -> None:
        """Before the window closes: interrupt the worker (imports stop inside the item being read) and join it
        with a bounded wait. Its result may still be queued: the closing window no longer acts on it."""
        self._closing = True
        job = self._job
        if job is None:
            return
        job.requestInterruption()
        if not job.wait(msecs):
            # Stuck in a read the system does not let go of: keep the thread object alive until it ends, so
            # destroying the window never destroys a running QThread (which aborts the app).
            job.setParent(None)
            _STILL_RUNNING.append(job)
            job.finished.connect(lambda: _STILL_RUNNING.remove(job))
        self._end()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _current: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")

    @Slot(object)
    def _on_succeeded(self, value: Any) -> None:
        if self._closing:
            return
        done = self._on_done
        self._end()
        self._hub.announce(self._change, self._article_id)
        if done is not None:
            done(value)

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        if self._closing:
            return
        failed = self._on_failed
        self._end()
        self._report("", message)
        if failed is not None:
            failed(message)

    @Slot()
    def _on_finished(self) -> None:
        job = self.sender()
        if job is not None:
            job.deleteLater()

    def _end(self) -> None:
        self._job = self._on_done = self._on_failed = None
        self.progress.hide()
        self.cancel_button.hide()

    def _report(self, failure: str, reason: str, show: Callable[[str], None] | None = None) -> None:
        (show or self._hub.error.emit)(failure.format(reason) if failure else reason)
