"""Blind gold lives in the repository as offsets and hashes; it must rebuild exactly against the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from blind_gold import BlindGoldError, load_blind, write_blind  # noqa: E402

TEXT = 'Harbor Chips said on Monday.\n\n"Demand may stay weak," said Mina Park, the chief executive.\n'


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "pool" / "en").mkdir(parents=True)
    (corpus / "pool" / "en" / "001-own.txt").write_text(TEXT, encoding="utf-8")
    return corpus


def _annotations() -> list[dict]:
    quote = TEXT.index('"Demand')
    return [
        {"label": "company", "start": 0, "end": 12, "canonical": "Harbor Chips Inc"},
        {"label": "quote", "start": quote, "end": TEXT.index('," said') + 2, "speaker": "Mina Park"},
        {"label": "speculation", "start": quote, "end": TEXT.index("executive.") + 10, "cue": "may"},
    ]


def test_a_blind_file_keeps_no_text_and_rebuilds_spans_and_fields(tmp_path):
    corpus = _corpus(tmp_path)
    path = tmp_path / "gold" / "en-001-own.json"
    write_blind(path, corpus, "pool/en/001-own.txt", "en", "en-round0", "test", (0, len(TEXT)), _annotations())
    stored = path.read_text(encoding="utf-8")
    assert "Demand" not in stored and "Mina Park" not in stored and '"may"' not in stored
    gold, text = load_blind(path, corpus)
    assert text == TEXT
    by_label = {a["type"]: a for a in gold["annotations"]}
    assert by_label["company"]["text"] == "Harbor Chips" and by_label["company"]["canonical"] == "Harbor Chips Inc"
    assert by_label["quote"]["speaker"] == "Mina Park"
    assert by_label["speculation"]["cue"] == "may"
    assert gold["body"] == {"start": 0, "end": len(TEXT)}


def test_a_changed_article_or_span_is_refused(tmp_path):
    corpus = _corpus(tmp_path)
    path = tmp_path / "gold" / "en-001-own.json"
    write_blind(path, corpus, "pool/en/001-own.txt", "en", "en-round0", "test", (0, len(TEXT)), _annotations())
    (corpus / "pool" / "en" / "001-own.txt").write_text(TEXT.replace("Monday", "Friday"), encoding="utf-8")
    with pytest.raises(BlindGoldError, match="differs"):
        load_blind(path, corpus)


@pytest.mark.corpus
def test_every_committed_blind_file_fits_the_shared_corpus(corpus):
    files = sorted((BENCHMARKS / "blind_gold").rglob("*.json"))
    if not files:
        pytest.skip("no blind rounds committed yet")
    for path in files:
        gold, text = load_blind(path, corpus)
        assert gold["annotations"], f"{path.name} holds no annotations"
        for item in gold["annotations"]:
            assert text[item["start"] : item["end"]] == item["text"]
