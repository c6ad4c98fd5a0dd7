"""Real articles from ../shared/corpus against ../shared/gold: the seed article must match exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader_app.core.importing import parse_file

pytestmark = pytest.mark.corpus
FIELDS = ("title", "published", "byline", "source", "section")


def _gold(gold_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def _articles(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())


def test_the_seed_article_matches_its_gold_exactly(seed_article, gold_dir):
    gold = json.loads((gold_dir / f"{seed_article.stem}.json").read_text(encoding="utf-8"))
    doc = parse_file(seed_article)
    assert {f: getattr(doc, f) for f in FIELDS} == gold["metadata"]
    assert (doc.body_start, doc.body_end) == (gold["body"]["start"], gold["body"]["end"])
    assert doc.text == seed_article.read_bytes().decode("utf-8")  # offsets index the file as stored
    assert (doc.language, doc.encoding, doc.format) == ("ko", "utf-8", "txt")
    body = doc.text[doc.body_start : doc.body_end]
    assert all(furniture not in body for furniture in gold.get("not_body", []))


def test_every_gold_file_matches_on_the_fields_it_carries(corpus, gold_dir):
    for gold in _gold(gold_dir):
        doc = parse_file(corpus / gold["article"])
        for field, expected in gold["metadata"].items():
            assert getattr(doc, field) == expected, (gold["article"], field)
        assert (doc.body_start, doc.body_end) == (gold["body"]["start"], gold["body"]["end"]), gold["article"]
        if "language" in gold:
            assert doc.language == gold["language"]


def test_every_corpus_article_imports_with_sane_fields(corpus):
    articles = _articles(corpus)
    assert len(articles) > 40
    for path in articles:
        doc = parse_file(path)
        end = doc.body_end if doc.body_end is not None else len(doc.text)
        assert 0 <= doc.body_start < end <= len(doc.text), path.name
        assert doc.title.strip(), path.name
        assert doc.language in ("ko", "en"), path.name
        if path.suffix == ".txt":
            # Corpus text files: headline on line 1, a blank line, the body.
            first_line = doc.text.split("\n", 1)[0].strip()
            assert path.name.startswith("businesspost") or doc.title == first_line, path.name
            assert doc.body_start > len(first_line), path.name
        else:
            assert doc.raw == path.read_bytes()
            assert doc.published and doc.source, path.name


def test_reuters_closers_are_furniture_and_name_the_source(corpus):
    for path in sorted((corpus / "en").glob("0[0-3]*.txt")):
        doc = parse_file(path)
        assert doc.source == "Reuters", path.name
        assert not doc.text[doc.body_start : doc.body_end].rstrip().endswith("Reuter"), path.name


def test_an_html_page_and_its_text_version_agree_on_the_body(corpus):
    page = parse_file(corpus / "html" / "ko-mbn-recession-marketing.html")
    text = parse_file(next((corpus / "ko").glob("001-*.txt")))

    def squeeze(doc):
        return re.sub(r"\s+", " ", doc.text[doc.body_start : doc.body_end]).strip()

    assert squeeze(page) == squeeze(text)
    assert page.byline == text.byline == "장가희"
    assert page.published.startswith("2023-04-04")
