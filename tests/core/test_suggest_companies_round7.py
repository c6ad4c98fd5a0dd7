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
