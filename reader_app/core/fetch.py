"""Fetch one article page over HTTP(S) for import: time-limited, size-capped, few redirects, text only.

This is the only module that reaches the network, and only for an address the analyst typed or pasted.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from reader_app import __version__
from reader_app.core.errors import UserError
from reader_app.core.importing import MAX_BYTES, ImportCancelled

_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")
TIMEOUT_S = 20  # for the whole download (connection, headers and body), not for each read
_WATCH_INTERVAL_S = 0.1
_CHUNK = 64 * 1024
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
USER_AGENT = f"Mozilla/5.0 (compatible; Reader/{__version__}; article import)"


class FetchError(UserError):
    """One line for the analyst: names the address and what to do."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str  # the full header value, charset included
    filename: str  # a name for messages and for telling the format apart


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        # urllib refuses other schemes itself, as a bare HTTPError: say which address it was, before it does.
        target = headers.get("Location") or headers.get("URI") or ""
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, target)).scheme.lower()
        if target and scheme not in ("http", "https"):
            shown = target if len(target) <= 80 else target[:77] + "…"
            raise FetchError(
                f"{req.full_url} redirects to a {scheme}: address ({shown}); Reader follows redirects only to "
                "web pages. Open the article's own page instead."
            )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _Watchdog:
    """Ends a download at its deadline or on Cancel, by shutting its socket down from a second thread:
    a socket timeout alone bounds each read, and a server sending one byte at a time never trips it."""

    def __init__(self, deadline: float, cancelled: Callable[[], bool] | None) -> None:
        self.deadline = deadline
        self.cancelled = cancelled
        self.reason = ""  # "deadline" or "cancelled" once it has fired
        self.sockets: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="fetch-watchdog", daemon=True)

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def check(self) -> None:
        """Between reads, on the fetching thread: stop at once once the deadline passed or Cancel was pressed."""
        if not self.reason:
            if self.cancelled is not None and self.cancelled():
                self.reason = "cancelled"
            elif time.monotonic() >= self.deadline:
                self.reason = "deadline"

    def _watch(self) -> None:
        while not self._stop.wait(_WATCH_INTERVAL_S):
            self.check()
            if self.reason:
                for sock in list(self.sockets):
                    # socket.socket's own shutdown, not SSLSocket's: it must not touch the TLS state
                    # that the fetching thread is using; it only makes its blocked read return.
                    with contextlib.suppress(OSError):
                        socket.socket.shutdown(sock, socket.SHUT_RDWR)
                return


