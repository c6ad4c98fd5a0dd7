"""Fetch one article page over HTTP(S) for import: time-limited, size-capped, few redirects, text only.

This is the only module that reaches the network, and only for an address the analyst typed or pasted.
"""

from __future__ import annotations

import re
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from reader_app import __version__
from reader_app.core.errors import UserError
from reader_app.core.importing import MAX_BYTES

_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")
TIMEOUT_S = 20
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

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{req.full_url} redirects to {newurl}, which is not a web address.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


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


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    url = normalise_url(url)
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED_TYPES)})
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            mime = content_type.split(";")[0].strip().lower()
            if mime and mime not in ACCEPTED_TYPES:
                raise FetchError(f"{url} is {mime}, not a web page or text. Open the article's own page instead.")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url} is {int(declared) / 1e6:.1f} MB, over the {max_bytes // 2**20} MB limit.")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"{url} is over the {max_bytes // 2**20} MB limit.")
            final = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times; open the final page instead.") from exc
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}. Check the address.") from exc
    except urllib.error.URLError as exc:
        raise FetchError(_network_message(url, exc.reason)) from exc
    except TimeoutError as exc:
        raise FetchError(f"{url} did not answer within {timeout:g} seconds. Try again later.") from exc
    except (OSError, ValueError, ssl.SSLError) as exc:
        raise FetchError(f"{url} could not be fetched: {exc}.") from exc
    path = urllib.parse.urlsplit(final).path
    name = path.rsplit("/", 1)[-1] or urllib.parse.urlsplit(final).netloc
    return Fetched(final, data, content_type, name)


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
