"""Importing through the window: drag and drop, progress with Cancel, the summary of failures."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reader_app.ui.controllers.imports import dropped_items


def test_dropping_files_imports_them(qtbot, make_window, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_text("Dropped headline\n\nAcme Corp may buy Beta Inc.\n", encoding="utf-8")
    window = make_window(tmp_path / "lib.sqlite3")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl("ftp://example.com/x.txt")])
    assert dropped_items(mime) == [path]
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.dropEvent(event)
    assert window.reader.article.title == "Dropped headline"


def test_links_from_a_browser_are_accepted_as_web_addresses():
    mime = QMimeData()
    mime.setUrls([QUrl("https://news.example.com/a.html"), QUrl("mailto:someone@example.com")])
    assert dropped_items(mime) == ["https://news.example.com/a.html"]


def test_a_batch_shows_progress_and_names_each_failure(qtbot, make_window, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(3):
        (folder / f"good{i}.txt").write_text(f"Title {i}\n\nBody {i}.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    values = []
    window.progress.valueChanged.connect(values.append)
    window.import_paths([folder])
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    # The import's own report, not any articles_changed: the window's watch on other connections' commits
    # (controllers/external_changes.py) may announce the worker's first commits while the batch still runs.
    qtbot.waitUntil(lambda: window.last_import_report is not None, timeout=20000)
    assert values[-1] == 4 and window.progress.maximum() == 4
    assert not window.progress.isVisible()
    assert window.last_import_report.count("imported") == 3
    assert "empty.txt" in window.message_bar.text and "1 failed" in window.message_bar.text
    assert window.article_pane.model.rowCount() == 3


class _SlowPage(BaseHTTPRequestHandler):
    """Answers after a pause, so the worker is surely busy on this item when Cancel is pressed."""

    def do_GET(self):
        time.sleep(1.0)
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_cancel_stops_between_files_and_keeps_what_was_imported(qtbot, make_window, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    files = []
    for i in range(40):
        files.append(folder / f"a{i:02}.txt")
        files[-1].write_text(f"Title {i}\n\nBody number {i}.\n", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    slow = f"http://127.0.0.1:{server.server_address[1]}/slow.html"
    window = make_window(tmp_path / "lib.sqlite3")
    # The progress bar follows the worker; pressing Cancel when it shows 5 is what an analyst would do.
    # Item 5 is a page that takes a second to answer, so the worker cannot have finished the batch by then.
    window.progress.valueChanged.connect(lambda done: window.cancel_button.click() if done == 5 else None)
    try:
        with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
            window.import_paths([*files[:5], slow, *files[5:]])
    finally:
        server.shutdown()
        server.server_close()
    report = window.last_import_report
    assert report.cancelled and report.count("imported") == 5
    # The slow page is interrupted while it is being fetched (not waited for): it leaves no item behind.
    assert [i.status for i in report.items] == ["imported"] * 5
    assert window.article_pane.model.rowCount() == 5
