"""CSV for Excel: BOM, RFC 4180 quoting, Korean intact, stable columns."""

from __future__ import annotations

import csv
import io

from reader_app.core.exporters.csv_export import COLUMNS, render_csv, row_for, write_csv
from reader_app.core.model import Annotation, Article


def _article() -> Article:
    return Article(1, '제목, "따옴표"', "text", "txt", "utf-8", "h", "2026-01-01", source="비즈니스포스트")


def test_csv_starts_with_a_bom_and_survives_commas_quotes_and_newlines(tmp_path):
    annotation = Annotation(
        7, 1, "quote", 3, 30, '"AI원팀은, 기다리고\n있다"', fields={"speaker": "KT 관계자"}, note="a, b"
    )
    path = tmp_path / "out.csv"
    write_csv(path, [row_for(annotation, _article())])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0]["text"] == '"AI원팀은, 기다리고\n있다"'
    assert rows[0]["speaker"] == "KT 관계자"
    assert rows[0]["article_title"] == '제목, "따옴표"'
    assert rows[0]["label"] == "quote" and rows[0]["start"] == "3"
    assert tuple(rows[0].keys()) == COLUMNS


def test_an_empty_export_still_has_the_header():
    data = render_csv([])
    assert data.decode("utf-8-sig").splitlines()[0].split(",") == list(COLUMNS)


def test_the_streamed_file_is_byte_for_byte_what_render_csv_makes(tmp_path):
    rows = [
        {"article_title": f'Title "{n}", with, commas', "label": "quote", "text": f"line\nbreak {n}", "note": "=1+1"}
        for n in range(2500)
    ]
    path = tmp_path / "out.csv"
    assert write_csv(path, iter(rows)) == 2500
    assert path.read_bytes() == render_csv(rows)
