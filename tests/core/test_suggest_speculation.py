"""Speculation detector: hedged sentences with their cue; ability, permission and schedules are not hedges."""

from __future__ import annotations

from reader_app.core.model import SPECULATION
from reader_app.core.suggest import suggest


def _spec(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.text, s.fields["cue"]) for s in suggest(text, language=language) if s.label == SPECULATION]


def test_korean_framed_possibility_is_a_hedge_and_plain_ability_is_not():
    text = (
        "제목\n\n새 공장은 연간 2만 대를 만들 수 있다. "
        "업계에서는 두 회사가 합작법인을 세울 수 있다는 관측이 나온다. "
        "증권가는 실적이 개선될 수 있다고 보고 있다.\n"
    )
    assert _spec(text, "ko") == [
        ("업계에서는 두 회사가 합작법인을 세울 수 있다는 관측이 나온다.", "세울 수 있다는 관측이 나온다"),
        ("증권가는 실적이 개선될 수 있다고 보고 있다.", "개선될 수 있다고 보고 있다"),
    ]


def test_korean_reported_and_expected_claims():
    text = (
        "제목\n\n두 회장은 협력을 논의한 것으로 알려졌다.\n"
        "정부는 다음 달 지원 대상을 발표할 예정이다.\n매출은 늘어날 전망이다\n"
    )
    assert [cue for _, cue in _spec(text, "ko")] == ["논의한 것으로 알려졌다", "늘어날 전망이다"]


def test_english_ability_permission_and_schedule_are_not_speculation():
    text = (
        "HEADLINE\n\nThe plant can produce 100 tonnes a day. The lease may be extended by either party.\n"
        "The company will pay the dividend on April 1. Rivals may bid for the unit, people familiar\n"
        "with the matter said.\n"
    )
    found = _spec(text, "en")
    assert len(found) == 1
    assert found[0][0].startswith("Rivals may bid") and found[0][0].endswith("said.")
    assert found[0][1] == "may bid"


def test_hedges_spoken_inside_a_direct_quote_do_not_make_the_sentence_speculative():
    text = 'HEADLINE\n\n"Prices could fall further next year," said a company spokeswoman.\n'
    assert _spec(text, "en") == []


def test_the_span_is_the_whole_sentence_across_hard_wrapped_lines():
    text = (
        "HEADLINE\n\n"
        "Kestrel Mining Corp is expected to announce a partial sale of its\n"
        "copper assets within weeks, according to two bankers in Sydney.\n"
    )
    [(sentence, cue)] = _spec(text, "en")
    assert sentence == text[len("HEADLINE\n\n") :].rstrip("\n")
    assert cue == "is expected to"


def test_a_question_headline_outside_the_body_is_not_suggested():
    text = "두 회사 손잡나?\n\n두 회사는 협력 방안을 논의했다.\n"
    assert _spec(text, "ko") == []


def test_expected_with_a_time_is_a_hedge_but_as_expected_is_not():
    text = (
        "HEADLINE\n\nA ruling on the merger is expected next week. Sales were higher than expected in May.\n"
        "As expected, the board kept the dividend.\n"
    )
    assert _spec(text, "en") == [("A ruling on the merger is expected next week.", "is expected next")]


def test_a_named_forecast_is_speculation():
    text = "HEADLINE\n\nChen predicted the central bank will cut rates in June. The cut was predicted by few.\n"
    assert _spec(text, "en") == [("Chen predicted the central bank will cut rates in June.", "predicted")]


def test_epistemic_should_before_a_verb_of_change_but_not_advice():
    text = (
        "HEADLINE\n\nMargins should improve next year as freight costs ease, the company said.\n"
        "The tariff should be reconsidered, the association said.\n"
    )
    assert [cue for _, cue in _spec(text, "en")] == ["should improve"]


def test_appear_with_a_comparative_is_a_hedge_but_appearing_somewhere_is_not():
    text = (
        "HEADLINE\n\nExport prices appear lower than a year ago, dealers said.\n"
        "The chairman appeared later that day. He appeared in court on Monday.\n"
    )
    assert [cue for _, cue in _spec(text, "en")] == ["appear lower"]


def test_korean_hinted_or_suggested_possibility_is_a_hedge():
    text = (
        "제목\n\n회사는 신제품의 연내 출시 가능성을 내비쳤다.\n"
        "정부는 추가 인하 가능성을 시사했다.\n회사는 매각 가능성을 일축했다.\n"
    )
    assert [cue for _, cue in _spec(text, "ko")] == ["출시 가능성을 내비쳤다", "인하 가능성을 시사했다"]


def test_english_named_holder_expects_and_bare_expected_are_hedges_but_as_expected_is_not():
    text = (
        "HEADLINE\n\nNorvale Mills Inc expects margins for the year to widen, its chief told investors.\n"
        "A ruling was expected but no date had been set. Sales rose as expected in March.\n"
        "The treasurer said she expected little change in rates. Costs were higher than expected.\n"
    )
    assert [cue for _, cue in _spec(text, "en")] == ["Inc expects", "was expected", "she expected"]


def test_english_declining_to_commit_and_suggesting_are_hedges():
    text = (
        "HEADLINE\n\nThe director said it was too early to say whether the plant would reopen.\n"
        "It is not clear when the buyer will pay. The chairman suggested that the unit could be worth more.\n"
        "The board made clear it would pay the dividend on May 2.\n"
    )
    assert [cue for _, cue in _spec(text, "en")] == ["too early to say", "not clear when", "suggested that"]


def test_english_should_before_a_forecast_verb_is_a_hedge():
    text = "HEADLINE\n\nThe retailer should post a record profit this year, he said. Staff should wear badges.\n"
    assert [cue for _, cue in _spec(text, "en")] == ["should post"]
