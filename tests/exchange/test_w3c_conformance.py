"""Our JSON export against every MUST assertion of the W3C Web Annotation test suite in ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from w3c_suite import ANNOTATION_TESTS, COLLECTION_TEST, PAGE_TEST, Suite

from reader_app.services import exporting

SUITE = Path(__file__).resolve().parents[3] / "shared" / "data" / "w3c-annotation-model"


@pytest.fixture(scope="module")
def suite() -> Suite:
    if not (SUITE / "annotations" / "annotationMusts.test").is_file():
        pytest.skip(f"the W3C annotation test suite is not here ({SUITE})")
    return Suite(SUITE)


def test_the_runner_tells_the_suites_correct_samples_from_broken_ones(suite):
    correct = json.loads((SUITE / "tools/samples/correct/anno1.json").read_text(encoding="utf-8"))
    assert [f for t in ANNOTATION_TESTS for f in suite.failures(t, correct)] == []
    broken = dict(correct, created="yesterday")
    assert any("Created" in f for f in suite.failures("annotations/annotationMusts.test", broken))
    no_target = {k: v for k, v in correct.items() if k != "target"}
    assert suite.failures("annotations/annotationMusts.test", no_target)


def test_every_exported_annotation_page_and_collection_meets_the_musts(suite, tagged_library, tmp_path):
    library, _, _ = tagged_library
    out = tmp_path / "team.json"
    assert exporting.export_json(library, out) == 5
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 5
    assert suite.failures(COLLECTION_TEST, collection) == []
    page = dict(collection["first"], **{"@context": collection["@context"]})  # JSON-LD scope of the collection
    assert suite.failures(PAGE_TEST, page) == []
    items = collection["first"]["items"]
    assert len(items) == 5
    for item in items:
        for test in ANNOTATION_TESTS:
            assert suite.failures(test, item) == [], (test, item["target"]["selector"][0]["exact"])


def test_an_export_of_real_articles_meets_the_musts(suite, corpus, tmp_path):
    from exchange_samples import using

    from reader_app.services import importing, suggesting

    files = [*sorted((corpus / "en").glob("*.txt"))[:2], corpus / "businesspost-2020-06-05-woori-kt.txt"]
    with using(tmp_path / "real.sqlite3") as lib:
        for article_id in importing.import_paths(lib, [f for f in files if f.is_file()]).imported_ids:
            suggesting.accept_all(lib, article_id, suggesting.suggestions_for(lib, article_id), annotator="ana")
        exporting.export_json(lib, tmp_path / "real.json")
    collection = json.loads((tmp_path / "real.json").read_text(encoding="utf-8"))
    assert collection["first"]["items"], "the suggestions gave no annotations to check"
    assert suite.failures(COLLECTION_TEST, collection) == []
    for item in collection["first"]["items"]:
        assert [f for test in ANNOTATION_TESTS for f in suite.failures(test, item)] == []
