"""Metadata and body boundaries of scraped plain text, on articles written for these tests."""

from __future__ import annotations

import pytest

from reader_app.core.importing import parse_bytes
from reader_app.core.importing.dates import find_date, normalise_iso

NBSP = "\xa0"
BODY_KO = (
    "한빛전자가 내년 상반기 인공지능 반도체 신제품을 내놓는다.\xa0\n\n"
    '회사 관계자는 "양산 준비를 마쳤다"며 "고객사 반응이 좋다"고 말했다. [미래경제신문 김하늘 기자]'
)
SAVED_PAGE = (
    "검색\n메뉴\n|\n\nClose\nX\n\n\xa0\n\n산업·기술\n\n"
    "한빛전자, 인공지능 반도체 신제품 내년 출시\n\n"
    "김하늘 기자\n2021-03-09 \xa0 / \xa009:05:10\n"
    f"{BODY_KO}\n\n"
    "이 기사는 꼭!\n\n"
    "  1. 바다물산, 해외 공장 증설로 실적 개선 기대\n"
    "  2. 초록은행 새 행장에 박서준, 디지털 전환 속도 낸다\n"
    "  3. 누리항공 노선 확대, 여름 성수기 겨냥 우치다\n\n"
    "이 기사의 댓글 3개\n\n  • 인기기사\n\n  • 추천기사"
)


def _parse(text: str, name: str = "article.txt"):
    return parse_bytes(text.encode("utf-8"), filename=name)


def test_a_saved_korean_page_yields_every_field_and_the_exact_body():
    doc = _parse(SAVED_PAGE)
    assert doc.title == "한빛전자, 인공지능 반도체 신제품 내년 출시"
    assert doc.section == "산업·기술"
    assert doc.byline == "김하늘"
    assert doc.source == "미래경제신문"
    assert doc.published == "2021-03-09T09:05:10"
    assert doc.language == "ko"
    assert doc.text == SAVED_PAGE  # nothing but line endings is ever changed
    assert doc.text[doc.body_start : doc.body_end] == BODY_KO


def test_a_clean_text_file_is_headline_blank_line_body():
    text = (
        "SHIPPING GROUP <SHP> SEES HIGHER PROFIT\n\nLONDON, March 3 - Shipping Group said it\n"
        "expects higher profit.\n    It gave no figures.\n Reuter\n"
    )
    doc = _parse(text)
    assert doc.title == "SHIPPING GROUP <SHP> SEES HIGHER PROFIT"
    body = doc.text[doc.body_start : doc.body_end]
    assert body.startswith("LONDON, March 3")
    assert body.endswith("It gave no figures.")
    assert doc.source == "Reuters"
    assert doc.language == "en"


def test_broadcast_furniture_after_the_body_is_not_body():
    body = (
        "【 앵커멘트 】\n\n물가가 오르자 할인 상품이 늘었습니다.\n\n"
        "김민수 기자가 취재했습니다.\n\n소비자들은 지갑을 닫았습니다."
    )
    text = (
        f"할인 경쟁 치열\n\n{body}\n\nMBN뉴스 김민수입니다.\n\n[kim.minsu@example.co.kr]\n\n"
        "영상취재: 이도윤\n\n영상편집: 최하은\n"
    )
    doc = _parse(text)
    assert doc.text[doc.body_start : doc.body_end] == body
    assert (doc.byline, doc.source) == ("김민수", "MBN")


@pytest.mark.parametrize(
    "tail",
    [
        "KBS 뉴스 박지성입니다.\n\n영상편집:김유나",
        "YTN 박지성 (js.park@example.kr)\n\n※ '당신의 제보가 뉴스가 됩니다'\n\n"
        "[전화] 02-000-0000\n\n[메일] tips@example.kr",
        "연합뉴스 박지성입니다.\n\n#물가 #할인\n\n연합뉴스TV 기사문의 및 제보 : 카톡/라인 example\n\n(끝)",
        "[사진 출처 : 지역 경찰청 공식 트위터 캡처]",
        "관련기사\n\n  • 물가 상승세 둔화\n  • 할인점 매출 늘어",
        "Reporting by Jane Doe; Editing by John Roe\n\n© 2023 Example News. All rights reserved.",
    ],
)
def test_tail_furniture_of_many_kinds_is_cut_from_the_body(tail):
    body = "첫 문장입니다.\n\n두 번째 문장은 조금 더 깁니다, 그리고 끝납니다."
    doc = _parse(f"제목 한 줄\n\n{body}\n\n{tail}\n")
    assert doc.text[doc.body_start : doc.body_end] == body


