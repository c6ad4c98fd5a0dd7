"""Furniture inside the body (repeated headline, photo caption, closing byline) is found by shape and skipped."""

from __future__ import annotations

import pytest

from reader_app.core.importing.inner_furniture import inner_furniture, is_korean_caption
from reader_app.core.suggest import suggest

TITLE = "한빛전자, 누리페이 인수 검토하나"
ARTICLE = (
    f"{TITLE}\n\n"
    "한빛전자가 누리페이 인수를 검토하고 있는 것으로 알려졌다.\n\n"
    f"{TITLE}\n\n"
    "김하늘 한빛전자 대표이사 사장.\n\n"
    '한빛전자 관계자는 "결정된 것은 없다"고 말했다. [가온경제 박소라 기자]\n'
)


def _spans(text: str) -> list[str]:
    body = (text.index("\n\n") + 2, len(text))
    return [text[lo:hi] for lo, hi in inner_furniture(text, body, TITLE)]


def test_repeated_headline_caption_and_byline_are_furniture():
    assert _spans(ARTICLE) == [TITLE, "김하늘 한빛전자 대표이사 사장.", "[가온경제 박소라 기자]"]


def test_suggestions_skip_them_but_keep_the_story():
    body = (ARTICLE.index("\n\n") + 2, len(ARTICLE))
    found = suggest(ARTICLE, language="ko", body=body, title=TITLE)
    furniture = inner_furniture(ARTICLE, body, TITLE)
    assert not [s for s in found if any(s.start < hi and lo < s.end for lo, hi in furniture)]
    companies = [s.text for s in found if s.label == "company"]
    assert "한빛전자" in companies  # the story's own mentions stay
    assert not [s for s in found if s.label == "company" and s.text == "가온경제"]


@pytest.mark.parametrize(
    "line",
    [
        "대형 마트가 내놓은 할인 상품.",  # a nominal sentence of the story: it has grammar
        "깎아주든가 더 주든가.",
        "매출이 늘었다.",  # a predicate
        '김하늘 사장은 "좋다"고 말했다.',
    ],
)
def test_story_lines_are_not_captions(line):
    assert not is_korean_caption(line)


def test_the_first_line_of_the_body_is_never_furniture():
    text = f"{TITLE}\n\n{TITLE}\n\n한빛전자가 누리페이 인수를 검토하고 있다.\n"
    assert _spans(text) == []


def test_an_english_body_has_no_korean_captions():
    text = "Harbor Chips to buy Nuri\n\nHarbor Chips said it would buy Nuri Pay.\n\nKim Ha-neul, chief executive.\n"
    assert inner_furniture(text, (text.index("\n\n") + 2, len(text)), "Harbor Chips to buy Nuri") == []


@pytest.mark.corpus
def test_seed_article_caption_headline_and_byline_get_no_suggestions(seed_article):
    from reader_app.core.importing import parse_file

    doc = parse_file(seed_article)
    body = (doc.body_start, doc.body_end or len(doc.text))
    holes = inner_furniture(doc.text, body, doc.title)
    assert len(holes) == 3
    found = suggest(doc.text, language=doc.language, body=body, title=doc.title)
    assert not [s for s in found if any(s.start < hi and lo < s.end for lo, hi in holes)]
    assert any(s.text == "우리금융지주" for s in found)
