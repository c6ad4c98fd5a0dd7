"""One window per library: a second start on the same library hands over to the first one and exits.

The first instance listens on a local socket named after a hash of the library's resolved path. A second start
connects, asks it to come to the front, and exits once it answers. If an instance is there but does not answer
(busy or hung), the newcomer opens the library read-only instead, so two writers never share a library.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader_app.core.instance_socket import ACTIVATE as _ACTIVATE
from reader_app.core.instance_socket import OK as _OK
from reader_app.core.instance_socket import server_name

__all__ = ["HandOver", "InstanceServer", "hand_over", "server_name"]


class HandOver(enum.Enum):
    NOBODY_THERE = "nobody there"  # this process becomes the library's window
    HANDED_OVER = "handed over"  # the first window came to the front; exit
    NOT_ANSWERING = "not answering"  # someone holds the library but did not answer: open read-only


def _ask(name: str, message: bytes, timeout_ms: int) -> HandOver:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return HandOver.NOBODY_THERE
    socket.write(message)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and socket.readLine().data() == _OK
    socket.disconnectFromServer()
    return HandOver.HANDED_OVER if answered else HandOver.NOT_ANSWERING


def hand_over(library_path: Path, timeout_ms: int = 2000) -> HandOver:
    """Ask a running instance on this library to come to the front."""
    return _ask(server_name(library_path), _ACTIVATE, timeout_ms)


class InstanceServer(QObject):
    """Listens for later starts on the same library and brings `window` to the front when one arrives."""

    activated = Signal()

    def __init__(self, library_path: Path, window, parent=None) -> None:
        super().__init__(parent)
        self._window = window
        self._name = server_name(library_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        # A socket file left by a crashed instance (nobody answered us a moment ago): remove it and listen.
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = socket.readLine().data()
        socket.write(_OK)
        socket.flush()
        if message == _ACTIVATE:
            self._bring_to_front()

    def _bring_to_front(self) -> None:
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self.activated.emit()
