"""The name of a library's single-instance socket, and asking it without Qt whether a window answers there.

The window listens with QLocalServer (ui/single_instance.py); command-line code must not import Qt, so it connects
to the same socket as a plain Unix socket (or, on Windows, the named pipe QLocalServer creates).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import tempfile
from pathlib import Path


def server_name(library_path: Path) -> str:
    """Per user and per library; short, because Unix socket paths are limited to about 100 bytes."""
    try:
        user = getpass.getuser()
    except Exception:  # getuser raises when no user name is known (some containers)
        user = ""
    key = f"{user}\0{Path(library_path).expanduser().resolve()}"
    return "reader-app-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _socket_path(name: str) -> str:
    # QLocalServer puts a relative name in QDir::tempPath(): $TMPDIR, else /tmp (what tempfile also reads).
    return os.path.join(os.environ.get("TMPDIR") or tempfile.gettempdir(), name)


def window_answers(library_path: Path, timeout: float = 1.0) -> bool:
    """Whether a Reader window listens on this library's socket (bounded by `timeout`).

    A window that accepts the connection but is too busy to answer still counts: it has the library open.
    """
    name = server_name(library_path)
    try:
        if os.name == "nt":  # pragma: no cover - Windows named pipe
            with open(rf"\\.\pipe\{name}", "r+b", buffering=0):
                return True
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout)
            client.connect(_socket_path(name))  # accepted by the listening window, busy or not
            return True
    except OSError:
        return False
