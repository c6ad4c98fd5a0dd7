"""One window per library: a second start on the same library hands over to the first one and exits.

The first instance listens on a local socket named after a hash of the library's resolved path. A second start
connects, asks it to come to the front, and exits once it answers. If an instance is there but does not answer
(busy or hung), the newcomer opens the library read-only instead, so two writers never share a library.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader_app.core.instance_socket import ACCEPTED, DONE, FAILED, IMPORT, REFUSED, server_name
from reader_app.core.instance_socket import ACTIVATE as _ACTIVATE
from reader_app.core.instance_socket import OK as _OK
from reader_app.services import importing

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


class _Reply(QObject):
    """Answers one command on its socket from the window's thread; a command that gave up is not an error."""

    def __init__(self, socket: QLocalSocket, parent: QObject) -> None:
        super().__init__(parent)
        self._socket = socket
        self._answered = False
        socket.destroyed.connect(self._forget)

    def _forget(self, *_args) -> None:
        self._socket = None

    def send(self, data: bytes) -> None:
        socket = self._socket
        if socket is not None and socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            socket.write(data)
            socket.flush()

    @Slot(object)
    def report(self, report) -> None:
        self._answer(DONE + json.dumps(importing.report_as_dict(report), ensure_ascii=False).encode("utf-8"))

    @Slot(str)
    def failure(self, message: str) -> None:
        self._answer(FAILED + json.dumps(message, ensure_ascii=False).encode("utf-8"))

    def _answer(self, line: bytes) -> None:
        if self._answered:
            return
        self._answered = True
        self.send(line + b"\n")
        self.deleteLater()  # and with it the connections to the import controller


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
        if message.startswith(IMPORT):
            self._import(socket, message[len(IMPORT) :])
            return
        socket.write(_OK)
        socket.flush()
        if message == _ACTIVATE:
            self._bring_to_front()

    def _import(self, socket: QLocalSocket, payload: bytes) -> None:
        """`reader-app import` while this window has the library: the window imports, the command gets the report."""
        reply = _Reply(socket, self)
        try:
            items = [str(item) for item in json.loads(payload)]
        except (ValueError, TypeError):
            reply.send(REFUSED + b"the request was not understood\n")
            return
        window = self._window
        if window.library.read_only:
            reply.send(REFUSED + b"that window has the library open read-only\n")
            return
        if window.imports.running:
            reply.send(REFUSED + b"an import is already running there; try again when it has finished\n")
            return
        # Connected before the job starts: a quick import may end before control is back here.
        window.imports.finished.connect(reply.report)
        window.imports.failed.connect(reply.failure)
        if window.import_paths([item if importing.is_url(item) else Path(item) for item in items]) is None:
            reply.send(REFUSED + b"the import could not start there\n")
            reply.deleteLater()
            return
        reply.send(ACCEPTED)

    def _bring_to_front(self) -> None:
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self.activated.emit()
