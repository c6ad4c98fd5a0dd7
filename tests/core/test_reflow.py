"""Hard-wrapped wire text flows as paragraphs in the reader without moving any offset."""

from __future__ import annotations

from reader_app.core.reflow import looks_hard_wrapped, reflowed

WRAPPED = (
    "ACME SEEN WEIGHING BID\n\n"
    "New York, March 3 - Acme Corp is weighing an offer for Beta\n"
    "Inc, analysts said, adding that a deal could come as soon as\n"
    "next month if the two sides agree on a price for the shares.\n"
    "    Acme declined to comment on the report on Tuesday, and a\n"
    "spokesman for Beta said the company does not comment on\n"
    "market rumours as a matter of long standing policy here.\n"
    " Reuter\n"
)


def test_wrapped_lines_join_and_paragraphs_stay():
    shown = reflowed(WRAPPED)
    assert len(shown) == len(WRAPPED)
    assert "offer for Beta Inc, analysts" in shown
    assert "here.\n Reuter" in shown  # a short closing line stays on its own
    assert "price for the shares.\n    Acme" in shown  # an indented line starts a paragraph
    assert shown.startswith("ACME SEEN WEIGHING BID\n\n")


def test_every_difference_is_a_line_break_shown_as_a_space():
    shown = reflowed(WRAPPED)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(WRAPPED, shown, strict=True))


def test_text_with_long_lines_or_one_sentence_per_line_is_left_alone():
    sentence = "한빛전자는 올해 반도체 사업을 크게 확대할 전망이라고 업계 관계자들이 전했다 "
    korean = "제목\n\n" + "\n".join(sentence * 2 for _ in range(8))
    assert not looks_hard_wrapped(korean) and reflowed(korean) == korean
    assert reflowed("short\ntext\n") == "short\ntext\n"
