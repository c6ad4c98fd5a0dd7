"""Reopen with another encoding: text re-decoded, annotations re-anchored or flagged, never lost."""

from __future__ import annotations

import pytest

from reader_app.services import annotating, importing, reencoding
from reader_app.services import library as library_service
from reader_app.services.errors import UserError

KOREAN = (
    '우리금융 이사회 열어\n\n우리금융지주는 KT와 협력을 논의했을 가능성이 있다. 관계자는 "결정된 것은 없다"고 말했다.\n'
)


def test_a_wrongly_decoded_file_is_fixed_and_annotations_follow(library, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(KOREAN.encode("cp949"))
    item = importing.import_file(library, path)
    article = library_service.article(library, item.article_id)
    assert article.encoding == "cp949"
    start = article.text.index("KT")
    kept = annotating.tag_selection(library, article.id, "company", start, start + 2)

    # decode it wrongly on purpose (Latin-1 turns Hangul into mojibake), then back
    result = reencoding.reopen_with_encoding(library, article.id, "latin-1")
    assert result.kept == 1 and result.lost == 0  # "KT" is ASCII, so it is found again
    garbled = library_service.article(library, article.id)
    assert "우리" not in garbled.text
    result = reencoding.reopen_with_encoding(library, article.id, "cp949")
    fixed = library_service.article(library, article.id)
    assert fixed.text == KOREAN and fixed.encoding == "cp949"
    again = annotating.annotations_for(library, article.id)[0]
    assert again.id == kept.id and fixed.text[again.start : again.end] == "KT" and not again.anchor_lost


def test_an_annotation_whose_text_disappears_is_flagged_not_deleted(library, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(KOREAN.encode("cp949"))
    article_id = importing.import_file(library, path).article_id
    text = library_service.article(library, article_id).text
    start = text.index("우리금융지주")
    annotating.tag_selection(library, article_id, "company", start, start + 6)
    result = reencoding.reopen_with_encoding(library, article_id, "latin-1")
    assert result.lost == 1
    [flagged] = annotating.annotations_for(library, article_id)
    assert flagged.anchor_lost and flagged.text == "우리금융지주"


def test_an_unknown_encoding_is_a_clear_message(library, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody.\n", encoding="utf-8")
    article_id = importing.import_file(library, path).article_id
    with pytest.raises(UserError):
        reencoding.reopen_with_encoding(library, article_id, "no-such-codec")
