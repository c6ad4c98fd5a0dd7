"""The one-window-per-library socket: its name, its messages, and a Qt-free probe for the command line.

The window listens with Qt's QLocalServer (ui/single_instance.py). `reader-app restore` must not load Qt, so it
asks with the standard library: on Unix QLocalServer is a Unix socket in Qt's temp folder, on Windows a named
pipe. Both sides share the name and messages defined here.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import sys
import time
from pathlib import Path

ACTIVATE = b"activate\n"
PING = b"ping\n"
OK = b"ok\n"


def server_name(library_path: Path) -> str:
    """Per user and per library; short, because Unix socket paths are limited to about 100 bytes."""
    try:
        user = getpass.getuser()
    except Exception:  # getuser raises when no user name is known (some containers)
        user = ""
    key = f"{user}\0{Path(library_path).expanduser().resolve()}"
    return "reader-app-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _unix_socket_path(name: str) -> str:
    # QDir::tempPath() on Unix: $TMPDIR without a trailing slash, else /tmp.
    folder = (os.environ.get("TMPDIR") or "/tmp").rstrip("/") or "/"
    return os.path.join(folder, name)


def is_open_elsewhere(library_path: Path, timeout_s: float = 1.0) -> bool:
    """Whether a Reader window listens for this library (answering or not: either way it holds the file)."""
    name = server_name(library_path)
    if sys.platform == "win32":
        return _pipe_exists(rf"\\.\pipe\{name}", timeout_s)
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(timeout_s)
    try:
        probe.connect(_unix_socket_path(name))
    except OSError:  # no socket file, or a file left by a crashed window that nobody listens on
        return False
    try:
        probe.sendall(PING)
        probe.recv(len(OK))  # a busy window may not answer in time; it is there all the same
    except OSError:
        pass
    finally:
        probe.close()
    return True


def _pipe_exists(path: str, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with open(path, "r+b", buffering=0) as pipe:
                pipe.write(PING)
            return True
        except FileNotFoundError:
            return False
        except OSError:  # the pipe is there but busy with another client
            if time.monotonic() >= deadline:
                return True
            time.sleep(0.05)
