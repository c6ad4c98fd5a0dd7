"""The fast CSV export writes exactly the bytes of the plain path: row_for per annotation, then render_csv.

The plain path reads each article and its annotations one by one through the storage functions the panes use,
so any shortcut taken by the export (one joined query, cells built straight from the row) is checked against it
on a real library: corpus articles in Korean and English, every label including the analyst's own, notes and
fields that look like formulas, several scopes and both BOM settings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_samples import EN_TEXT, KO_TEXT, add_article, tag

from reader_app.core.exporters.csv_export import render_csv, row_for
from reader_app.core.model import Label
from reader_app.services import annotating, exporting, importing
from reader_app.services import labels as label_service
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store
from reader_app.storage import labels as label_store

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
LABELS = ("company", "quote", "speculation", "risk")
NOTES = ("", "=SUM(A1)", "+1 call", "a plain note", "'quoted", "-minus", "@at", "\ttab", 'line\nbreak, comma "q"')


def _corpus_files() -> list[Path]:
    files = []
    for language in ("ko", "en"):
        folder = CORPUS / language
        if folder.is_dir():
            files.extend(sorted(p for p in folder.iterdir() if p.suffix == ".txt")[:3])
    return files


def _expected(labels=None, annotation_ids=None, bom=True) -> bytes:
    by_name = {label.name: label for label in label_store.all_labels()}
    rows = []
    for article_id in article_store.all_ids():
        article = article_store.get(article_id)
        for annotation in annotation_store.for_article(article_id):
            if labels and annotation.label not in labels:
                continue
            if annotation_ids is not None and annotation.id not in annotation_ids:
                continue
            rows.append(row_for(annotation, article, by_name.get(annotation.label)))
    return render_csv(rows, bom=bom)


@pytest.fixture
def rich_library(library):
    files = _corpus_files()
    if not files:
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    current = label_service.labels(library)
    risk = Label("risk", "Risk", "#aa3377", "mdi6.tag-outline", "Ctrl+4", "severity", "Severity", 3)
    label_service.save_labels(library, [*current, risk])
    ids = [importing.import_file(library, path).article_id for path in files]
    ko = add_article(library, KO_TEXT, '=HYPERLINK("http://x","click")', source="+비즈니스", published="2026-03-02")
    tag(library, ko, KO_TEXT, '"투자 규모는, 아직\n정하지 않았다"', "quote", annotator="@bo", speaker="=관계자")
    en = add_article(library, EN_TEXT, "Harbor Chips plans", source="Wire", url="https://news.example/en/1")
    tag(library, en, EN_TEXT, "Harbor Chips", "company", canonical="-Harbor Chips")
    n = 0
    for article_id in ids:
        text = article_store.get(article_id).text
        for start in range(0, min(len(text) - 12, 1800), 97):
            label = LABELS[n % len(LABELS)]
            fields = {
                "company": {"canonical": f"Co {n}"},
                "quote": {"speaker": "=speaker" if n % 3 else "관계자"},
                "speculation": {"cue": "전망" if n % 2 else "+cue"},
                "risk": {"severity": "@high" if n % 2 else "low"},
            }[label]
            made = annotating.tag_selection(library, article_id, label, start, start + 5 + n % 7, fields=fields)
            if NOTES[n % len(NOTES)]:
                annotating.edit_annotation(library, made.id, note=NOTES[n % len(NOTES)])
            n += 1
    return library


def test_everything_is_byte_identical_to_the_plain_path(rich_library, tmp_path):
    out = tmp_path / "all.csv"
    count = exporting.export_csv(rich_library, out)
    expected = _expected()
    assert count > 40
    assert out.read_bytes() == expected


def test_without_bom_and_per_label_scope_the_bytes_match_too(rich_library, tmp_path):
    out = tmp_path / "plain.csv"
    exporting.export_csv(rich_library, out, bom=False)
    assert out.read_bytes() == _expected(bom=False)
    exporting.export_csv(rich_library, out, labels=["risk", "quote"])
    assert out.read_bytes() == _expected(labels={"risk", "quote"})


def test_an_annotation_scope_and_one_article_match_the_plain_path(rich_library, tmp_path):
    every = [a.id for i in article_store.all_ids() for a in annotation_store.for_article(i)]
    chosen = every[::3]
    out = tmp_path / "some.csv"
    exporting.export_csv(rich_library, out, annotation_ids=chosen)
    assert out.read_bytes() == _expected(annotation_ids=set(chosen))
    first = article_store.all_ids()[0]
    exporting.export_csv(rich_library, out, article_id=first)
    wanted = {a.id for a in annotation_store.for_article(first)}
    assert out.read_bytes() == _expected(annotation_ids=wanted)
