"""Cancel interrupts the item the worker is on, and closing the window during an import stops and joins it."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _Drip(BaseHTTPRequestHandler):
    """A page that takes about a minute to arrive: one byte every half second."""

    def do_GET(self):
        body = b"<html><head><title>Drip</title></head><body><p>" + b"x" * 200 + b"</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for byte in body:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.5)

    def log_message(self, *args):
        pass


@pytest.fixture
def drip_url():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/drip.html"
    httpd.shutdown()
    httpd.server_close()


def _wait_until_on_the_download(qtbot, window, url):
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().endswith("drip.html"), timeout=10000)
    time.sleep(0.3)  # the worker is now inside the download, past the progress signal


def test_cancel_interrupts_a_download_in_progress(qtbot, make_window, tmp_path, drip_url):
    after = tmp_path / "after.txt"
    after.write_text("After\n\nBody.\n", encoding="utf-8")
    window = make_window(tmp_path / "lib.sqlite3")
    window.import_paths([drip_url, after])
    _wait_until_on_the_download(qtbot, window, drip_url)
    # Well inside the page's minute and the 20 s download deadline: only an interrupted item ends this soon.
    with qtbot.waitSignal(window.hub.articles_changed, timeout=8000):
        window.cancel_button.click()
    report = window.last_import_report
    assert report.cancelled and report.items == []


def test_closing_the_window_during_a_download_stops_and_joins_the_worker(qtbot, make_window, tmp_path, drip_url):
    window = make_window(tmp_path / "lib.sqlite3")
    job = window.import_paths([drip_url])
    finished = []
    job.finished.connect(lambda: finished.append(True))
    _wait_until_on_the_download(qtbot, window, drip_url)
    running_before = job.isRunning()
    window.close()
    assert running_before
    assert not job.isRunning()  # joined: no "QThread: Destroyed while thread is still running" abort