def test_a_wire_credit_ends_the_article_and_other_stories_after_it_are_not_body():
    body = 'Prices rose 3% in March, the agency said.\n\n"We expect more," an economist said.'
    text = (
        f"Prices rise again\n\n{body}\n\nThis report by Example Press was first published March 24, 2023.\n"
        "IN DEPTH\n\nAnother story entirely, with long sentences that look just like article text.\n"
    )
    doc = _parse(text)
    assert doc.text[doc.body_start : doc.body_end] == body


@pytest.mark.parametrize(
    ("signoff", "byline", "source"),
    [
        ("[한국 경제 신문 홍길동 기자]", "홍길동", "한국 경제 신문"),
        ("[미래경제 홍길동·김하늘 기자]", "홍길동, 김하늘", "미래경제"),
        ("(서울=미래뉴스) 홍길동 기자 =", "홍길동", "미래뉴스"),
    ],
)
def test_sign_offs_and_datelines_name_reporters_and_publication(signoff, byline, source):
    body = f"{signoff} 회사가 신제품을 내놓았다." if signoff.startswith("(") else f"회사가 신제품을 내놓았다. {signoff}"
    doc = _parse(f"신제품 출시\n\n{body}\n")
    assert (doc.byline, doc.source) == (byline, source)


def test_interview_turns_are_body_even_when_they_look_like_a_list():
    body = "◇ 진행자: 오늘 말씀 감사합니다.\n\n◆ 출연자: 네, 감사합니다.\n\n◇ 진행자: 다음 주에 뵙겠습니다."
    doc = _parse(f"대담 제목\n\n{body}\n\nYTN 홍길동 (hong@example.kr)\n")
    assert doc.text[doc.body_start : doc.body_end] == body


def test_a_repeated_headline_at_the_top_is_skipped():
    doc = _parse('"곰 잘못 아니다"…찬반 논쟁\n\n"곰 잘못 아니다"…찬반 논쟁\n\n[앵커]\n\n본문 문장입니다.')
    assert doc.text[doc.body_start :].startswith("[앵커]")


def test_an_english_saved_page_with_by_line_and_date():
    text = (
        "Menu\nSearch\n\nBusiness\n\nChipmaker lifts outlook on strong demand\n\n"
        "By Jane Doe and Richard Roe\nApril 5, 2023 3:45 PM\n\n"
        "SAN JOSE (Example Wire) - A chipmaker raised its forecast on Wednesday.\n\n"
        "Shares rose 4% in early trading.\n\nRelated\n\n- Rival cuts prices\n- Supplier opens plant\n"
    )
    doc = _parse(text)
    assert doc.title == "Chipmaker lifts outlook on strong demand"
    assert doc.section == "Business"
    assert doc.byline == "Jane Doe, Richard Roe"
    assert doc.published == "2023-04-05T15:45:00"
    assert doc.source == "Example Wire"
    assert doc.text[doc.body_start : doc.body_end].endswith("Shares rose 4% in early trading.")


def test_text_without_any_structure_is_all_body():
    doc = _parse("just one line of text")
    assert doc.title == "just one line of text"
    assert (doc.body_start, doc.body_end) == (0, len(doc.text))


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2020-06-05 \xa0 / \xa015:32:39", "2020-06-05T15:32:39"),
        ("입력 2023.04.17. 오후 3:05", "2023-04-17T15:05:00"),
        ("2023년 4월 10일 (월요일)", "2023-04-10"),
        ("April 5, 2023 at 3:45 p.m.", "2023-04-05T15:45:00"),
        ("Published 5 April 2023", "2023-04-05"),
        ("2023/13/45", None),
    ],
)
def test_dates_as_news_pages_write_them(written, iso):
    found = find_date(written)
    assert (found[0] if found else None) == iso


def test_metadata_timestamps_are_normalised():
    assert normalise_iso("2023-04-05T14:03:00Z") == "2023-04-05T14:03:00+00:00"
    assert normalise_iso("2023-04-05") == "2023-04-05"
    assert normalise_iso("not a date") == ""
