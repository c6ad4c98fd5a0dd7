"""Company rules from blind round 7: the firm a person works for, after a lower-case role (`portfolio manager at X`)."""

from __future__ import annotations

from reader_app.core.model import COMPANY
from reader_app.core.suggest import suggest


def _companies(text: str) -> list[str]:
    return [s.text for s in suggest("HEADLINE\n\n" + text + "\n", language="en") if s.label == COMPANY]


def test_the_firm_after_a_lower_case_role_is_a_company_but_a_place_after_a_resident_is_not():
    text = "The plan may work, says Dana Whitfield, portfolio manager at Northwind Asset Management."
    assert "Northwind Asset Management" in _companies(text)
    assert _companies("The plan may work, says Dana Whitfield, a resident of North Dakota.") == []


def _korean_companies(body: str) -> list[str]:
    return [s.text for s in suggest("제목\n\n" + body + "\n", language="ko") if s.label == COMPANY]


def test_a_power_utility_and_a_newspaper_named_by_their_suffix_are_companies():
    assert _korean_companies("북해전력은 원전 신설을 검토한다고 밝혔다.") == ["북해전력"]
    assert _korean_companies("한빛아침신문이 관계자를 인용해 보도했다.") == ["한빛아침신문"]


def test_power_and_newspapers_as_common_nouns_are_not_companies():
    assert _korean_companies("새 냉장고는 소비전력이 낮고 군사전력 증강과는 무관하다.") == []
    assert _korean_companies("종이신문 구독자는 줄고 지역신문은 문을 닫는다.") == []
