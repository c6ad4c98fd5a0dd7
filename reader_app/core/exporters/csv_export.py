"""Annotations as CSV for Excel: UTF-8 with BOM, RFC 4180 quoting, one row per annotation."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader_app.core.atomic_write import write_bytes_atomically
from reader_app.core.model import Annotation, Article, Label

COLUMNS = (
    "article_title",
    "label",
    "text",
    "start",
    "end",
    "note",
    "company",
    "speaker",
    "cue",
    "article_source",
    "article_url",
    "article_published",
    "annotator",
    "created_at",
    "article_id",
    "annotation_id",
    # Added with the analyst's own labels (at the end, so existing column positions stay put).
    "label_name",
    "field_name",
    "field_value",
)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def row_for(annotation: Annotation, article: Article, label: Label | None = None) -> dict[str, str]:
    """One CSV row; `label` (the annotation's) gives the analyst's name for it and its field, user labels too."""
    fields: Mapping[str, str] = annotation.fields
    field_key = label.field_key if label is not None else None
    return {
        "article_title": article.title,
        "label": annotation.label,
        "text": annotation.text,
        "start": str(annotation.start),
        "end": str(annotation.end),
        "note": annotation.note,
        "company": fields.get("canonical", ""),
        "speaker": fields.get("speaker", ""),
        "cue": fields.get("cue", ""),
        "article_source": article.source,
        "article_url": article.url,
        "article_published": article.published,
        "annotator": annotation.annotator,
        "created_at": annotation.created_at,
        "article_id": str(article.id),
        "annotation_id": str(annotation.id),
        "label_name": label.display_name if label is not None else annotation.label,
        "field_name": (label.field_title or "") if field_key else "",
        "field_value": fields.get(field_key, "") if field_key else "",
    }


def render_csv(rows: Iterable[Mapping[str, str]]) -> bytes:
    """CSV bytes: BOM first so Excel reads UTF-8, CRLF line ends as RFC 4180 asks.

    Text cells are written exactly as stored (offsets must keep pointing at them), so formula-looking cells
    are not prefixed; Excel opens CSV cells as text only on import, which the README explains.
    """
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in COLUMNS})
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, rows: Iterable[Mapping[str, str]]) -> None:
    write_bytes_atomically(path, render_csv(rows))
