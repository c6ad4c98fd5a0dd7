"""Page furniture inside an article's body: an image's repeated headline, photo captions, the sign-off bracket.

Saved pages put these between or after the body's paragraphs, so the body's start and end cannot leave them out.
The guide does not annotate them (a mention there is optional), the reader dims them like the furniture around
the body, and the suggestion engines skip them. Each test looks at a line's shape and at the article's own title,
never at the wording of a particular article.
"""

from __future__ import annotations

import re

from reader_app.core.importing.furniture import SIGNOFF, is_caption

# A photo caption in Korean news is a noun phrase under the picture ("홍길동 한빛전자 대표이사."): short, alone
# in its paragraph, with no predicate. Korean sentences end in a predicate (…다. …요. …죠. …까?), so a line
# without one that is this short is not article prose.
_CAPTION_MAX = 60
_KOREAN_PREDICATE_END = re.compile(r"(?:다|요|죠|까|니다|음|함|임|됨)[.!?…]*['\"”’)]*\s*$")
_HANGUL = re.compile(r"[가-힣]")
_TERMINAL = re.compile(r"[.]\s*$")
# A caption names (person, company, title) without grammar: a word ending in a particle or a verb's modifier
# ("마트가", "내놓은", "방문지는") makes the line a sentence fragment of the story, which stays body. A name that
# happens to end in such a syllable only makes the test keep the line: the safe side.
_GRAMMAR_WORD = re.compile(r"[가-힣](?:은|는|이|가|을|를|의|에|와|과|도|로|서|한|된|든가|고|며|면)(?=\s|[.,]|$)")


def _norm(value: str) -> str:
    return " ".join(value.replace("\u00a0", " ").split())


def _lines(text: str, start: int, end: int):
    """(line start, line end, line) for each line between start and end, offsets into text."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        yield pos, stop, text[pos:stop]
        pos = stop + 1


def _alone(text: str, lo: int, hi: int) -> bool:
    """The line has a blank line (or the text's edge) on both sides: a paragraph of its own."""
    return _blank_before(text, lo) and _blank_after(text, hi)


def _blank_before(text: str, lo: int) -> bool:
    prev_end = text.rfind("\n", 0, lo)
    if prev_end < 0:
        return True
    prev_start = text.rfind("\n", 0, prev_end) + 1
    return not _norm(text[prev_start:prev_end])


def _blank_after(text: str, hi: int) -> bool:
    if hi >= len(text):
        return True
    nxt_end = text.find("\n", hi + 1)
    nxt_end = len(text) if nxt_end < 0 else nxt_end
    return not _norm(text[hi + 1 : nxt_end])


def is_korean_caption(line: str) -> bool:
    s = _norm(line)
    return (
        0 < len(s) <= _CAPTION_MAX
        and bool(_HANGUL.search(s))
        and bool(_TERMINAL.search(s))
        and not _KOREAN_PREDICATE_END.search(s)
        and not _GRAMMAR_WORD.search(s)
        and '"' not in s
        and "“" not in s
    )


def inner_furniture(text: str, body: tuple[int, int], title: str = "") -> list[tuple[int, int]]:
    """Spans inside body that are page furniture, sorted; the body's first line is never one (it leads)."""
    start, end = body
    found: list[tuple[int, int]] = []
    heading = _norm(title)
    first = True
    for lo, hi, line in _lines(text, start, end):
        s = _norm(line)
        if not s:
            continue
        lead, first = first, False
        if heading and s == heading and not lead:
            found.append((lo, hi))  # the image's repeated headline
        elif not lead and (is_caption(s) or (is_korean_caption(s) and _alone(text, lo, hi))):
            found.append((lo, hi))
        else:
            for match in SIGNOFF.finditer(line):
                # "[비즈니스포스트 윤종학 기자]" closing the last paragraph: the byline, not the story.
                if not _norm(line[match.end() :]):
                    found.append((lo + match.start(), lo + match.end()))
    return found
