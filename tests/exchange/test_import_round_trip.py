"""Export to JSON, import into an empty library, export again: the same annotations, byte for byte."""

from __future__ import annotations

import json

from reader_app.services import annotation_import, exporting
from reader_app.storage import open_library


def _items_without_ids(path) -> list[str]:
    items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
    return [
        json.dumps({k: v for k, v in item.items() if k != "id"}, ensure_ascii=False, sort_keys=True) for item in items
    ]


def test_json_round_trip_into_an_empty_library(tagged_library, tmp_path):
    library, _, _ = tagged_library
    first = tmp_path / "first.json"
    exporting.export_json(library, first)
    empty = open_library(tmp_path / "colleague.sqlite3")
    try:
        plan, _applied = annotation_import.import_annotations(empty, first)
        assert (len(plan.new), len(plan.new_articles), plan.unplaced, plan.conflicts) == (5, 2, [], [])
        second = tmp_path / "second.json"
        exporting.export_json(empty, second)
    finally:
        empty.close()
    assert _items_without_ids(second) == _items_without_ids(first)
    articles = [json.loads(p.read_text(encoding="utf-8"))["reader:articles"] for p in (first, second)]
    assert articles[0] == articles[1]


def test_importing_the_same_file_twice_doubles_nothing(tagged_library, tmp_path):
    library, _, _ = tagged_library
    out = tmp_path / "mine.json"
    exporting.export_json(library, out)
    plan, applied = annotation_import.import_annotations(library, out)
    assert (plan.new, plan.new_articles, len(plan.duplicates), plan.conflicts) == ([], [], 5, [])
    assert applied.annotation_ids == []


def test_csv_round_trip_strips_the_apostrophes_the_exporter_added(tagged_library, tmp_path):
    library, _ko, _ = tagged_library
    out = tmp_path / "mine.csv"
    exporting.export_csv(library, out)
    empty = open_library(tmp_path / "colleague.sqlite3")
    try:
        # the colleague has the article itself, not the annotations: CSV carries no article text
        from exchange_samples import KO_TEXT, add_article

        add_article(empty, KO_TEXT, "아무 제목")
        plan, _applied = annotation_import.import_annotations(empty, out)
        assert len(plan.new) == 3 and len(plan.unplaced) == 2  # the English article is not there
        assert all("not in this library" in u.reason for u in plan.unplaced)
        from reader_app.storage import annotations as store

        stored = {a.label: a for a in store.for_annotator("ana")}
        assert stored["speculation"].text.startswith("-2% 감소")
        assert stored["speculation"].note == "=cmd|' /C calc'!A0"
        assert store.for_annotator("@bo")[0].fields == {"speaker": "회사 관계자"}
    finally:
        empty.close()


def test_round_trip_of_real_corpus_articles_with_every_suggestion_accepted(corpus, tmp_path):
    from exchange_samples import using

    from reader_app.services import importing, suggesting

    files = [corpus / "businesspost-2020-06-05-woori-kt.txt", *sorted((corpus / "en").glob("*.txt"))[:2]]
    files = [f for f in files if f.is_file()]
    if not files:
        import pytest

        pytest.skip(f"no .txt articles in {corpus}")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    with using(tmp_path / "ana.sqlite3") as lib:
        report = importing.import_paths(lib, files)
        for article_id in report.imported_ids:
            suggesting.accept_all(lib, article_id, suggesting.suggestions_for(lib, article_id), annotator="ana")
        total = exporting.export_json(lib, first)
    assert total > 10
    with using(tmp_path / "colleague.sqlite3") as empty:
        plan, _ = annotation_import.import_annotations(empty, first)
        assert (len(plan.new), plan.unplaced, plan.conflicts) == (total, [], [])
        exporting.export_json(empty, second)
    assert _items_without_ids(second) == _items_without_ids(first)
