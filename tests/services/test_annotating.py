"""Annotation actions through the services, against a real library file."""

from __future__ import annotations

import pytest

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing
from reader_app.services.errors import UserError
from reader_app.storage import open_library

TEXT = "Headline\n\nAcme Corp may buy 😀 Beta Inc, sources said.\n"


def _article(library) -> int:
    item = importing.store_document(
        library, ParsedDocument(text=TEXT, title="Headline", format="txt", encoding="utf-8")
    )
    return item.article_id


def test_tagging_stores_exact_text_context_and_fields(library):
    article_id = _article(library)
    start = TEXT.index("Beta Inc")
    created = annotating.tag_selection(
        library, article_id, "company", start, start + 8, annotator="ana", fields={"canonical": "Beta Inc"}
    )
    stored = annotating.annotations_for(library, article_id)
    assert stored == [created]
    assert created.text == TEXT[created.start : created.end] == "Beta Inc"
    assert created.prefix.endswith("😀 ") and created.suffix.startswith(", sources")
    assert created.fields == {"canonical": "Beta Inc"} and created.annotator == "ana"


def test_selection_edges_of_whitespace_are_trimmed(library):
    article_id = _article(library)
    start = TEXT.index("Acme") - 2
    created = annotating.tag_selection(library, article_id, "company", start, start + 11)
    assert created.text == "Acme Corp"


def test_an_empty_or_blank_selection_is_refused_with_a_reason(library):
    article_id = _article(library)
    with pytest.raises(UserError, match="Select some text"):
        annotating.tag_selection(library, article_id, "quote", 8, 10)  # only the blank line


def test_edit_delete_and_restore_round_trip(library):
    article_id = _article(library)
    created = annotating.tag_selection(library, article_id, "quote", 10, 20)
    edited = annotating.edit_annotation(library, created.id, fields={"speaker": "a spokesman"}, note="check")
    assert edited.fields == {"speaker": "a spokesman"} and edited.note == "check"
    deleted = annotating.delete_annotation(library, created.id)
    assert annotating.annotations_for(library, article_id) == []
    annotating.restore_annotation(library, deleted)
    assert annotating.annotations_for(library, article_id) == [deleted]


def test_annotations_survive_closing_and_reopening(tmp_path):
    path = tmp_path / "lib.sqlite3"
    lib = open_library(path)
    article_id = _article(lib)
    created = annotating.tag_selection(lib, article_id, "speculation", 10, len(TEXT) - 1, fields={"cue": "may"})
    lib.close()
    lib = open_library(path)
    try:
        assert annotating.annotations_for(lib, article_id) == [created]
    finally:
        lib.close()


def test_deleting_an_article_takes_its_annotations_along(library):
    from reader_app.services import library as library_service

    article_id = _article(library)
    annotating.tag_selection(library, article_id, "company", 10, 14)
    library_service.delete_article(library, article_id)
    assert annotating.annotations_for(library, article_id) == []


def test_a_hedged_sentence_tagged_by_hand_gets_its_cue_from_the_text_alone(library):

    text = "Headline\n\nAnalysts said the merger could be completed by the end of the year.\n"
    start = text.index("Analysts")
    fields = annotating.fields_for_selection(library, text, "speculation", start, len(text) - 1, [])
    assert fields.get("cue") and fields["cue"] in text
    assert annotating.fields_for_selection(library, text, "quote", start, start + 8, []) == {}
