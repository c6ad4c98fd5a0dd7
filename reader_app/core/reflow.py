"""Show hard-wrapped text (wire stories cut at ~70 columns) as flowing paragraphs, offsets unchanged.

Only line breaks are swapped for spaces, one character for one, so every stored offset is also a position in
what the reading pane shows.
"""

from __future__ import annotations

from statistics import median

_MIN_WRAPPED = 40  # a line shorter than this ends a paragraph or is a heading, never wrapped prose
_WRAP_WIDTH = (50, 90)  # median line length of text that was wrapped by a tool at a fixed column
_MAX_LINE = 110
_SENTENCE_ENDS = (".", "!", "?", '"', "'", "”", "’", "다", "요", ")", ":")


def looks_hard_wrapped(text: str) -> bool:
    """Lines of similar, moderate length that mostly stop mid-sentence: a tool cut them at a column.

    Text with one sentence per line (some Korean sources) has lines of that length too, but they end
    where sentences end, so they are left as they are.
    """
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 6:
        return False
    lengths = [len(line) for line in lines]
    ending_sentences = sum(1 for line in lines if line.endswith(_SENTENCE_ENDS)) / len(lines)
    return _WRAP_WIDTH[0] <= median(lengths) <= _WRAP_WIDTH[1] and max(lengths) <= _MAX_LINE and ending_sentences < 0.5


def reflowed(text: str) -> str:
    """The same text with in-paragraph line breaks as spaces; unchanged unless it looks hard-wrapped."""
    if not looks_hard_wrapped(text):
        return text
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines[:-1]):
        following = lines[i + 1]
        joins = (
            len(line.rstrip()) >= _MIN_WRAPPED
            and following.strip()
            and not following[:1].isspace()  # an indented line starts a new paragraph
        )
        out.append(line + (" " if joins else "\n"))
    out.append(lines[-1])
    return "".join(out)
