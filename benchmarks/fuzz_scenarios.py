"""Hostile-input scenarios for `fuzz_inputs.py`: special files, slow and lying servers, bad redirects, a full disk,
and hostile titles in the real window. Each prints one JSON line; the parent counts crashes, hangs and lost
annotations, and kills a child that stops answering.

Run by `python benchmarks/fuzz_inputs.py` (or alone: `python benchmarks/fuzz_scenarios.py SCRATCH [--from N]`,
`python benchmarks/fuzz_scenarios.py SCRATCH --qt`).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEADLINE_S = 1.5  # the download deadline the URL scenarios use (the app's is 20 s)
GRACE_S = 3.0  # a scenario that runs longer than its bound by this much is a hang
_PAGE = b"<html><head><title>Scenario page</title></head><body><p>Acme Corp may bid for Beta Inc.</p></body></html>"


class _Hang(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    """Servers that misbehave in the ways real ones do."""

    def do_GET(self):
        path = self.path
        if path == "/drip":  # one byte every 0.2 s: per-read timeouts never fire
            self._head(200, {"Content-Type": "text/html", "Content-Length": str(len(_PAGE))})
            self._drip(_PAGE, 0.2)
        elif path == "/stall":  # accepts, then never answers
            time.sleep(30)
        elif path == "/slow-headers":  # the status line, then the headers a byte at a time
            self._drip(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 200 + b"\r\n\r\n", 0.2)
        elif path == "/short":  # announces more than it sends
            self._head(200, {"Content-Type": "text/html", "Content-Length": str(len(_PAGE) + 1000)})
            self.wfile.write(_PAGE)
            self.close_connection = True
        elif path == "/chunked-broken":  # a chunk that is cut off
            self._head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
            self.wfile.write(b"400\r\n" + _PAGE)
            self.close_connection = True
        elif path == "/endless":  # chunked, never ends: the size cap must hold
            self._head(200, {"Content-Type": "text/plain", "Transfer-Encoding": "chunked"})
            chunk = b"word " * 20000
            try:
                for _ in range(10_000):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                return
        elif path == "/huge-declared":
            self._head(200, {"Content-Type": "text/html", "Content-Length": str(10**10)})
        elif path.startswith("/to-"):
            target = {
                "/to-file": "file:///etc/passwd",
                "/to-js": "javascript:alert(1)",
                "/to-data": "data:text/html,<b>x</b>",
                "/to-ftp": "ftp://127.0.0.1/x.txt",
                "/to-loop": "/to-loop",
            }[path]
            self._head(302, {"Location": target, "Content-Length": "0"})
        elif path == "/untyped":
            body = b"Untyped headline\n\nAcme Corp may bid for Beta Inc, people said.\n"
            self._head(200, {"Content-Length": str(len(body))})
            self.wfile.write(body)
        elif path == "/untyped-binary":
            body = bytes(range(256)) * 16
            self._head(200, {"Content-Length": str(len(body))})
            self.wfile.write(body)
        elif path == "/hostile-title":
            body = b'<html><head><title>&lt;img src="file:///dev/zero"&gt; Acme</title></head><body><p>Acme may.</p>'
            self._head(200, {"Content-Type": "text/html", "Content-Length": str(len(body))})
            self.wfile.write(body)
        else:
            self._head(404, {"Content-Length": "0"})

    def _head(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()

    def _drip(self, data: bytes, pause: float) -> None:
        for byte in data:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(pause)

    def log_message(self, *args):
        pass


def _special_files(scratch: Path) -> dict[str, Path]:
    folder = scratch / "special"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    made: dict[str, Path] = {}

    def link(name: str, target: str) -> None:
        if os.path.exists(target) or target.startswith("/nonexistent"):
            (folder / name).symlink_to(target)
            made[name] = folder / name

    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        made["pipe.txt"] = folder / "pipe.txt"
    link("zero.txt", "/dev/zero")
    link("urandom.html", "/dev/urandom")
    link("null.md", "/dev/null")
    link("tty.txt", "/dev/tty")
    link("dangling.txt", "/nonexistent/file.txt")
    link("maps.txt", "/proc/self/maps")  # a regular file whose size says 0
    (folder / "folder.txt").mkdir()
    made["folder.txt"] = folder / "folder.txt"
    if hasattr(socket, "AF_UNIX"):
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(folder / "socket.txt"))
        made["socket.txt"] = folder / "socket.txt"
    return made


def scenarios(scratch: Path, base: str) -> list[tuple[str, float, Callable]]:
    """(name, seconds it may take, function(library) -> (outcome, detail))."""
    from reader_app.services import importing

    def import_one(item, *, expect: str, timeout: float = DEADLINE_S, cancel_after: float | None = None):
        def run(library):
            cancelled = None
            if cancel_after is not None:
                pressed = threading.Event()
                threading.Timer(cancel_after, pressed.set).start()
                cancelled = pressed.is_set
            if isinstance(item, str):
                try:
                    read = importing.read_url(item, cancelled, timeout=timeout)
                except importing.ImportCancelled:
                    return ("cancelled", "") if expect == "cancelled" else ("crash", "unexpected cancel")
                if not isinstance(read, importing.ImportItem):
                    read = importing.store_document(library, read[0], source_path=read[1])
                item_result = read
            else:
                item_result = importing.import_file(library, item)  # the file itself, even a folder named .txt
            message = item_result.message
            if "\n" in message or (item_result.status == importing.FAILED and not message.strip()):
                return "bad message", message[:200]
            outcome = "refused" if item_result.status == importing.FAILED else "accepted"
            if expect not in ("any", outcome):
                return "wrong outcome", f"expected {expect}, got {outcome}: {message[:160]}"
            return outcome, message[:160]

        return run

    found: list[tuple[str, float, Callable]] = []
    for name, path in _special_files(scratch).items():
        expect = "any" if name == "maps.txt" else "refused"
        found.append((f"special file {name}", 2.0, import_one(path, expect=expect)))
    urls = {
        "/drip": "refused",
        "/stall": "refused",
        "/slow-headers": "refused",
        "/short": "refused",
        "/chunked-broken": "refused",
        "/endless": "refused",
        "/huge-declared": "refused",
        "/to-file": "refused",
        "/to-js": "refused",
        "/to-data": "refused",
        "/to-ftp": "refused",
        "/to-loop": "refused",
        "/untyped": "accepted",
        "/untyped-binary": "refused",
        "/hostile-title": "accepted",
    }
    for path, expect in urls.items():
        found.append((f"server {path}", DEADLINE_S + 1.0, import_one(base + path, expect=expect)))
    found.append(
        ("cancel during /drip", 1.5, import_one(base + "/drip", expect="cancelled", timeout=30, cancel_after=0.3))
    )
    found.append(("disk full (max_page_count)", 5.0, _disk_full_pages))
    found.append(("disk full (real tmpfs)", 10.0, _disk_full_tmpfs(scratch)))
    return found


def _disk_full_pages(library):
    from reader_app.services import annotating
    from reader_app.storage.write_guard import DiskFullError

    article_id = _an_article(library)
    pages = library.db.execute_sql("PRAGMA page_count").fetchone()[0]
    library.db.execute_sql(f"PRAGMA max_page_count = {pages}")
    try:
        annotating.tag_selection(library, article_id, "company", 0, 20000)
    except DiskFullError as exc:
        outcome = ("refused", str(exc)[:160]) if "the disk is full" in str(exc) else ("bad message", str(exc)[:200])
    else:
        outcome = ("crash", "a write to a full library was acknowledged")
    finally:
        library.db.execute_sql("PRAGMA max_page_count = 1073741823")
    return outcome


def _disk_full_tmpfs(scratch: Path):
    def run(_library):
        if sys.platform != "linux" or os.geteuid() != 0:
            return "skipped", "needs Linux and root to mount a tmpfs"
        from reader_app.services import annotating
        from reader_app.storage import open_library
        from reader_app.storage.write_guard import DiskFullError

        mount = scratch / "small-disk"
        mount.mkdir(exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
        if done.returncode != 0:
            return "skipped", "mounting a tmpfs is not permitted here"
        try:
            library = open_library(mount / "library.sqlite3")
            try:
                article_id = _an_article(library)
                kept = annotating.tag_selection(library, article_id, "company", 0, 10)
                filler = _fill(mount)
                try:
                    annotating.tag_selection(library, article_id, "company", 0, 40000)
                except DiskFullError as exc:
                    outcome = ("refused", str(exc)[:160])
                except Exception as exc:
                    outcome = ("bad message", f"{type(exc).__name__}: {exc}"[:200])
                else:
                    outcome = ("crash", "a write to a full disk was acknowledged")
                filler.unlink()
                rows = library.db.execute_sql("SELECT id FROM annotation").fetchall()
                if [r[0] for r in rows] != [kept.id]:
                    outcome = ("lost", f"annotations after the full disk: {rows}")
            finally:
                library.close()
        finally:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        return outcome

    return run


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    block = b"\0" * 4096
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError:
                if len(block) == 1:
                    break
                block = block[: len(block) // 2]
    finally:
        os.close(fd)
    return filler


def _an_article(library) -> int:
    from reader_app.storage import articles as article_store

    with library.atomic():
        return article_store.insert(
            {
                "title": "Scenario",
                "text": "Acme may buy Beta. " * 3000,
                "content_hash": f"scenario-{time.monotonic_ns()}",
                "imported_at": "2026-01-01T00:00:00Z",
            }
        )


def run_scenarios(scratch: Path, start: int) -> int:
    """The child: one JSON line per scenario ({"begin": i} first), then the annotations check."""
    from reader_app.services import annotating
    from reader_app.storage import open_library

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    library = open_library(scratch / "scenarios.sqlite3")
    # Annotations made before the hostile inputs: every one must still be there afterwards.
    if start == 0:
        article_id = _an_article(library)
        for offset in range(0, 200, 20):
            annotating.tag_selection(library, article_id, "company", offset, offset + 4)

    def alarm(_signum, _frame):
        raise _Hang()

    signal.signal(signal.SIGALRM, alarm)
    found = scenarios(scratch, base)
    print(json.dumps({"total": len(found)}), flush=True)
    for index, (name, bound, function) in enumerate(found):
        if index < start:
            continue
        print(json.dumps({"begin": index, "name": name}), flush=True)
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, bound + GRACE_S)
        try:
            outcome, detail = function(library)
        except _Hang:
            outcome, detail = "hang", f"still running after {bound + GRACE_S:g} s"
        except Exception as exc:
            outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:300]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        seconds = time.perf_counter() - started
        if outcome not in ("hang", "crash") and seconds > bound:
            outcome, detail = "hang", f"took {seconds:.1f} s, over its {bound:g} s bound ({detail})"
        row = {"i": index, "name": name, "outcome": outcome, "seconds": round(seconds, 2), "detail": detail}
        print(json.dumps(row), flush=True)
    first = "SELECT count(*) FROM annotation WHERE article_id = (SELECT min(id) FROM article)"
    count = library.db.execute_sql(first)
    integrity = library.db.execute_sql("PRAGMA integrity_check").fetchone()[0]
    print(json.dumps({"annotations": count.fetchone()[0], "integrity": integrity}), flush=True)
    library.close()
    httpd.shutdown()
    return 0


HOSTILE_TITLES = [
    '<img src="file://{fifo}">',
    "<b><i><u>" * 400 + "deeply nested",
    "<table>" + "<tr><td>" * 300 + "cells",
    '<a href="javascript:alert(1)">link</a> <img src="data:image/png;base64,' + "A" * 4000 + '">',
    '<style>*{{font-size:900pt}}</style><img src="{fifo}" width="99999" height="99999">',
    "\u202e\x07\x1b[31m control and bidi \u2028 line separator",
]


def run_qt(scratch: Path) -> int:
    """The child for hostile titles: the real window, every tooltip and dialog that shows the title; a FIFO
    watched from another process tells whether Qt ever opened the file a title points at."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QSettings, QTimer
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from reader_app.app import create_main_window
    from reader_app.services import importing
    from reader_app.ui import settings
    from reader_app.ui.startup.application import ensure_application

    folder = scratch / "qt"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    fifo = folder / "marker.png"
    os.mkfifo(fifo)
    log = folder / "opened.log"
    watcher = subprocess.Popen([sys.executable, __file__, str(folder), "--watch", str(fifo), str(log)])
    # Settings in the scratch folder (never the user's), with an annotator, or the first tag would ask who tags.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    ensure_application()
    settings.set_annotator_name("fuzz")
    window = create_main_window(folder / "library.sqlite3")
    window.resize(1200, 800)
    window.show()

    def hover(view, index) -> None:
        point = view.visualRect(index).center()
        QApplication.sendEvent(
            view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
        )
        QApplication.processEvents()
        QToolTip.hideText()

    def close_next_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_next_dialog)
        else:
            dialog.reject()

    try:
        for index, template in enumerate(HOSTILE_TITLES):
            title = template.format(fifo=fifo)
            print(json.dumps({"begin": index, "name": f"hostile title {index + 1}"}), flush=True)
            started = time.perf_counter()
            before = log.read_text().count("o") if log.exists() else 0
            try:
                path = folder / f"hostile-{index}.txt"
                body = "Analysts expect more deals this year. " * 60  # a real article's share of plain text
                path.write_text(f"{title}\n\n“{title} may close,” an Acme spokesman said. {body}\n", encoding="utf-8")
                report = importing.import_paths(window.library, [path])
                window.hub.articles_changed.emit()
                window.article_pane.select_article(report.imported_ids[0])
                QApplication.processEvents()
                view = window.article_pane.view
                for row in range(window.article_pane.model.rowCount()):
                    hover(view, view.model().index(row, 0))
                text = window.reader.article.text
                window.reader.select_stored_span(0, min(len(text), 40))
                window.actions.tag["company"].trigger()
                for column in range(window.annotation_list.model.columnCount()):
                    hover(window.annotation_list.view, window.annotation_list.model.index(0, column))
                tree = window.suggestion_panel.view
                tree.expandAll()
                model = tree.model()
                for group in range(model.rowCount()):
                    parent = model.index(group, 0)
                    for row in range(model.rowCount(parent)):
                        hover(tree, model.index(row, 0, parent))
                QTimer.singleShot(20, close_next_dialog)
                window.actions.delete_article.trigger()
                QTimer.singleShot(20, close_next_dialog)
                window.articles.edit_properties()
                window.message_bar.show_message(f"About “{window.reader.article.title}”")
                window.statusBar().showMessage(window.reader.article.title)
                window.repaint()
                QApplication.processEvents()
                time.sleep(0.05)
                opened = (log.read_text().count("o") if log.exists() else 0) - before
                outcome, detail = ("crash", f"Qt opened the file the title names ({opened}×)") if opened else ("ok", "")
            except Exception as exc:
                outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:300]
            seconds = time.perf_counter() - started
            if outcome == "ok" and seconds > 10:
                outcome, detail = "hang", f"took {seconds:.1f} s"
            row = {"i": index, "name": f"hostile title {index + 1}", "outcome": outcome, "seconds": round(seconds, 2)}
            print(json.dumps({**row, "detail": detail}), flush=True)
        count = window.library.db.execute_sql("SELECT count(*) FROM annotation").fetchone()[0]
        print(json.dumps({"annotations_expected": len(HOSTILE_TITLES), "annotations": count}), flush=True)
    finally:
        window.close()
        watcher.kill()
        watcher.wait()
    return 0


def watch(fifo: str, log: str) -> int:
    """Another process: opens the FIFO for writing whenever a reader (Qt) has it open, and notes it."""
    while True:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            time.sleep(0.002)
            continue
        with open(log, "a") as out:
            out.write("o")
        os.close(fd)


def main() -> int:
    scratch = Path(sys.argv[1])
    args = sys.argv[2:]
    if args[:1] == ["--watch"]:
        return watch(args[1], args[2])
    if args[:1] == ["--qt"]:
        return run_qt(scratch)
    start = int(args[1]) if args[:1] == ["--from"] else 0
    return run_scenarios(scratch, start)


if __name__ == "__main__":
    sys.exit(main())
