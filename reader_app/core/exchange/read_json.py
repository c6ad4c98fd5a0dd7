"""Read W3C Web Annotation JSON: our bundle (a collection with articles), or a page, a list or one annotation."""

from __future__ import annotations

import json
from typing import TypeGuard

from reader_app.core.exchange.records import (
    ExchangeFile,
    ExchangeFormatError,
    IncomingAnnotation,
    IncomingArticle,
    check_rows,
)
from reader_app.core.exporters.w3c_json import ARTICLE_IRI_PREFIX
from reader_app.core.text import content_hash


def parse_json(data: bytes, name: str) -> ExchangeFile:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExchangeFormatError(f"{name} is not UTF-8 text (byte {exc.start}); export it again from Reader.") from exc
    except json.JSONDecodeError as exc:
        raise ExchangeFormatError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); nothing was imported."
        ) from exc
    except RecursionError as exc:
        raise ExchangeFormatError(
            f"{name} is nested too deeply to be an annotation file; nothing was imported."
        ) from exc
    items = _items(doc, name)
    problems: list[str] = []
    annotations: list[IncomingAnnotation] = []
    for number, item in enumerate(items, start=1):
        parsed = _annotation(item, number)
        if isinstance(parsed, str):
            problems.append(parsed)
        else:
            annotations.append(parsed)
    check_rows(name, problems, len(items))
    articles = _articles(doc.get("reader:articles", []) if isinstance(doc, dict) else [], name)
    return ExchangeFile("json", tuple(annotations), articles)


def _items(doc, name: str) -> list:
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        kind = doc.get("type")
        if kind == "Annotation":
            return [doc]
        if kind == "AnnotationPage" and isinstance(doc.get("items"), list):
            return doc["items"]
        first = doc.get("first")
        if kind == "AnnotationCollection" and isinstance(first, dict) and isinstance(first.get("items"), list):
            return first["items"]
        if kind == "AnnotationCollection" and first is None:
            return []
    raise ExchangeFormatError(
        f"{name} is JSON but not Web Annotations (no annotation collection, page or list); nothing was imported."
    )


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def _annotation(item, number: int) -> IncomingAnnotation | str:
    where = f"annotation {number}"
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        return f"{where}: not an object of type Annotation"
    target = item.get("target")
    if isinstance(target, list) and len(target) == 1:
        target = target[0]
    if not isinstance(target, dict) or not isinstance(target.get("source"), str):
        return f"{where}: its target has no source"
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)
    if quote is None or _text(quote.get("exact")) in (None, ""):
        return f"{where}: no TextQuoteSelector with the exact text"
    start, end = -1, -1  # no position: placed by its quote alone
    if position is not None:
        start_value, end_value = position.get("start"), position.get("end")
        if not (_whole(start_value) and _whole(end_value) and 0 <= start_value < end_value):
            return f"{where}: its TextPositionSelector needs whole numbers 0 <= start < end"
        start, end = start_value, end_value
    body = item.get("body", [])
    body = body if isinstance(body, list) else [body]
    label, note, fields = "", "", {}
    for part in body:
        if not isinstance(part, dict) or _text(part.get("value")) is None:
            return f"{where}: a body without a text value"
        purpose = part.get("purpose")
        if purpose == "tagging" and not label:
            label = part["value"]
        elif purpose == "commenting":
            note = part["value"]
        elif purpose == "describing" and isinstance(part.get("reader:field"), str):
            fields[part["reader:field"]] = part["value"]
    if not label:
        return f"{where}: no body with purpose 'tagging' naming its label"
    creator = item.get("creator")
    annotator = creator.get("name", "") if isinstance(creator, dict) else ""
    source = target["source"]
    hash_ = source[len(ARTICLE_IRI_PREFIX) :] if source.startswith(ARTICLE_IRI_PREFIX) else ""
    url = _text(target.get("reader:articleUrl")) or ("" if hash_ else source)
    exact = quote["exact"]
    return IncomingAnnotation(
        row=number,
        label=label,
        start=start,
        end=end,
        exact=exact,
        prefix=_text(quote.get("prefix")) or "",
        suffix=_text(quote.get("suffix")) or "",
        note=note,
        fields=fields,
        annotator=annotator if isinstance(annotator, str) else "",
        created_at=_text(item.get("created")) or "",
        updated_at=_text(item.get("modified")) or "",
        anchor_lost=item.get("reader:anchorLost") is True,
        article_hash=hash_,
        article_url=url,
        article_title=_text(target.get("reader:articleTitle")) or "",
        article_published=_text(target.get("reader:articlePublished")) or "",
    )


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _articles(entries, name: str) -> tuple[IncomingArticle, ...]:
    if not isinstance(entries, list):
        raise ExchangeFormatError(f"{name}: 'reader:articles' is not a list; nothing was imported.")
    found = []
    for number, entry in enumerate(entries, start=1):
        text = entry.get("text") if isinstance(entry, dict) else None
        if not isinstance(text, str) or not text:
            raise ExchangeFormatError(f"{name}: bundled article {number} has no text; nothing was imported.")
        values = {k: entry.get(k) for k in ("title", "format", "encoding", "source", "url", "published")}
        values |= {k: entry.get(k) for k in ("byline", "section", "language")}
        if not all(isinstance(v, str) for v in values.values() if v is not None):
            raise ExchangeFormatError(f"{name}: bundled article {number} has a field that is not text.")
        start, end = entry.get("bodyStart", 0), entry.get("bodyEnd", len(text))
        if not (_whole(start) and _whole(end) and 0 <= start <= end <= len(text)):
            start, end = 0, len(text)
        # the hash is recomputed: the text decides which article this is, not what the file claims
        found.append(
            IncomingArticle(
                content_hash=content_hash(text),
                text=text,
                body_start=start,
                body_end=end,
                **{k: v or "" for k, v in values.items()},
            )
        )
    return tuple(found)
