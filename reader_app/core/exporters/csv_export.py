"""Annotations as CSV for spreadsheets: one row per annotation, RFC 4180, written as the rows stream in.

The column list is a contract (README "CSV columns"; tests/core/test_csv_columns_documented.py): columns are
only ever appended, never renamed or reordered, so a colleague's spreadsheet formulas keep working.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader_app.core.atomic_write import open_atomically
from reader_app.core.exporters.cells import neutralise
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
    "article_hash",
    "updated_at",
    "prefix",
    "suffix",
    # the analyst's own labels: the label as they named it, and its field
    "label_name",
    "field_name",
    "field_value",
)
# Written as bare numbers, so a spreadsheet sorts and computes with them; every other column is text.
NUMERIC_COLUMNS = frozenset({"start", "end", "article_id", "annotation_id"})


def row_for(annotation: Annotation, article: Article, label: Label | None = None) -> dict[str, str]:
    """The stored values of one row; cell formatting (formula guard) happens when it is written.

    `label` (the annotation's) gives the analyst's name for it and its field, their own labels' too.
    """
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
        "article_hash": article.content_hash,
        "updated_at": annotation.updated_at,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        "label_name": label.display_name if label is not None else annotation.label,
        "field_name": (label.field_title or "") if field_key and label is not None else "",
        "field_value": fields.get(field_key, "") if field_key else "",
    }


def cells_for(row: Mapping[str, object]) -> list[str]:
    """One row as written: numbers bare, every text cell through the formula guard."""
    cells = []
    for column in COLUMNS:
        value = row.get(column)
        text = "" if value is None else str(value)
        cells.append(text if column in NUMERIC_COLUMNS else neutralise(text))
    return cells


def _write(handle, rows: Iterable[Mapping[str, object]]) -> int:
    writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(cells_for(row))
        count += 1
    return count


def render_csv(rows: Iterable[Mapping[str, object]], *, bom: bool = True) -> bytes:
    """The whole CSV in memory (small exports and tests); write_csv streams instead."""
    buffer = io.StringIO(newline="")
    _write(buffer, rows)
    return buffer.getvalue().encode("utf-8-sig" if bom else "utf-8")


def write_csv(path: Path, rows: Iterable[Mapping[str, object]], *, bom: bool = True) -> int:
    """Stream rows into `path` atomically; returns how many were written.

    bom: a UTF-8 byte-order mark first, so Excel reads Korean correctly; off for tools that dislike it.
    """
    with open_atomically(path, honour_umask=True) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=False)
        count = _write(text, rows)
        text.flush()
        text.detach()  # leave the raw handle to open_atomically, which syncs and closes it
    return count
