"""CSV export through the service: formulas neutralised, offsets numeric, hash column, BOM option, scopes, mode."""

from __future__ import annotations

import csv
import io
import os

import pytest
from exchange_samples import EN_TEXT, KO_TEXT

from reader_app.core.exporters.cells import FORMULA_STARTS
from reader_app.core.exporters.csv_export import COLUMNS, NUMERIC_COLUMNS
from reader_app.core.text import content_hash
from reader_app.services import exporting
from reader_app.services.errors import UserError


def _rows(path):
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_no_text_cell_starts_with_a_formula_character(tagged_library, tmp_path):
    library, _, _ = tagged_library
    out = tmp_path / "all.csv"
    assert exporting.export_csv(library, out) == 5
    rows = _rows(out)
    for row in rows:
        for column, cell in row.items():
            if column not in NUMERIC_COLUMNS:
                assert not cell.startswith(FORMULA_STARTS), (column, cell)
    ko = [r for r in rows if r["article_title"].startswith("'")]
    assert ko[0]["article_title"] == '\'=HYPERLINK("http://x","click")'
    assert ko[0]["article_source"] == "'+비즈니스"
    assert {r["annotator"] for r in ko} == {"ana", "'@bo"}
    spec = next(r for r in rows if r["label"] == "speculation")
    assert spec["text"] == "'-2% 감소한 매출은 다음 분기에 회복될 전망이다."
    assert spec["note"] == "'=cmd|' /C calc'!A0"


def test_offsets_are_bare_numbers_and_the_hash_finds_the_article(tagged_library, tmp_path):
    library, _, _ = tagged_library
    out = tmp_path / "all.csv"
    exporting.export_csv(library, out)
    for row in _rows(out):
        assert row["start"].isdigit() and row["end"].isdigit() and row["annotation_id"].isdigit()
        text = KO_TEXT if row["article_hash"] == content_hash(KO_TEXT) else EN_TEXT
        assert row["article_hash"] in {content_hash(KO_TEXT), content_hash(EN_TEXT)}
        stored = row["text"][1:] if row["text"].startswith("'") else row["text"]
        assert text[int(row["start"]) : int(row["end"])] == stored


def test_bom_by_default_and_plain_utf8_on_request(tagged_library, tmp_path):
    library, _, _ = tagged_library
    exporting.export_csv(library, tmp_path / "bom.csv")
    exporting.export_csv(library, tmp_path / "plain.csv", bom=False)
    assert (tmp_path / "bom.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    plain = (tmp_path / "plain.csv").read_bytes()
    assert plain.startswith(b"article_title,")
    assert plain.decode("utf-8").splitlines()[0].split(",") == list(COLUMNS)


def test_rfc4180_crlf_records_and_quoted_line_breaks(tagged_library, tmp_path):
    library, _, _ = tagged_library
    out = tmp_path / "all.csv"
    exporting.export_csv(library, out)
    data = out.read_bytes().decode("utf-8-sig")
    assert data.endswith("\r\n") and data.split("\r\n")[0] == ",".join(COLUMNS)
    quote = next(r for r in _rows(out) if r["label"] == "quote" and "투자" in r["text"])
    assert quote["text"] == '"투자 규모는, 아직\n정하지 않았다"'


def test_the_file_gets_the_users_umask_not_0600(tagged_library, tmp_path):
    library, _, _ = tagged_library
    old = os.umask(0o027)
    try:
        exporting.export_csv(library, tmp_path / "shared.csv")
        exporting.export_json(library, tmp_path / "shared.json")
    finally:
        os.umask(old)
    assert (tmp_path / "shared.csv").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "shared.json").stat().st_mode & 0o777 == 0o640


def test_scopes_article_filter_labels_and_whole_library(tagged_library, tmp_path):
    library, ko, en = tagged_library
    assert exporting.export_csv(library, tmp_path / "a.csv", article_id=en) == 2
    assert {r["article_id"] for r in _rows(tmp_path / "a.csv")} == {str(en)}
    ids = [int(r["annotation_id"]) for r in _rows(tmp_path / "a.csv")]
    assert exporting.export_csv(library, tmp_path / "f.csv", annotation_ids=ids[:1]) == 1
    assert exporting.export_csv(library, tmp_path / "l.csv", labels=["quote"]) == 2
    assert exporting.export_csv(library, tmp_path / "k.csv", article_ids=[ko, en], labels=["company"]) == 2
    with pytest.raises(UserError, match="Unknown label 'quotes'"):
        exporting.export_csv(library, tmp_path / "x.csv", labels=["quotes"])


def test_an_unknown_suffix_is_an_error_not_a_csv(tagged_library, tmp_path):
    library, _, _ = tagged_library
    with pytest.raises(UserError, match=r"\.csv .* or \.json"):
        exporting.export_file(library, tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()
