"""English misses of blind round 7: a list of titles before the speaker, a longer forecast object after
`sees`, and a report that cites an unnamed source."""

from __future__ import annotations

from reader_app.core.model import QUOTE, SPECULATION
from reader_app.core.suggest import suggest


def _labelled(text: str, label: str) -> list:
    return [s for s in suggest("HEADLINE\n\n" + text + "\n", language="en") if s.label == label]


def test_a_speaker_after_a_list_of_titles_is_found():
    text = '"Orders were below plan this quarter," chairman, CEO and president Dana Whitfield said on Tuesday.'
    assert [(q.text, q.fields["speaker"]) for q in _labelled(text, QUOTE)] == [
        ('"Orders were below plan this quarter,"', "Dana Whitfield")
    ]


def test_a_holder_who_sees_growth_named_after_a_few_words_is_speculation():
    text = "Looking ahead, Northwind sees fiscal year 2026 sales growth of 2 percent."
    assert [s.fields["cue"].split()[0] for s in _labelled(text, SPECULATION)] == ["sees"]
    # Seeing is still plain sight when no change to come is its object.
    assert _labelled("The inspector sees the new plant floor every single week.", SPECULATION) == []


def test_a_report_citing_an_unnamed_source_is_speculation_but_citing_a_named_one_is_not():
    text = "The paper, citing an anonymous government source, reported that the talks had stalled."
    assert [s.fields["cue"] for s in _labelled(text, SPECULATION)] == ["citing an anonymous government source"]
    assert (
        _labelled("The paper, citing finance minister Ola Berg, reported that the talks had stalled.", SPECULATION)
        == []
    )
