"""The seed article (../shared/corpus): a few facts the engine must get right on real text."""

from __future__ import annotations

import json

import pytest

from reader_app.core.suggest import suggest

pytestmark = pytest.mark.corpus


@pytest.fixture
def seed(seed_article, gold_dir):
    text = seed_article.read_text(encoding="utf-8")
    gold = json.loads((gold_dir / "businesspost-2020-06-05-woori-kt.json").read_text(encoding="utf-8"))
    body = (gold["body"]["start"], gold["body"]["end"])
    return text, suggest(text, language="ko", body=body)


def _at(found, label: str, start: int):
    return next((s for s in found if s.label == label and s.start == start), None)


def test_woori_financial_holding_resolves_to_the_group(seed):
    text, found = seed
    start = text.index("우리금융지주")
    mention = _at(found, "company", start)
    assert mention is not None and mention.text == "우리금융지주"
    assert mention.fields["canonical"] == "Woori Financial Group"


def test_kt_before_a_particle_is_kt_corporation(seed):
    text, found = seed
    start = text.index("KT와 협력을")
    mention = _at(found, "company", start)
    assert mention is not None and mention.text == "KT"
    assert mention.fields["canonical"] == "KT Corporation"


def test_the_kt_officials_two_quotes_have_speaker_kt_official(seed):
    text, found = seed
    quotes = [s for s in found if s.label == "quote" and s.start > text.index("KT 관계자는")]
    assert [q.fields["speaker"] for q in quotes[:2]] == ["KT 관계자", "KT 관계자"]
    assert quotes[0].text.startswith('"AI원팀은') and quotes[0].text.endswith('있다"')


def test_the_opening_sentence_is_speculation_with_its_hedge(seed):
    text, found = seed
    start = text.index("손태승 우리금융지주 대표이사 회장이 KT에서")
    spec = _at(found, "speculation", start)
    assert spec is not None and spec.text.endswith("시선이 나온다.")
    assert spec.fields["cue"].endswith("시선이 나온다")


def test_scare_quoted_alliance_name_is_neither_quote_nor_company(seed):
    text, found = seed
    start = text.index("'AI원팀'")
    assert not any(s.start <= start < s.end for s in found if s.label in ("quote", "company"))
