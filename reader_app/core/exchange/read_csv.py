"""Read our own CSV export back: columns by name, the exporter's formula apostrophes stripped."""

from __future__ import annotations

import csv
import io

from reader_app.core.exchange.records import ExchangeFile, ExchangeFormatError, IncomingAnnotation, check_rows
from reader_app.core.exporters.cells import restore

REQUIRED = ("label", "text", "start", "end")
# at least one of these, so each row can find its article
ARTICLE_KEYS = ("article_hash", "article_url", "article_title")
FIELD_COLUMNS = {"company": "canonical", "speaker": "speaker", "cue": "cue"}
MAX_CELL = 10_000_000  # an article's text fits; csv's default limit (128 KB) would reject long quotes


def parse_csv(data: bytes, name: str) -> ExchangeFile:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeFormatError(f"{name} is not UTF-8 text (byte {exc.start}); export it again from Reader.") from exc
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if not header:
            raise ExchangeFormatError(f"{name} is empty; export the annotations again from Reader.")
        header = [h.strip() for h in header]
        missing = [c for c in REQUIRED if c not in header]
        if missing or not any(k in header for k in ARTICLE_KEYS):
            wanted = ", ".join(missing or ["article_hash (or article_url, article_title)"])
            raise ExchangeFormatError(
                f"{name} is not a Reader annotation export: column {wanted} is missing. "
                "Export the annotations from Reader as CSV, or use its JSON export."
            )
        index = {column: at for at, column in enumerate(header)}
        rows: list[IncomingAnnotation] = []
        problems: list[str] = []
        total = 0
        for row in reader:
            if not row or row == [""]:
                continue
            total += 1
            line = reader.line_num
            parsed = _row(row, index, line)
            if isinstance(parsed, str):
                problems.append(parsed)
            else:
                rows.append(parsed)
    except csv.Error as exc:
        raise ExchangeFormatError(
            f"{name} is not valid CSV (line {reader.line_num}: {exc}); nothing was imported."
        ) from exc
    check_rows(name, problems, total)
    return ExchangeFile("csv", tuple(rows))


def _row(row: list[str], index: dict[str, int], line: int) -> IncomingAnnotation | str:
    if len(row) != len(index):
        return f"line {line}: {len(row)} cells where the header has {len(index)}"

    def cell(column: str) -> str:
        at = index.get(column)
        return restore(row[at]) if at is not None else ""

    try:
        start, end = int(row[index["start"]]), int(row[index["end"]])
    except ValueError:
        return f"line {line}: start and end must be whole numbers"
    exact = cell("text")
    if start < 0 or end <= start or not cell("label") or not exact:
        return f"line {line}: needs a label, some text and 0 <= start < end"
    fields = {key: cell(column) for column, key in FIELD_COLUMNS.items() if cell(column)}
    return IncomingAnnotation(
        row=line,
        label=cell("label"),
        start=start,
        end=end,
        exact=exact,
        prefix=cell("prefix"),
        suffix=cell("suffix"),
        note=cell("note"),
        fields=fields,
        annotator=cell("annotator"),
        created_at=cell("created_at"),
        updated_at=cell("updated_at"),
        article_hash=cell("article_hash"),
        article_url=cell("article_url"),
        article_title=cell("article_title"),
        article_published=cell("article_published"),
    )
