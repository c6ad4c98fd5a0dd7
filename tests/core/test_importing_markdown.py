"""Markdown files: optional front matter gives metadata; the stored text is the file as it is."""

from __future__ import annotations

from reader_app.core.importing import parse_bytes
from reader_app.core.importing.markdown_meta import heading_title, read_front_matter

FRONT = """---
title: "Hanbit to build Ohio plant"
source: Example Business
url: https://example.com/biz/hanbit
date: 2023-04-05
author: [Jane Doe, Richard Roe]
section: Technology  # the desk
language: en
tags:
  - chips
---
"""
BODY = "Hanbit Electronics said on Tuesday it will open a chip plant in Ohio.\n\nShares rose 4%.\n"


def test_front_matter_fields_and_body_start_after_it():
    text = FRONT + BODY
    doc = parse_bytes(text.encode(), filename="note.md")
    assert doc.text == text
    assert doc.format == "md"
    assert doc.title == "Hanbit to build Ohio plant"
    assert doc.source == "Example Business"
    assert doc.url == "https://example.com/biz/hanbit"
    assert doc.published == "2023-04-05"
    assert doc.byline == "Jane Doe, Richard Roe"
    assert doc.section == "Technology"
    assert doc.language == "en"
    assert doc.text[doc.body_start : doc.body_end] == BODY.rstrip("\n")


def test_a_heading_after_front_matter_is_the_headline_not_body():
    text = "---\nsource: 미래경제신문\n---\n# 한빛전자, 오하이오에 공장\n\n한빛전자가 공장을 짓는다.\n"
    doc = parse_bytes(text.encode(), filename="note.markdown")
    assert doc.title == "한빛전자, 오하이오에 공장"
    assert doc.source == "미래경제신문"
    assert doc.text[doc.body_start : doc.body_end] == "한빛전자가 공장을 짓는다."
    assert doc.language == "ko"


def test_markdown_without_front_matter_uses_its_first_heading():
    doc = parse_bytes(b"# Plant news\n\nBody text.\n", filename="n.md")
    assert doc.title == "Plant news"
    assert doc.text[doc.body_start : doc.body_end] == "Body text."


def test_front_matter_parsing_details():
    assert read_front_matter("no front matter").end == 0
    assert read_front_matter("---\ntitle: x\n").end == 0  # never closed: a rule, not front matter
    closed = read_front_matter("---\ntitle: 'x'\npublished: 2020-01-02T03:04:05\n...\nbody")
    assert closed.fields == {"title": "x", "published": "2020-01-02T03:04:05"}
    assert closed.end == len("---\ntitle: 'x'\npublished: 2020-01-02T03:04:05\n...\n")
    assert heading_title("## Second level ##") == "Second level"
    assert heading_title("#hashtag") == ""
