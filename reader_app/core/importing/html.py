"""HTML pages: the article's main text via trafilatura, metadata from the head, never any network.

trafilatura and lxml parse only the string they are given; no URL is fetched, no script runs and no
entity or DTD is resolved. The raw bytes are kept by the caller for re-extraction.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from dataclasses import dataclass
from functools import lru_cache

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import use_config

from . import plaintext
from .errors import ImportFailure
from .html_meta import head_metadata, strip_site_suffix

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BYLINE_NOISE = re.compile(r"(\s*기자\b|[\w.+-]+@[\w.-]+|^\s*by\s+)", re.IGNORECASE)
_BIG_PAGE = 3_000_000  # characters of markup; news pages are well under 1 MB
_MAX_TREE = 50_000  # elements; article pages have a few thousand, generated dumps far more


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str
    published: str
    byline: str
    source: str
    section: str
    url: str
    language: str
    body_start: int
    body_end: int
    warnings: tuple[str, ...] = ()


def parse_html(markup: str, *, filename: str, url: str = "") -> HtmlArticle:
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses str input that declares bytes
    try:
        tree = _parse(markup)
        head = head_metadata(tree)
        # trafilatura prunes the tree it is given, so it gets a parse of its own.
        extracted = _extract(_parse(markup), len(markup), url or head["url"])
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, RecursionError) as exc:
        raise ImportFailure(
            filename, f"could not be read as HTML ({exc.__class__.__name__})", "save the page again from the browser"
        ) from exc
    warnings: list[str] = []
    text = _tidy(extracted.get("text") or "")
    if not text:
        text = _tidy(_visible_text(tree))
        warnings.append("No article was recognised; the page's whole text was imported.")
    if not text:
        raise ImportFailure(
            filename, "has no readable text (or nests its markup too deeply)", "save the page again from the browser"
        )
    source = head["source"] or extracted.get("sitename") or ""
    title = head["title"] or strip_site_suffix(extracted.get("title") or "", source)
    start, end, byline, signed_source = plaintext.body_span(text, title)
    return HtmlArticle(
        text=text,
        title=title,
        published=head["published"] or extracted.get("date") or "",
        byline=_clean_byline(head["byline"] or byline or extracted.get("author") or ""),
        source=source or signed_source,
        section=head["section"],
        url=url or head["url"] or extracted.get("url") or "",
        language=head["language"] if head["language"] in ("ko", "en") else "",
        body_start=start,
        body_end=end,
        warnings=tuple(warnings),
    )


def _extract(tree: lxml_html.HtmlElement, size: int, url: str) -> dict:
    """trafilatura's main text and metadata, or {} for pages too large to be one article."""
    if sum(1 for _ in tree.iter()) > _MAX_TREE:
        return {}  # trafilatura's fallbacks turn quadratic on such pages; the caller takes all text
    # Past a few MB (mostly inline scripts) the fallback extractors and the date search take long;
    # the head's metadata and the main extractor suffice there.
    big = size > _BIG_PAGE
    found = trafilatura.bare_extraction(
        tree,
        url=url or None,
        fast=big,
        with_metadata=not big,
        include_comments=False,
        include_tables=True,
        config=_config(),
    )
    if found is None:
        return {}
    return found if isinstance(found, dict) else found.as_dict()


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(_MAX_TREE))
    return config


def _parse(markup: str) -> lxml_html.HtmlElement:
    # no_network is lxml's default; it is spelled out because the promise matters here. huge_tree
    # lifts libxml2's nesting limit of 256, which silently drops the text of deeply nested pages;
    # the 20 MB input cap stays the guard against size.
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=True)
    return lxml_html.document_fromstring(markup, parser=parser)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def _visible_text(tree: lxml_html.HtmlElement) -> str:
    for el in tree.iter("script", "style", "noscript", "template"):
        el.text = ""
    body = tree.find("body")
    return (body if body is not None else tree).text_content()


def _clean_byline(value: str) -> str:
    parts = [_BYLINE_NOISE.sub("", p).strip(" ;,") for p in re.split(r"[;,]", value)]
    return ", ".join(p for p in parts if p)
