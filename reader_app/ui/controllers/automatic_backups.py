"""Automatic backups while the window is open: every few minutes if something changed, and on a clean exit.

The change check runs on the UI thread (it reads the UI connection's counters); the backup itself runs on a
worker thread with its own SQLite connections, so a large library never freezes the window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from reader_app.services import backups
from reader_app.services.errors import UserError
from reader_app.services.library import Library
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr

INTERVAL_MINUTES = 10


class _BackupJob(QThread):
    succeeded = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, auto: backups.AutoBackup, marker, parent=None) -> None:
        super().__init__(parent)
        self._auto = auto
        self._marker = marker

    def run(self) -> None:
        try:
            self.succeeded.emit(self._auto.run(self._marker))
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # never let a worker die silently: the window shows what happened
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class BackupTimer(QObject):
    backed_up = Signal(object)  # BackupInfo, after every successful automatic backup

    def __init__(self, library: Library, hub: SignalHub, parent=None, *, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._job: _BackupJob | None = None
        self._auto = backups.AutoBackup(library)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms if interval_ms is not None else INTERVAL_MINUTES * 60_000)
        self._timer.timeout.connect(self.back_up_if_changed)
        if not library.read_only:
            self._timer.start()

    def reset(self) -> None:
        """After the library file was replaced (a restore): the new file is the reference point."""
        self.wait()
        self._auto = backups.AutoBackup(self._library)

    @Slot()
    def back_up_if_changed(self) -> bool:
        """Start a backup on a worker thread if the library changed; False when none was needed or one runs."""
        if self._job is not None:
            return False
        marker = self._auto.pending()
        if marker is None:
            return False
        job = _BackupJob(self._auto, marker, self)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        self._job = job
        job.start()
        return True

    def wait(self, msecs: int = 60_000) -> None:
        if self._job is not None:
            self._job.wait(msecs)

    def on_exit(self) -> None:
        """A last backup before the library closes: here for a small library, in its own process for a large one."""
        self._timer.stop()
        self.wait()
        try:
            self._auto.run_on_exit()
        except UserError as exc:
            # The window is closing, so the message bar is gone: the terminal is the only place left to say it.
            print(f"reader-app: the backup on exit failed: {exc}", file=sys.stderr)

    @Slot(object)
    def _on_succeeded(self, made) -> None:
        self.backed_up.emit(made)
        self._hub.status.emit(tr("Backed up the library ({0})").format(made.path.name))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._hub.error.emit(tr("The automatic backup failed: {0}").format(message))

    @Slot()
    def _on_finished(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
