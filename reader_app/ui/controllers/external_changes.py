"""Notice what another process committed to the library (a command, another window) and refresh the panes.

SQLite's `PRAGMA data_version` changes when another connection commits: reading it costs no disk access, so the
window reads it on a short timer and whenever the app becomes active, and tells the hub when it moved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from reader_app.services import library as library_service
from reader_app.services.library import Library
from reader_app.ui.hub import Change, SignalHub

POLL_MS = 2000


class ExternalChanges(QObject):
    """Polls the library for other connections' commits; emits articles_changed and the open article's change."""

    def __init__(
        self,
        library: Library,
        hub: SignalHub,
        open_article: Callable[[], int],
        parent=None,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._open_article = open_article
        # The window's own workers (an import, a long action) commit through connections of their own, which
        # data_version cannot tell from another process's; while one runs the window refreshes when it ends.
        self._busy = busy
        self._seen = self._marker()
        hub.articles_changed.connect(self._rebaseline)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_state_changed)

    def _marker(self) -> int | None:
        try:
            return library_service.data_version(self._library)
        except Exception:  # closed or swapped (a restore): the next check reads the new connection's value
            return None

    def _on_state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _rebaseline(self) -> None:
        # The panes were just refreshed from the file (by this class or by the window's own action): what is
        # committed now has been shown.
        if not self._busy():
            self._seen = self._marker()

    def check(self) -> bool:
        """True when another connection committed since the last check (the panes were then refreshed)."""
        if self._busy():
            return False
        marker = self._marker()
        if marker is None or marker == self._seen:
            return False
        self._seen = marker
        self._hub.announce(Change.ARTICLES)
        article_id = self._open_article()
        if article_id:
            self._hub.announce(Change.ANNOTATIONS, article_id)
        return True

    def stop(self) -> None:
        self.timer.stop()
