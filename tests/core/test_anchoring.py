"""Offsets: UTF-16 <-> code points, context re-anchoring, rendered-to-stored mapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader_app.core.anchoring import Utf16Map, anchor_for, reanchor
from reader_app.core.display_map import DisplayMap


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_astral_characters_take_two_utf16_units():
    text = "A😀B가\u0301C🚀"
    m = Utf16Map(text)
    assert [m.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 5, 6, 7, 9]
    assert m.to_cp(2) == 1  # inside the surrogate pair rounds down to the emoji
    assert m.to_cp(3) == 2


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_utf16_mapping_round_trips_for_any_text(text):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        u = m.to_utf16(i)
        assert u == _utf16_len(text[:i])
        assert m.to_cp(u) == i


def test_anchor_keeps_context_and_reanchor_prefers_the_matching_occurrence():
    text = "KT와 우리금융. 다시 KT와 LG전자. 또 KT."
    start = text.index("KT", 5)
    anchor = anchor_for(text, start, start + 2)
    moved = "머리말 추가. " + text
    assert reanchor(moved, "KT", anchor.prefix, anchor.suffix, hint=start) == (start + 8, start + 10)


def test_reanchor_returns_none_when_the_text_is_gone():
    assert reanchor("nothing here", "KT", "", "", 0) is None


def test_display_map_is_identity_for_plain_text():
    m = DisplayMap("abc", "abc")
    assert m.identity and m.stored_span(1, 2) == (1, 2) and m.displayed_span(0, 3) == (0, 3)


def test_display_map_finds_stored_offsets_of_rendered_markdown():
    stored = "# Title\n\nSome **bold** claim about *Acme Corp*.\n"
    displayed = "Title\nSome bold claim about Acme Corp."
    m = DisplayMap(displayed, stored)
    d = displayed.index("Acme Corp")
    s_start, s_end = m.stored_span(d, d + len("Acme Corp"))
    assert stored[s_start:s_end] == "Acme Corp"
    shown = m.displayed_span(s_start, s_end)
    assert displayed[shown[0] : shown[1]] == "Acme Corp"
