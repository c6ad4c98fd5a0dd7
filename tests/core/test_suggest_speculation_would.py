"""Hedges built on would, perception and estimates; deal terms, rules and indirect questions stay out."""

from __future__ import annotations

from reader_app.core.model import SPECULATION
from reader_app.core.suggest import suggest


def _cues(text: str, language: str = "en") -> list[str]:
    return [s.fields["cue"] for s in suggest(text, language=language) if s.label == SPECULATION]


def test_a_past_tense_condition_makes_would_a_hedge_but_deal_terms_and_rules_do_not():
    text = (
        "HEADLINE\n\nIf copper prices fell further, smelters would cut output, the minister said.\n"
        "If the board agrees, the buyer would pay 12 dlrs a share.\n"
        "If all units are sold, holders would receive 12 dlrs each. The agency would grant a permit only if\n"
        "tests showed no harm. She was asked if the lender would proceed with the sale.\n"
    )
    assert _cues(text) == ["would cut"]


def test_a_counterfactual_would_have_is_a_hedge_but_would_have_to_is_not():
    text = (
        "HEADLINE\n\nWithout the merger the group would have earned far less in 1990.\n"
        "The treasurer said the firm would have to raise fresh capital next year.\n"
    )
    assert _cues(text) == ["would have earned"]


def test_perception_and_feasibility_judgements_are_hedges():
    text = (
        "HEADLINE\n\nThe price cut was seen as a sign of weak demand. The partners seem only to disagree on price.\n"
        "A merger of the two mills would seem logical. A distributor said it would be difficult for rivals to\n"
        "match the discount. The minister said Chile would have no difficulty meeting its quota.\n"
    )
    assert _cues(text) == [
        "was seen as",
        "seem only to",
        "would seem",
        "would be difficult",
        "would have no difficulty",
    ]


def test_expectations_estimates_and_possible_actors():
    text = (
        "HEADLINE\n\nHarlow Foods Ltd is expecting record sales this year. A ruling is not expected until June.\n"
        "Other potential bidders include two banks. He said he would consider selling the unit.\n"
        "She estimated that exports would double by 1995. The agency estimates that sales totaled 4 bln dlrs.\n"
        "The quota roughly matches its expected output. Profit was higher than expected last year.\n"
    )
    assert _cues(text) == [
        "is expecting",
        "is not expected until",
        "potential bidders",
        "would consider",
        "estimated that",
        "its expected output",
    ]


def test_korean_polite_seems_and_negated_seems_are_hedges():
    text = "제목\n\n조사가 끝나면 수사에 속도가 붙을 것으로 보입니다.\n새 정책이 큰 효과를 낸 것 같지는 않다.\n"
    assert _cues(text, "ko") == ["붙을 것으로 보입니다", "낸 것 같지는 않다"]
