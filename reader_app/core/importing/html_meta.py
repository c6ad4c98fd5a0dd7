"""Article metadata from an HTML page's head: <meta>, Open Graph, JSON-LD, <title>, canonical link."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from lxml import html as lxml_html

from .dates import normalise_iso

_MAX_JSON_LD = 500_000  # characters; a JSON-LD block larger than this is not article metadata
_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting")


def head_metadata(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """title, published, byline, source, section, url, language; each "" when the page does not say."""
    meta = _meta_tags(tree)
    ld = _json_ld_article(tree)
    title_tag = " ".join((tree.findtext(".//title") or "").split())
    # The publisher names the publication; og:site_name is sometimes an edition ("U.S.") or a brand.
    source = _first(_name(ld.get("publisher")), meta.get("og:site_name"), meta.get("application-name"))
    title = _first(_text(ld.get("headline")), meta.get("og:title"), meta.get("twitter:title"), title_tag)
    return {
        "title": strip_site_suffix(title, source),
        "published": normalise_iso(
            _first(
                _text(ld.get("datePublished")),
                meta.get("article:published_time"),
                meta.get("og:article:published_time"),
                meta.get("datepublished"),
                meta.get("pubdate"),
                meta.get("publishdate"),
                meta.get("dc.date.issued"),
                meta.get("dcterms.created"),
                meta.get("date"),
            )
        ),
        "byline": _first(
            _name(ld.get("author")),
            meta.get("author"),
            meta.get("byline"),
            meta.get("dc.creator"),
            _not_url(meta.get("article:author")),
        ),
        "source": source,
        "section": _first(_text(ld.get("articleSection")), meta.get("article:section")),
        "url": _absolute(_first(_canonical(tree), meta.get("og:url"), _text(ld.get("url"))), meta.get("og:url")),
        "language": (tree.get("lang") or "").split("-")[0].lower(),
    }


def strip_site_suffix(title: str, source: str) -> str:
    """ "Headline - California Globe" → "Headline" when the suffix is the site's name."""
    if not source:
        return title
    for sep in (" | ", " - ", " – ", " — ", " :: ", " : "):
        head, found, tail = title.rpartition(sep)
        if found and head and tail.strip().casefold() == source.strip().casefold():
            return head.strip()
    return title


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = " ".join((el.get("content") or "").split())
        if key and value and key not in found:  # the first occurrence is the page's own
            found[key] = value
    return found


def _json_ld_article(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = el.text or ""
        if len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue  # pages ship broken JSON-LD often enough; the other sources remain
        for obj in _objects(data, depth=0):
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                return obj
    return {}


def _objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:  # JSON-LD nests shallowly; bound the walk for hostile pages
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, str):
        return " ".join(value.split())
    return ""


def _name(value: Any) -> str:
    """A schema.org Person/Organization (or a list of them, or a plain string) as display names."""
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _not_url(_text(value))


def _not_url(value: str | None) -> str:
    return "" if not value or value.startswith(("http://", "https://", "/")) else value


def _canonical(tree: lxml_html.HtmlElement) -> str:
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return el.get("href").strip()
    return ""


def _absolute(url: str, base: str | None) -> str:
    """Resolve a relative canonical link against og:url; drop it if it stays relative."""
    if url.startswith(("http://", "https://")):
        return url
    joined = urljoin(base or "", url)
    return joined if joined.startswith(("http://", "https://")) else ""


def _first(*values: str | None) -> str:
    return next((v.strip() for v in values if v and v.strip()), "")
