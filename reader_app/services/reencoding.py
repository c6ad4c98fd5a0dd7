"""Reopen an article with another text encoding, keeping its annotations attached to their text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader_app.core.anchoring import anchor_for, reanchor
from reader_app.core.importing import ImportFailure, parse_bytes
from reader_app.core.text import content_hash
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store

# Offered in the menu; any name Python's codecs know is accepted too.
COMMON_ENCODINGS = ("utf-8", "cp949", "euc-kr", "utf-16", "cp1252", "latin-1", "shift_jis", "gb18030", "big5")


@dataclass(frozen=True)
class ReencodeResult:
    encoding: str
    kept: int  # annotations found again
    lost: int  # annotations whose text is gone: kept, flagged, never deleted


@uses_library
def reopen_with_encoding(library: Library, article_id: int, encoding: str) -> ReencodeResult:
    article = article_store.get(article_id)
    if article is None:
        raise UserError(f"Article {article_id} no longer exists.")
    raw = article_store.raw_bytes(article_id)
    if raw is None:
        raise UserError(
            f"“{article.title}” was imported without its original bytes, so it cannot be decoded again. "
            "Import the file again instead."
        )
    name = Path(article.source_path).name if article.source_path else f"article.{article.format}"
    try:
        doc = parse_bytes(raw, filename=name, encoding=encoding, url=article.url)
    except ImportFailure as exc:
        raise UserError(str(exc)) from exc
    except LookupError as exc:
        raise UserError(f"“{encoding}” is not an encoding Reader knows. Choose one from the list.") from exc
    kept = lost = 0
    with library.atomic():
        digest = content_hash(doc.text)
        other = article_store.id_for_hash(digest)
        if other is not None and other != article_id:
            raise UserError(f"Decoded as {encoding}, this article is the same as article {other} in the library.")
        article_store.update_fields(
            article_id,
            {
                "text": doc.text,
                "encoding": doc.encoding,
                "content_hash": digest,
                "body_start": doc.body_start,
                "body_end": len(doc.text) if doc.body_end is None else doc.body_end,
            },
        )
        for annotation in annotation_store.for_article(article_id):
            span = reanchor(doc.text, annotation.text, annotation.prefix, annotation.suffix, annotation.start)
            if span is None:
                lost += 1
                start = min(annotation.start, max(len(doc.text) - 1, 0))
                end = min(max(annotation.end, start + 1), len(doc.text))
                annotation_store.update_span(annotation.id, start, end, annotation.prefix, annotation.suffix, True)
                continue
            kept += 1
            anchor = anchor_for(doc.text, *span)
            annotation_store.update_span(annotation.id, span[0], span[1], anchor.prefix, anchor.suffix, False)
    return ReencodeResult(doc.encoding, kept, lost)
