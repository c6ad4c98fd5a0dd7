"""Downloads are bounded as a whole: a deadline per page, truncated bodies refused, bad redirects named, Cancel
interrupts; against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reader_app.core.fetch import FetchError, fetch
from reader_app.core.importing import ImportCancelled
from reader_app.services import importing
from reader_app.services import library as library_service

_PAGE = b"<html><head><title>Slow news</title></head><body><p>Acme Corp may bid for Beta Inc.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/drip":  # headers at once, then one byte every half second
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(_PAGE)))
            self.end_headers()
            for byte in _PAGE:
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)
            return
        if self.path == "/short":  # announces more than it sends, then closes
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(_PAGE) + 500))
            self.end_headers()
            self.wfile.write(_PAGE)
            self.close_connection = True
            return
        if self.path.startswith("/to-"):
            target = {"/to-file": "file:///etc/passwd", "/to-js": "javascript:alert(1)",
                      "/to-data": "data:text/html,<b>x</b>"}[self.path]  # fmt: skip
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/untyped":  # no Content-Type at all
            body = b"Untyped headline\n\nAcme Corp may bid for Beta Inc, people said.\n"
        elif self.path == "/untyped-page":
            body = _PAGE
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_header(self, keyword, value):
        if self.path.startswith("/untyped") and keyword.lower() == "content-type":
            return
        super().send_header(keyword, value)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _timed(function):
    started = time.monotonic()
    try:
        function()
    finally:
        elapsed = time.monotonic() - started
    return elapsed


def test_a_server_sending_a_byte_every_half_second_hits_the_deadline_for_the_whole_page(server):
    holder: dict = {}

    def run():
        with pytest.raises(FetchError, match="within 2 seconds") as caught:
            fetch(f"{server}/drip", timeout=2)
        holder["message"] = str(caught.value)

    elapsed = _timed(run)
    # Each read gets a byte well within 2 s, so only a deadline for the whole download stops it (the page
    # would need about 50 s to arrive); the bound here is loose on purpose, it only tells the two apart.
    assert elapsed < 20, elapsed
    assert "\n" not in holder["message"]


def test_a_body_shorter_than_its_content_length_is_refused(library, server):
    item = importing.import_url(library, f"{server}/short")
    assert item.status == importing.FAILED and "incomplete" in item.message, item.message
    assert library_service.article_count(library) == 0


@pytest.mark.parametrize(("path", "scheme"), [("/to-file", "file"), ("/to-js", "javascript"), ("/to-data", "data")])
def test_redirects_to_other_schemes_are_refused_with_their_own_message(server, path, scheme):
    with pytest.raises(FetchError) as caught:
        fetch(server + path, timeout=5)
    message = str(caught.value)
    assert f"a {scheme}: address" in message and "more than" not in message, message


def test_a_page_without_content_type_is_read_by_what_it_holds(library, server):
    text = importing.import_url(library, f"{server}/untyped")
    assert text.status == importing.IMPORTED, text.message
    assert library_service.article(library, text.article_id).title == "Untyped headline"
    page = importing.import_url(library, f"{server}/untyped-page")
    assert page.status == importing.IMPORTED, page.message
    article = library_service.article(library, page.article_id)
    assert article.format == "html" and "Acme Corp may bid" in article.text


def test_cancel_interrupts_a_running_download(server):
    pressed = threading.Event()
    threading.Timer(1.0, pressed.set).start()
    with pytest.raises(ImportCancelled):
        fetch(f"{server}/drip", timeout=60, cancelled=pressed.is_set)


def test_cancel_during_a_download_stops_the_batch(library, server, tmp_path):
    path = tmp_path / "after.txt"
    path.write_text("After\n\nBody.\n", encoding="utf-8")
    pressed = threading.Event()
    threading.Timer(1.0, pressed.set).start()
    report = importing.import_paths(library, [f"{server}/drip", path], cancelled=pressed.is_set)
    assert report.cancelled and report.items == []
    assert library_service.article_count(library) == 0


def test_a_refused_connection_still_says_so(library):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    item = importing.import_url(library, f"http://127.0.0.1:{port}/")
    assert item.status == importing.FAILED and "refused" in item.message
