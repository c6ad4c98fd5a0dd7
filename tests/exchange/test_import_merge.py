"""Merging a colleague's file: overlapping, conflicting and unplaceable annotations; bad files change nothing."""

from __future__ import annotations

import json

import pytest
from exchange_samples import EN_TEXT, KO_TEXT, add_article, tag, using

from reader_app.services import annotating, annotation_import, exporting
from reader_app.services.errors import UserError
from reader_app.storage import annotations as store
from reader_app.storage import articles as article_store


def _colleague(tmp_path, tags=()):
    """A second analyst's library with the English article, tagged by 'bo'; its file path and export."""
    with using(tmp_path / "bo.sqlite3") as lib:
        article = add_article(lib, EN_TEXT, "Harbor Chips plans", url="https://news.example/en/1")
        for phrase, label, fields in tags:
            tag(lib, article, EN_TEXT, phrase, label, annotator="bo", **fields)
        exporting.export_json(lib, tmp_path / "bo.json")
    return tmp_path / "bo.sqlite3", tmp_path / "bo.json"


def _export(lib, path):
    exporting.export_json(lib, path)
    return path


def _counts():
    return len(store.annotator_names()), sum(len(store.for_annotator(n)) for n in store.annotator_names())


def test_two_analysts_on_the_same_span_are_both_kept(tagged_library, tmp_path):
    library, _, en = tagged_library
    library.close()
    tags = [
        ("Harbor Chips", "company", {"canonical": "Harbor Chips"}),
        ("Harbor Chips may open a second plant", "speculation", {"cue": "may"}),
    ]
    _, path = _colleague(tmp_path, tags)
    with using(library.path) as library:
        plan, _applied = annotation_import.import_annotations(library, path)
        on_en = store.for_article(en)
    assert (len(plan.new), plan.duplicates, plan.conflicts, plan.unplaced) == (2, [], [], [])
    assert sorted(a.annotator for a in on_en if a.text == "Harbor Chips") == ["ana", "bo"]


def test_same_analyst_same_span_different_fields_is_a_conflict_for_the_user(tagged_library, tmp_path):
    library, ko, _ = tagged_library
    path = _export(library, tmp_path / "before.json")
    # ana changes her mind in her own library after sending the file
    company = next(a for a in store.for_article(ko) if a.label == "company")
    annotating.edit_annotation(library, company.id, fields={"canonical": "Hanbit Corp"}, note="renamed")
    plan = annotation_import.plan_import(library, path)
    assert len(plan.conflicts) == 1 and len(plan.duplicates) == 4
    conflict = plan.conflicts[0]
    assert conflict.local.fields == {"canonical": "Hanbit Corp"}
    assert conflict.incoming.fields == {"canonical": "Hanbit Electronics"}
    # keeping mine writes nothing; taking theirs replaces it, and undo puts mine back
    kept = annotation_import.apply_import(library, plan)
    assert kept.annotation_ids == [] and store.get(company.id).fields == {"canonical": "Hanbit Corp"}
    taken = annotation_import.apply_import(library, plan, take_theirs=[0])
    assert store.get(company.id).fields == {"canonical": "Hanbit Electronics"} and store.get(company.id).note == ""
    annotation_import.undo_import(library, taken)
    assert store.get(company.id).fields == {"canonical": "Hanbit Corp"} and store.get(company.id).note == "renamed"


def test_a_different_extraction_is_placed_by_quote_and_the_rest_is_listed_with_reasons(tagged_library, tmp_path):
    library, _, _ = tagged_library
    path = _export(library, tmp_path / "ana.json")
    library.close()
    with using(tmp_path / "other.sqlite3") as other:
        # the same page extracted differently: a menu line first, the quote's sentence gone
        shifted = "Menu | Markets | Tech\n" + EN_TEXT.replace('"We are not in a hurry," said', "Said")
        add_article(other, shifted, "Harbor Chips plans", url="https://news.example/en/1")
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.pop("reader:articles")  # as with --no-articles
        doc["first"]["items"][0]["body"][0]["value"] = "sentiment"  # a label this library does not have
        lean = tmp_path / "lean.json"
        lean.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        plan, applied = annotation_import.import_annotations(other, lean)
        assert len(plan.new) == 1 and plan.by_quote == 1
        placed = store.get(applied.annotation_ids[0])
        assert shifted[placed.start : placed.end] == "Harbor Chips" and placed.annotator == "ana"
        reasons = sorted(u.reason for u in plan.unplaced)
        assert len(reasons) == 4  # nothing dropped silently: 1 placed + 4 listed = 5 in the file
        assert any("label 'sentiment'" in r for r in reasons)
        assert any('“"We are not in a hurry,"” is not in the article' in r for r in reasons)
        assert sum("article is not in this library" in r for r in reasons) == 2


def test_an_article_bundled_in_the_file_and_missing_here_is_imported(tagged_library, tmp_path):
    library, _, _ = tagged_library
    path = _export(library, tmp_path / "ana.json")
    library.close()
    bo_path, _ = _colleague(tmp_path)
    with using(bo_path) as bo:
        _plan, applied = annotation_import.import_annotations(bo, path)
        # the English article was there already; the Korean one came in with the file
        assert len(applied.article_ids) == 1 and article_store.count() == 2
        assert article_store.get(applied.article_ids[0]).text == KO_TEXT
        assert len(applied.annotation_ids) == 5
        annotation_import.undo_import(bo, applied)
        assert article_store.count() == 1 and store.annotator_names() == []


def _bad_files(tmp_path):
    yield "broken.json", b'{"type": "AnnotationCollection", "first": {"items": [', "not valid JSON"
    yield "other.json", b'{"hello": "world"}', "not Web Annotations"
    yield "columns.csv", "이름,나이\r\n가,1\r\n".encode(), "column label, text, start, end is missing"
    header = "label,text,start,end,article_hash\r\n"
    malformed = header + "".join(f"company,x,{n},oops,abc\r\n" for n in range(10_000))
    yield "malformed.csv", malformed.encode(), "10000 of 10000 rows are malformed"
    items = [{"type": "Annotation", "target": {"source": "urn:x"}}] * 10_000
    yield "malformed.json", json.dumps({"type": "AnnotationPage", "items": items}).encode(), "10000 of 10000 rows"
    yield "binary.csv", b"\xff\xfe\x00\x00garbage", "not UTF-8"


def test_a_bad_file_gets_one_clear_message_and_changes_nothing(tagged_library, tmp_path):
    library, _, _ = tagged_library
    good = _export(library, tmp_path / "good.json")
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["first"]["items"][3]["target"]["selector"][1]["start"] = "seven"  # one bad row among good ones
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps(doc), encoding="utf-8")
    before = (_counts(), article_store.count())
    cases = [*_bad_files(tmp_path), ("mixed.json", None, "1 of 5 rows are malformed")]
    for name, data, message in cases:
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        with pytest.raises(UserError) as caught:
            annotation_import.import_annotations(library, path)
        text = str(caught.value)
        assert message in text and name in text and "\n" not in text, text
        assert (_counts(), article_store.count()) == before
