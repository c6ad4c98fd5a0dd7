"""Our CSV opened by a real spreadsheet (LibreOffice headless): Korean intact, formulas as text, offsets numbers."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import pytest
from exchange_samples import KO_TEXT

from reader_app.core.exporters.csv_export import COLUMNS
from reader_app.core.text import content_hash
from reader_app.services import exporting

pytestmark = pytest.mark.libreoffice
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
# CSV import options: comma, double quote, UTF-8 (76), from line 1 -- what the Text Import dialog offers for a BOM file
CSV_FILTER = "CSV:44,34,76,1"


def _to_ods(csv_path, tmp_path):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; on Debian: apt-get install libreoffice-calc-nogui")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", f"--infilter={CSV_FILTER}",
         "--convert-to", "ods", "--outdir", str(tmp_path / "ods"), str(csv_path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with zipfile.ZipFile(tmp_path / "ods" / (csv_path.stem + ".ods")) as ods:
        root = ET.fromstring(ods.read("content.xml"))
    rows = []
    for row in root.iter(f"{{{NS['table']}}}table-row"):
        cells = []
        for cell in row.findall("table:table-cell", NS):
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            info = {
                "formula": cell.get(f"{{{NS['table']}}}formula"),
                "type": cell.get(f"{{{NS['office']}}}value-type"),
                "text": "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS)),
            }
            cells.extend([info] * min(repeat, len(COLUMNS)))
        rows.append(cells)
    return rows


def test_the_control_a_raw_formula_cell_does_run_in_libreoffice(tmp_path):
    raw = tmp_path / "raw.csv"
    raw.write_bytes(b"title,n\r\n=1+1,3\r\n")
    rows = _to_ods(raw, tmp_path)
    assert rows[1][0]["formula"] is not None  # so the next test would catch an unguarded export


def test_our_export_opens_with_korean_intact_formulas_as_text_and_offsets_numeric(tagged_library, tmp_path):
    library, _, _ = tagged_library
    out = tmp_path / "team.csv"
    exporting.export_csv(library, out)
    rows = _to_ods(out, tmp_path)
    header = [c["text"] for c in rows[0]][: len(COLUMNS)]
    assert header == list(COLUMNS)
    body = [dict(zip(COLUMNS, row, strict=False)) for row in rows[1:] if any(c["text"] for c in row)]
    assert len(body) == 5
    for row in body:
        assert all(cell["formula"] is None for cell in row.values()), row
        for column in ("start", "end", "article_id", "annotation_id"):
            assert row[column]["type"] == "float", (column, row[column])
    ko = [row for row in body if row["article_hash"]["text"] == content_hash(KO_TEXT)]
    assert {r["article_title"]["text"] for r in ko} == {'\'=HYPERLINK("http://x","click")'}
    texts = {r["label"]["text"]: r["text"]["text"] for r in ko}
    assert texts["company"] == "한빛전자"
    assert texts["quote"] == '"투자 규모는, 아직\n정하지 않았다"'
    assert texts["speculation"] == "'-2% 감소한 매출은 다음 분기에 회복될 전망이다."
    assert next(r for r in ko if r["label"]["text"] == "speculation")["note"]["text"] == "'=cmd|' /C calc'!A0"
