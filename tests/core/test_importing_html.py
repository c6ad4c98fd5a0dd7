"""HTML pages: main text by trafilatura, metadata from the head, raw bytes kept, no network."""

from __future__ import annotations

import json
import socket

import pytest

from reader_app.core.importing import parse_bytes

ARTICLE = [
    "Hanbit Electronics said on Tuesday it will open a chip plant in Ohio next year, its first abroad.",
    "The company expects the plant to employ about 1,200 people when it reaches full capacity in 2026.",
    '"This is the biggest investment in our history," chief executive Mina Park told reporters in Seoul.',
    "Analysts said the move could help the company win orders from carmakers in North America.",
]


def _page(head: str = "", body_extra: str = "", paragraphs: list[str] | None = None) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in (paragraphs or ARTICLE))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/biz'>Business</a></nav>"
        f"<main><article><h1>Hanbit to build Ohio plant</h1>{paras}</article></main>{body_extra}"
        "<footer>© 2023 Example Media. All rights reserved.</footer></body></html>"
    ).encode()


@pytest.fixture
def no_network(monkeypatch):
    """A tripwire, not a stand-in: any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_main_text_is_extracted_without_navigation_and_raw_bytes_are_kept(no_network):
    data = _page()
    doc = parse_bytes(data, filename="page.html")
    assert doc.format == "html"
    assert doc.raw == data
    assert ARTICLE[0] in doc.text
    assert "Home" not in doc.text
    body = doc.text[doc.body_start : doc.body_end]
    assert body.startswith("Hanbit Electronics said") or body.startswith("Hanbit to build")
    assert body.rstrip().endswith("carmakers in North America.")
    assert doc.language == "en"


def test_open_graph_and_meta_tags_give_the_metadata(no_network):
    head = (
        "<title>Hanbit to build Ohio plant | Example Business</title>"
        "<meta property='og:title' content='Hanbit to build Ohio plant'>"
        "<meta property='og:site_name' content='Example Business'>"
        "<meta property='article:published_time' content='2023-04-05T14:03:00Z'>"
        "<meta property='article:section' content='Technology'>"
        "<meta name='author' content='Jane Doe'>"
        "<link rel='canonical' href='https://example.com/biz/hanbit-ohio'>"
    )
    doc = parse_bytes(_page(head), filename="page.html")
    assert doc.title == "Hanbit to build Ohio plant"
    assert doc.source == "Example Business"
    assert doc.published == "2023-04-05T14:03:00+00:00"
    assert doc.section == "Technology"
    assert doc.byline == "Jane Doe"
    assert doc.url == "https://example.com/biz/hanbit-ohio"


def test_json_ld_wins_and_may_sit_in_a_graph(no_network):
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Ignored"},
            {
                "@type": "NewsArticle",
                "headline": "한빛전자, 오하이오에 반도체 공장",
                "datePublished": "2023-04-05T09:00:00+09:00",
                "author": [{"@type": "Person", "name": "김하늘"}, {"@type": "Person", "name": "이도윤"}],
                "publisher": {"@type": "Organization", "name": "미래경제신문"},
                "articleSection": ["산업"],
            },
        ],
    }
    head = f"<title>Other</title><script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    doc = parse_bytes(_page(head), filename="page.html")
    assert doc.title == "한빛전자, 오하이오에 반도체 공장"
    assert doc.published == "2023-04-05T09:00:00+09:00"
    assert doc.byline == "김하늘, 이도윤"
    assert doc.source == "미래경제신문"
    assert doc.section == "산업"


def test_broken_json_ld_is_ignored(no_network):
    head = "<title>Hanbit to build Ohio plant</title><script type='application/ld+json'>{not json</script>"
    assert parse_bytes(_page(head), filename="page.html").title == "Hanbit to build Ohio plant"


def test_remote_resources_are_never_fetched(no_network):
    head = (
        "<link rel='stylesheet' href='http://192.0.2.1/style.css'>"
        "<script src='http://192.0.2.1/app.js'></script>"
        '<!DOCTYPE html SYSTEM "http://192.0.2.1/x.dtd">'
    )
    extra = "<img src='http://192.0.2.1/photo.jpg'><iframe src='http://192.0.2.1/'></iframe>"
    doc = parse_bytes(_page(head, extra), filename="page.html", url="https://example.com/a")
    assert ARTICLE[1] in doc.text
    assert doc.url == "https://example.com/a"


def test_a_page_without_an_article_falls_back_to_its_text(no_network):
    doc = parse_bytes(b"<html><body><span>Just a short note.</span></body></html>", filename="note.htm")
    assert "Just a short note." in doc.text
    assert doc.title


def test_korean_sign_off_lines_after_the_article_are_not_body(no_network):
    paragraphs = [
        "한빛전자가 내년 상반기 미국 오하이오주에 반도체 공장을 짓기로 했습니다.",
        "회사 측은 공장이 완공되면 약 1천200명을 고용할 것으로 내다봤습니다.",
        "업계에서는 북미 완성차 업체의 주문을 따낼 가능성이 커졌다는 평가가 나옵니다.",
        "MBN뉴스 김하늘입니다.",
        "[kim.haneul@example.co.kr]",
        "영상취재: 이도윤",
    ]
    doc = parse_bytes(_page(paragraphs=paragraphs), filename="ko.html")
    body = doc.text[doc.body_start : doc.body_end]
    assert body.endswith("평가가 나옵니다.")
    assert doc.byline == "김하늘"
    assert doc.language == "ko"  # the text decides; the template's lang="en" is wrong
