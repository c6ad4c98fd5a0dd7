"""Korean hedges found in blind round 7: insiders of a trade, beliefs mid-sentence, expectations as reasons."""

from __future__ import annotations

from reader_app.core.model import SPECULATION
from reader_app.core.suggest import suggest


def _cues(body: str) -> list[str]:
    text = "제목\n\n" + body + "\n"
    return [s.fields["cue"] for s in suggest(text, language="ko") if s.label == SPECULATION]


def test_the_trade_as_a_source_alone_is_not_a_hedge():
    # The press sources settled facts this way too (a closing price): the gold of earlier rounds agrees.
    assert _cues("19일 증권 업계에 따르면 한빛전자 주가는 전날 3% 내린 5만원에 마감했다.") == []


def test_an_unnamed_insider_quoted_is_speculation_but_a_named_firms_official_is_not():
    assert _cues("금융권 관계자는 “연말까지 금리를 내리기는 어렵다”고 말했다.") == ["금융권 관계자"]
    assert _cues("한빛전자 관계자는 “연말까지 라인을 늘린다”고 말했다.") == []


def test_a_belief_verb_in_a_connective_clause_is_speculation():
    assert _cues("시장에서는 수출이 5% 늘어날 것으로 봤는데, 실제로는 두 배가 늘었다.") == ["늘어날 것으로 봤는데"]
    assert _cues("그는 공장 설비를 직접 봤는데, 상태가 좋았다.") == []


def test_an_expectation_given_as_a_reason_is_speculation_but_an_expected_noun_phrase_alone_is_not():
    assert _cues("금리 인하가 기대되는 만큼 채권 비중을 늘리는 편이 낫다.") == ["기대되는 만큼"]
    assert _cues("공급 과잉이 우려되는 가운데 가격은 이틀째 내렸다.") == ["우려되는 가운데"]
    assert _cues("회사는 기대되는 효과를 보고서에 적었다.") == []


def test_a_candidate_being_talked_about_is_speculation_but_a_past_mention_is_not():
    assert _cues("새 공장 부지로는 울산 남구가 거론된다.") == ["거론된다"]
    assert _cues("차기 대표로 김하늘 부사장이 거론되고 있다.") == ["거론되고 있다"]
    assert _cues("이 안건은 지난 회의에서 거론됐다.") == []


def test_a_report_citing_unnamed_officials_is_speculation_but_citing_a_named_one_is_not():
    assert _cues("한빛일보는 관계자를 인용해 두 회사가 협상을 중단했다고 전했다.") == ["관계자를 인용해"]
    assert _cues("외신은 소식통을 인용해 인수가가 1조원이라고 보도했다.") == ["소식통을 인용해"]
    assert _cues("한빛일보는 김하늘 대표를 인용해 협상을 중단했다고 전했다.") == []
