"""The formula guard: every dangerous first character is neutralised, and stripping it gives the value back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader_app.core.exporters.cells import FORMULA_STARTS, neutralise, restore


def test_every_formula_start_gets_an_apostrophe():
    for first in FORMULA_STARTS:
        assert neutralise(first + "1+1") == "'" + first + "1+1"
    assert neutralise('=HYPERLINK("http://x","click")') == '\'=HYPERLINK("http://x","click")'
    assert neutralise("-2% 감소") == "'-2% 감소"


def test_plain_text_and_inner_formula_characters_stay_as_they_are():
    for value in ("한빛전자", "a=b", "KT 관계자", "", "2026-03-02"):
        assert neutralise(value) == value


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(value):
    assert restore(neutralise(value)) == value