def _handlers(watchdog: _Watchdog) -> list:
    """HTTP(S) handlers whose connections register their socket with the watchdog."""

    def watched(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        class Connection(base):  # type: ignore[valid-type, misc]  # one class per watchdog, made here
            def connect(self):
                super().connect()
                watchdog.sockets.append(self.sock)

        return Connection

    http_conn, https_conn = watched(http.client.HTTPConnection), watched(http.client.HTTPSConnection)

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(http_conn, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(https_conn, req, context=self._context)  # type: ignore[attr-defined]

    return [Http(), Https(), _LimitedRedirects()]


def normalise_url(text: str) -> str:
    """Accept what people paste: surrounding spaces, a missing scheme."""
    url = text.strip()
    # "example.com/a" gets https://; "mailto:x" or "javascript:x" (a scheme, not a host:port) does not.
    if url and "://" not in url and not _OTHER_SCHEME.match(url):
        url = "https://" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError(f"“{text.strip()}” is not a web address. Paste an address that starts with https://.")
    return url


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
    cancelled: Callable[[], bool] | None = None,
) -> Fetched:
    """Download one page within timeout seconds in all; ImportCancelled when cancelled() turns true."""
    url = normalise_url(url)
    started = time.monotonic()
    with _Watchdog(started + timeout, cancelled) as watchdog:
        try:
            return _download(url, watchdog, timeout, max_bytes)
        except FetchError:
            raise
        except Exception as exc:
            watchdog.check()
            if watchdog.reason == "cancelled":
                raise ImportCancelled(url) from exc
            if watchdog.reason == "deadline":
                raise FetchError(_deadline_message(url, timeout)) from exc
            raise _translate(url, exc, timeout) from exc


def _download(url: str, watchdog: _Watchdog, timeout: float, max_bytes: int) -> Fetched:
    opener = urllib.request.build_opener(*_handlers(watchdog))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED_TYPES)})
    with opener.open(request, timeout=timeout) as response:
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";")[0].strip().lower()
        if mime and mime not in ACCEPTED_TYPES:
            raise FetchError(f"{url} is {mime}, not a web page or text. Open the article's own page instead.")
        declared = (response.headers.get("Content-Length") or "").strip()
        expected = int(declared) if declared.isdigit() else None
        if expected is not None and expected > max_bytes:
            raise FetchError(f"{url} is {expected / 1e6:.1f} MB, over the {max_bytes // 2**20} MB limit.")
        chunks: list[bytes] = []
        total = 0
        while True:
            watchdog.check()
            if watchdog.reason:
                raise TimeoutError(watchdog.reason)  # turned into its message by fetch()
            chunk = response.read1(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FetchError(f"{url} is over the {max_bytes // 2**20} MB limit.")
        watchdog.check()
        if watchdog.reason:  # the watchdog ended the read: what arrived is not the whole page
            raise TimeoutError(watchdog.reason)
        if expected is not None and total < expected and not response.headers.get("Content-Encoding"):
            raise FetchError(
                f"{url} sent {total:,} of the {expected:,} bytes it announced: the page arrived incomplete. "
                "Try again later."
            )
        final = response.geturl()
    data = b"".join(chunks)
    path = urllib.parse.urlsplit(final).path
    name = path.rsplit("/", 1)[-1] or urllib.parse.urlsplit(final).netloc
    return Fetched(final, data, content_type or _sniffed_type(data, name), name)


def _sniffed_type(data: bytes, name: str) -> str:
    """A server that names no Content-Type: a page that looks like HTML is HTML; otherwise the address's
    suffix decides (.md, .txt), and anything else is read as plain text (binary data is refused later)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<?xml")):
        return "text/html"
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix in ("md", "markdown"):
        return "text/markdown"
    if suffix in ("html", "htm"):
        return "text/html"
    return "text/plain"


def _deadline_message(url: str, timeout: float) -> str:
    return f"{url} did not finish sending the page within {timeout:g} seconds. Try again later."


def _translate(url: str, exc: Exception, timeout: float) -> FetchError:
    if isinstance(exc, urllib.error.HTTPError):
        if 300 <= exc.code < 400:
            return FetchError(f"{url} redirects more than {MAX_REDIRECTS} times; open the final page instead.")
        return FetchError(f"{url}: the server answered {exc.code} {exc.reason}. Check the address.")
    if isinstance(exc, urllib.error.URLError):
        return FetchError(_network_message(url, exc.reason))
    if isinstance(exc, http.client.IncompleteRead):
        return FetchError(f"{url}: the page arrived incomplete (the connection closed early). Try again later.")
    if isinstance(exc, TimeoutError):
        return FetchError(f"{url} did not answer within {timeout:g} seconds. Try again later.")
    if isinstance(exc, (OSError, ValueError, ssl.SSLError, http.client.HTTPException)):
        return FetchError(f"{url} could not be fetched: {exc}.")
    return FetchError(f"{url} could not be fetched ({type(exc).__name__}: {exc}).")


def _network_message(url: str, reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        host = urllib.parse.urlsplit(url).netloc
        return f"Cannot reach {host}: you may be offline, or the address is mistyped."
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{url} did not answer in time. Try again later."
    if isinstance(reason, ConnectionRefusedError):
        return f"{url} refused the connection. Check the address."
    if isinstance(reason, ssl.SSLError):
        return f"{url}: the secure connection failed ({reason}). Check the address or your network."
    return f"{url} could not be fetched ({reason}). Check the address and your connection."
