"""Exchange fixtures: small libraries with sentences written for these tests, tagged by named analysts."""

from __future__ import annotations

import pytest
from exchange_samples import EN_TEXT, KO_TEXT, add_article, tag

from reader_app.services import annotating


@pytest.fixture
def tagged_library(library):
    """Two articles; the Korean one has a formula-looking title, source, note and annotator."""
    ko = add_article(
        library,
        KO_TEXT,
        '=HYPERLINK("http://x","click")',
        source="+비즈니스",
        url="https://news.example/ko/1",
        published="2026-03-02",
    )
    en = add_article(library, EN_TEXT, "Harbor Chips plans", source="Wire", url="https://news.example/en/1")
    tag(library, ko, KO_TEXT, "한빛전자", "company", canonical="Hanbit Electronics")
    tag(library, ko, KO_TEXT, '"투자 규모는, 아직\n정하지 않았다"', "quote", annotator="@bo", speaker="회사 관계자")
    cell = tag(library, ko, KO_TEXT, "-2% 감소한 매출은 다음 분기에 회복될 전망이다.", "speculation", cue="전망이다")
    annotating.edit_annotation(library, cell.id, note="=cmd|' /C calc'!A0")
    tag(library, en, EN_TEXT, "Harbor Chips", "company", canonical="Harbor Chips")
    tag(library, en, EN_TEXT, '"We are not in a hurry,"', "quote", speaker="Dana Kim")
    return library, ko, en
