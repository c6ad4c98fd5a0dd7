"""Annotations as CSV for spreadsheets: one row per annotation, RFC 4180, written as the rows stream in.

The column list is a contract (README "CSV columns"; tests/core/test_csv_columns_documented.py): columns are
only ever appended, never renamed or reordered, so a colleague's spreadsheet formulas keep working.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from operator import itemgetter
from pathlib import Path

from reader_app.core.atomic_write import open_atomically
from reader_app.core.exporters.cells import FORMULA_STARTS, GUARD, neutralise
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

# What the storage layer's export query yields per annotation, in this order (`fields` is the stored JSON):
# records become cells without building an Annotation, an Article or a dict per row, which cost an export of a
# million annotations four times the plain SELECT.
RECORD = (
    "article_title",
    "label",
    "text",
    "start",
    "end",
    "note",
    "fields",
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
)
_TEXT_CELLS = tuple(i for i, column in enumerate(COLUMNS) if column not in NUMERIC_COLUMNS)
_GUARDED_FIRST = frozenset((*FORMULA_STARTS, GUARD))  # every formula start is one character
_SEPARATOR = "\x1f"
_GUARDED_AFTER_SEPARATOR = re.compile(_SEPARATOR + "[" + re.escape("".join(_GUARDED_FIRST)) + "]")
_FIELDS_CACHE_SIZE = 4096  # distinct `fields` JSON texts kept parsed (canonical names repeat across a library)


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


def _label_columns(name: str, label: Label | None) -> tuple[str, str, str | None]:
    """label_name, field_name and the field's key for one label, as row_for gives them."""
    field_key = label.field_key if label is not None else None
    display = label.display_name if label is not None else name
    return display, (label.field_title or "") if field_key and label is not None else "", field_key


def cells_for_records(records: Iterable[tuple], labels: Mapping[str, Label]) -> Iterator[list]:
    """Rows as written, straight from RECORD tuples: the same cells as cells_for(row_for(...)), byte for byte.

    `labels` maps a label's name to its Label (None or missing: the name stands for itself, no field).
    """
    by_label: dict[str, tuple[str, str, str | None]] = {}
    parsed: dict[str, Mapping] = {}
    guarded, text_cells = _GUARDED_FIRST, _TEXT_CELLS
    pick_text, has_guarded = itemgetter(*_TEXT_CELLS), _GUARDED_AFTER_SEPARATOR.search
    for record in records:
        label, fields_json = record[1], record[6] or "{}"
        columns = by_label.get(label)
        if columns is None:
            columns = by_label[label] = _label_columns(label, labels.get(label))
        display, field_title, field_key = columns
        fields = parsed.get(fields_json)
        if fields is None:
            if len(parsed) >= _FIELDS_CACHE_SIZE:
                parsed.clear()
            fields = parsed[fields_json] = json.loads(fields_json)
        # RECORD is COLUMNS with `fields` where company, speaker and cue go; numbers stay ints (csv.writer
        # writes an int as str() does).
        row = list(record)
        row[6:7] = (fields.get("canonical", ""), fields.get("speaker", ""), fields.get("cue", ""))
        row += (display, field_title, fields.get(field_key, "") if field_key else "")
        # One C-level search finds the rare row with a cell to guard (or a non-text value, which join refuses);
        # only that row goes cell by cell. A separator inside a cell may match too: that row is just checked.
        try:
            plain = has_guarded(_SEPARATOR + _SEPARATOR.join(pick_text(row))) is None
        except TypeError:
            plain = False
        if not plain:
            for i in text_cells:
                cell = row[i]
                if cell.__class__ is not str:
                    cell = row[i] = "" if cell is None else str(cell)
                if cell[:1] in guarded:
                    row[i] = GUARD + cell
        yield row


def _write(handle, rows: Iterable[Mapping[str, object]]) -> int:
    return _write_cells(handle, (cells_for(row) for row in rows))


def _write_cells(handle, rows: Iterable[list]) -> int:
    writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row)
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
    return write_csv_cells(path, (cells_for(row) for row in rows), bom=bom)


def write_csv_records(path: Path, records: Iterable[tuple], labels: Mapping[str, Label], *, bom: bool = True) -> int:
    """Stream RECORD tuples into `path` atomically, as write_csv would write their rows; returns the count."""
    return write_csv_cells(path, cells_for_records(records, labels), bom=bom)


def write_csv_cells(path: Path, rows: Iterable[list], *, bom: bool = True) -> int:
    """Stream rows of finished cells (cells_for) into `path` atomically; returns how many were written."""
    with open_atomically(path, honour_umask=True) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=False)
        count = _write_cells(text, rows)
        text.flush()
        text.detach()  # leave the raw handle to open_atomically, which syncs and closes it
    return count
