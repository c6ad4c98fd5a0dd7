"""Importing from a web address, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from reader_app.core.fetch import FetchError, fetch, normalise_url
from reader_app.services import importing
from reader_app.services import library as library_service

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Acme weighs bid | Reader Test Wire</title>
<meta property="og:title" content="Acme weighs a bid for Beta">
<meta property="article:published_time" content="2026-03-12T09:30:00Z">
</head><body><nav>Home | Markets | Tech</nav><article><h1>Acme weighs a bid for Beta</h1>
<p>Acme Corp is considering an offer for Beta Inc, people familiar with the matter said on Tuesday.</p>
<p>"We do not comment on market rumours," an Acme spokeswoman said in a statement to reporters.</p>
<p>Talks are at an early stage and may not lead to a deal, the people said, asking not to be named.</p>
</article><footer>Copyright Reader Test Wire</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict, bytes]]] = {}

    def do_GET(self):
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"missing"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture
def server():
    routes = {
        "/news/acme.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode("utf-8")),
        "/moved": (302, {"Location": "/news/acme.html"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n"),
        "/big": (200, {"Content-Type": "text/html"}, b"<p>x</p>" * 10),
    }
    _Handler.routes = routes
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_imports_with_its_address_and_metadata(library, server):
    item = importing.import_url(library, f"{server}/moved")
    assert item.status == importing.IMPORTED, item.message
    article = library_service.article(library, item.article_id)
    assert article.url.endswith("/news/acme.html")  # the address after the redirect
    assert article.format == "html" and "Acme Corp is considering an offer" in article.text
    assert "Home | Markets" not in article.text[article.body_start : article.body_end]
    assert article.published.startswith("2026-03-12")


def test_bad_addresses_get_clear_messages(library, server):
    cases = {
        f"{server}/missing": "404",
        f"{server}/loop": "redirects",
        f"{server}/image.png": "not a web page",
        "ftp://example.com/a.txt": "not a web address",
        "http://127.0.0.1:9/": "refused",
    }
    for url, expected in cases.items():
        item = importing.import_url(library, url)
        assert item.status == importing.FAILED and expected in item.message, (url, item.message)
    assert library_service.article_count(library) == 0


def test_the_size_cap_holds_on_the_wire(server):
    with pytest.raises(FetchError, match="limit"):
        fetch(f"{server}/big", max_bytes=20)


def test_pasted_addresses_are_normalised():
    assert normalise_url("  example.com/a  ") == "https://example.com/a"
    with pytest.raises(FetchError):
        normalise_url("javascript:alert(1)")


def test_the_cli_and_batch_import_take_urls_beside_files(library, server, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody text.\n", encoding="utf-8")
    report = importing.import_paths(library, [path, f"{server}/news/acme.html"])
    assert [i.status for i in report.items] == [importing.IMPORTED, importing.IMPORTED]
