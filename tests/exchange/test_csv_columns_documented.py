"""README's "CSV columns" table and the exporter's column list must name the same columns in the same order."""

from __future__ import annotations

import re
from pathlib import Path

from reader_app.core.exporters.csv_export import COLUMNS

README = Path(__file__).resolve().parents[2] / "README.md"


def _documented_columns() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## CSV columns", 1)[1].split("\n## ", 1)[0]
    names: list[str] = []
    for line in section.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            names.extend(re.findall(r"`([a-z_]+)`", first_cell))
    return names


def test_readme_documents_every_column_in_order():
    assert _documented_columns() == list(COLUMNS)
