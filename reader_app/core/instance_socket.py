"""The one-window-per-library socket: its name, its messages, and a Qt-free probe for the command line.

The window listens with Qt's QLocalServer (ui/single_instance.py). `reader-app restore` and `import` must not load Qt,
so they ask with the standard library: on Unix QLocalServer is a Unix socket in Qt's temp folder, on Windows a named
pipe. Both sides share the name and messages defined here.
"""

from __future__ import annotations

import getpass
import hashlib
import json
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


# `import ["/abs/a.txt", "https://…"]`: the window imports, answers ACCEPTED at once and `done {report}` at the end.
IMPORT = b"import "
ACCEPTED = b"accepted\n"
DONE = b"done "
REFUSED = b"refused "
FAILED = b"failed "
_MAX_REPLY = 16 * 2**20  # a report of many thousand items still fits; nothing unbounded is read


class WindowRefused(Exception):
    """The window on the library answered but will not do it (read-only, already importing); the reason."""


def hand_import(library_path: Path, items: list[str], timeout_s: float = 600.0) -> dict | None:
    """Ask the window on this library to import `items` (absolute paths or addresses) and wait for its report.

    None when no window listens, or one too old to take imports: the caller then goes on as if alone (and the
    library's lock refuses if a window holds it). Waits at most `timeout_s` for the import to finish.
    """
    if sys.platform == "win32":  # pragma: no cover - named pipes: the command refuses there instead
        return None
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(5.0)
    try:
        probe.connect(_unix_socket_path(server_name(library_path)))
    except OSError:
        probe.close()
        return None
    with probe:
        try:
            probe.sendall(IMPORT + json.dumps(items, ensure_ascii=False).encode("utf-8") + b"\n")
            replies = probe.makefile("rb")
            first = replies.readline(_MAX_REPLY)
            if first.startswith(REFUSED):
                raise WindowRefused(first[len(REFUSED) :].decode("utf-8", "replace").strip())
            if first != ACCEPTED:
                return None  # an older window: it answers "ok" to anything and imports nothing
            probe.settimeout(timeout_s)
            last = replies.readline(_MAX_REPLY)
        except TimeoutError as exc:
            raise WindowRefused(f"the window did not finish the import within {timeout_s:.0f} s") from exc
        except OSError as exc:
            raise WindowRefused(f"the window stopped answering ({exc.strerror or exc})") from exc
    if last.startswith(DONE):
        return json.loads(last[len(DONE) :])
    if last.startswith(FAILED):
        raise WindowRefused(json.loads(last[len(FAILED) :]))
    raise WindowRefused("the window closed before the import finished")
