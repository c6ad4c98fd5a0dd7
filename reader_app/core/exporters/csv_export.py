"""Annotations as CSV for Excel: UTF-8 with BOM, RFC 4180 quoting, one row per annotation."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader_app.core.atomic_write import open_atomically
from reader_app.core.model import Annotation, Article

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
)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def row_for(annotation: Annotation, article: Article) -> dict[str, str]:
    fields: Mapping[str, str] = annotation.fields
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


def write_csv(path: Path, rows: Iterable[Mapping[str, str]]) -> int:
    """Write the CSV render_csv makes, streaming row by row (bounded memory at any size); returns the row count."""
    count = 0
    with open_atomically(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="", write_through=False)
        # The same cells as render_csv's DictWriter, as lists: a dict per row costs a third of a 1M-row export.
        writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writerows = writer.writerows
        batch: list[list[str]] = []
        for row in rows:
            batch.append([_cell(row.get(k)) for k in COLUMNS])
            if len(batch) == 1000:
                writerows(batch)
                count += len(batch)
                batch.clear()
        writerows(batch)
        count += len(batch)
        text.flush()
        text.detach()  # leave the handle open for open_atomically to fsync and close
    return count
