"""The import entry points: bytes or a file in, a ParsedDocument or an ImportFailure out."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reader_app.core.model import ParsedDocument
from reader_app.core.text import guess_language

from . import markdown_meta, plaintext, textnorm
from .dates import normalise_iso
from .decoding import decode
from .errors import MAX_BYTES, SUPPORTED_SUFFIXES, ImportFailure
from .html import parse_html
from .reading import read_regular_file

_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_CONTENT_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "md", "text/plain": "txt"}
# Signatures of files people pick by mistake, so the message can say what the file really is.
_SIGNATURES = (
    (b"%PDF", "a PDF document", "copy its text into a .txt file"),
    (b"PK\x03\x04", "a ZIP archive or an Office document", "save the article as .txt or .html"),
    (b"\xd0\xcf\x11\xe0", "an old Office or HWP document", "save the article as .txt"),
    (b"{\\rtf", "an RTF document", "save the article as .txt"),
    (b"\x89PNG", "a PNG image", "import the article text instead"),
    (b"\xff\xd8\xff", "a JPEG image", "import the article text instead"),
    (b"GIF8", "a GIF image", "import the article text instead"),
    (b"\x7fELF", "a program", "choose an article file"),
    (b"MZ", "a Windows program", "choose an article file"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first"),
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)


def parse_file(
    path: Path, *, encoding: str | None = None, cancelled: Callable[[], bool] | None = None
) -> ParsedDocument:
    """Read and parse one regular file, never more than the byte limit; cancelled() is polled while reading."""
    path = Path(path)
    name = path.name or str(path)
    _format_for(name, "")
    data = read_regular_file(path, name=name, cancelled=cancelled)
    return parse_bytes(data, filename=name, encoding=encoding)


def parse_bytes(
    data: bytes, *, filename: str, encoding: str | None = None, url: str = "", content_type: str = ""
) -> ParsedDocument:
    """Parse an article's bytes; filename (its suffix) or content_type says which format it is."""
    name = Path(filename).name or filename
    fmt = _format_for(name, content_type)
    if not data:
        raise ImportFailure(name, "is empty", "check that the file was saved completely")
    if len(data) > MAX_BYTES:
        raise ImportFailure(name, f"is over the {MAX_BYTES // 2**20} MB limit", "import only the article")
    _refuse_binary(data, name)
    declared = _declared_charset(data, content_type) if fmt == "html" else None
    decoded = decode(data, filename=name, chosen=encoding, declared=declared)
    text = textnorm.normalise_newlines(decoded.text)
    text, composed = textnorm.compose(text)
    textnorm.check_textual(text, name)
    warnings = list(decoded.warnings) + ([textnorm.COMPOSED_WARNING] if composed else [])
    if fmt == "html":
        return _html_document(text, data, name, url, decoded.encoding, warnings)
    # Every format keeps its original bytes: "Reopen with encoding…" decodes them again.
    return replace(_text_document(text, fmt, url, decoded.encoding, warnings, name), raw=data)


def _html_document(text: str, data: bytes, name: str, url: str, encoding: str, warnings: list[str]) -> ParsedDocument:
    page = parse_html(text, filename=name, url=url)
    return ParsedDocument(
        text=page.text,
        title=page.title or _fallback_title(page.text, name),
        format="html",
        encoding=encoding,
        source=page.source,
        url=page.url,
        published=page.published,
        byline=page.byline,
        section=page.section,
        # The text decides: templates often leave lang="en" on Korean pages.
        language=guess_language(page.text) or page.language,
        body_start=page.body_start,
        body_end=page.body_end,
        raw=data,
        warnings=(*warnings, *page.warnings),
    )


def _text_document(text: str, fmt: str, url: str, encoding: str, warnings: list[str], name: str) -> ParsedDocument:
    """.txt and .md: the stored text is the decoded file; front matter (Markdown) overrides the guesses."""
    front = markdown_meta.read_front_matter(text) if fmt == "md" else markdown_meta.FrontMatter()
    fields = front.fields
    layout = plaintext.analyse(text[front.end :], offset=front.end)
    title = layout.title
    if fmt == "md":
        heading = markdown_meta.heading_title(title)
        if fields.get("title") and not heading and title != fields["title"]:
            # The first line is prose, not a headline: the body starts right after the front matter.
            start, end, _, _ = plaintext.body_span(text[front.end :])
            layout = plaintext.PlainLayout(body_start=front.end + start, body_end=front.end + end)
        title = heading or title
    language = fields.get("language", "").lower()[:2]
    return ParsedDocument(
        text=text,
        title=fields.get("title") or title or _fallback_title(text, name),
        format=fmt,
        encoding=encoding,
        source=fields.get("source") or layout.source,
        url=url or fields.get("url", ""),
        published=normalise_iso(fields.get("published", "")) or layout.published,
        byline=fields.get("byline") or layout.byline,
        section=fields.get("section") or layout.section,
        language=language if language in ("ko", "en") else guess_language(text[front.end :]),
        body_start=layout.body_start,
        body_end=layout.body_end,
        warnings=tuple(warnings),
    )


def _format_for(name: str, content_type: str) -> str:
    """The format: a server's HTML content type first (URLs end in .php or nothing), then the suffix."""
    mime = content_type.split(";")[0].strip().lower()
    suffix = Path(name).suffix.lower()
    if _CONTENT_TYPES.get(mime) == "html":
        return "html"
    if suffix in _FORMATS:
        return _FORMATS[suffix]
    if mime in _CONTENT_TYPES:
        return _CONTENT_TYPES[mime]
    if mime:
        raise ImportFailure(name, f"pages of type {mime} are not supported", "open a news article page")
    shown = f"'{suffix}' files" if suffix else "files without a suffix"
    raise ImportFailure(name, f"{shown} are not supported", f"save the article as {', '.join(SUPPORTED_SUFFIXES)}")


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what, fix in _SIGNATURES:
        if data.startswith(magic):
            raise ImportFailure(name, f"is {what}, not text", fix)


def _declared_charset(data: bytes, content_type: str) -> str | None:
    match = _HEADER_CHARSET.search(content_type)
    if match:
        return match.group(1)
    meta = _META_CHARSET.search(data[:8192])  # HTML requires the declaration in the first 1024 bytes
    return meta.group(1).decode("ascii", "replace") if meta else None


def _fallback_title(text: str, name: str) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return first[:200] or Path(name).stem
