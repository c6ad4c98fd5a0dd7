"""Sentence and paragraph spans for Korean and English news, hard-wrapped or one sentence per line."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Sentence-final punctuation, then any closing quotes or brackets that belong to the sentence.
_TERMINAL = re.compile(r"[.!?…]+[\"'”’)\]]*")
_WS = " \t\u00a0\u3000"
_LEADING_MARKERS = "-–—▶▷•·※■□◆◇●○"
# Words whose trailing period does not end an English sentence (titles, months, initials handled apart).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen sen rep gov lt col capt st jr sr no nos vs etc approx dept est fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m".split()
)
_SENTENCE_OPENERS = frozenset(
    "The A An It He She They We I In On At But And This That These Those Its Their His Her There However "
    "Analysts Shares Last Earlier Meanwhile Also".split()
)
_INDENT = re.compile(r"[ \t]{2,}\S")
# A wire dateline opening a story ("NEW YORK, March 2 - "): not part of the first sentence.
_DATELINE = re.compile(
    r"[A-Z][A-Za-z.' ]{1,40}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} [-–—]+\s+"
)
# A Korean byline, `(서울=연합뉴스) 김철수 기자 =` or `[이데일리 안혜신 기자]`: it ends whatever runs before it
# (a subheading the crawl ran into the body) and is part of no sentence.
_KO_BYLINE = re.compile(
    r"\([^()=\n]{1,12}=[^()\n]{1,20}\)\s*(?:[가-힣]{2,4}\s+){0,2}(?:기자|특파원)\s*=\s*"
    r"|\[[^\[\]\n]{1,30}?[가-힣]{2,4}\s*(?:기자|특파원)\]\s*"
)
# Crawled Korean pages run a photo caption or subheading into the next sentence with only a run of spaces
# between them: inside Korean text such a run is a boundary even with no punctuation before it.
_KO_SPACE_RUN = re.compile(r"[ \u00a0\u3000\t]{2,}")
_HANGUL = re.compile(r"[가-힣]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int  # exclusive

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


def _lines(text: str, start: int, end: int) -> list[Span]:
    spans, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        spans.append(Span(pos, stop))
        pos = stop + 1
    return spans


def is_hard_wrapped(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when lines were broken at a fixed width (Reuters), so a newline is not a sentence boundary.

    Wrapped text has many long lines of nearly the same length; one-sentence-per-line text has ragged lengths.
    """
    end = len(text) if end is None else end
    lengths = [len(text[s.start : s.end].rstrip()) for s in _lines(text, start, end)]
    lengths = [n for n in lengths if n >= 20]
    if len(lengths) < 4:
        return False
    width = max(lengths)
    if width > 100:
        return False
    near_width = sum(1 for n in lengths if n >= 0.75 * width)
    return near_width >= 0.7 * len(lengths)


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Blocks that no sentence or quotation crosses: lines, or for wrapped text, indented/blank-line paragraphs."""
    end = len(text) if end is None else end
    lines = _lines(text, start, end)
    wrapped = is_hard_wrapped(text, start, end)
    blocks: list[Span] = []
    current: Span | None = None
    for line in lines:
        content = text[line.start : line.end]
        if not content.strip(_WS + "\r"):
            current = None
            continue
        # Outside wrapped text, a line that runs on in lower case after no final punctuation is still wrapped.
        runs_on = current is not None and content[:1].islower() and text[current.end - 1] not in '.!?…"”'
        starts_block = current is None or (not wrapped and not runs_on) or _INDENT.match(content) is not None
        if starts_block or current is None:
            current = Span(line.start, line.end)
            blocks.append(current)
        else:
            current = Span(current.start, line.end)
            blocks[-1] = current
    return [_trim(text, b) for b in blocks if _trim(text, b).end > _trim(text, b).start]


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and (text[start] in _WS + "\n\r" or text[start] in _LEADING_MARKERS):
        start += 1
    while end > start and text[end - 1] in _WS + "\n\r":
        end -= 1
    return Span(start, end)


def _is_boundary(text: str, stop: int, block_end: int, punct_start: int) -> bool:
    """Whether the punctuation ending at `stop` closes a sentence."""
    if stop >= block_end:
        return True
    if _korean_end(text, stop, punct_start):
        return True
    if text[stop] not in _WS + "\n":
        return False  # 1.4, U.S.-based, "...That
    nxt = stop
    while nxt < block_end and text[nxt] in _WS + "\n":
        nxt += 1
    if nxt >= block_end:
        return True
    follower = text[nxt]
    if follower.islower():
        return False
    if text[punct_start] == ".":
        word_start = punct_start
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
            word_start -= 1
        word = text[word_start:punct_start].lower()
        if word in _ABBREVIATIONS:
            return False
        if len(word) == 1 and word.isalpha() and text[word_start].isupper():
            return False  # an initial: E. F. Hutton
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            # Initials (E.F. Hutton, U.S. Treasury) end a sentence only before a word that opens one.
            next_word = re.match(r"[A-Za-z]+", text[nxt:block_end])
            return next_word is not None and next_word.group() in _SENTENCE_OPENERS
        if follower.isdigit() and punct_start > 0 and text[punct_start - 1].isdigit():
            return False  # "11. 6 pct"
    return True


def _korean_end(text: str, stop: int, punct_start: int) -> bool:
    """A full stop (or ?/!) right after a Hangul syllable ends a Korean sentence, whatever follows it.

    Crawled Korean text often drops the space (`증가했다.다음 달에는`), and a lower-case word after it is a
    footer (`기자 e-mail`), not an English sentence running on. An ellipsis (`실적 부진…목표가`) joins
    headline phrases instead, so it does not count.
    """
    closing = text[punct_start + 1 : stop]
    if closing[:1] in (".", "…") or (closing and stop < len(text) and _HANGUL.match(text, stop)):
        return False  # `했다.”라고 말했다`: the quotative after the closing mark continues the sentence
    return punct_start > 0 and text[punct_start] in ".!?" and _HANGUL.match(text, punct_start - 1) is not None


def _korean_breaks(text: str, block: Span) -> list[tuple[int, int]]:
    """(end of what runs before, start of what follows) for bylines and space runs in a Korean block."""
    if _HANGUL.search(text, block.start, block.end) is None:
        return []
    breaks = [(m.start(), m.end()) for m in _KO_BYLINE.finditer(text, block.start, block.end)]
    breaks += [(m.start(), m.end()) for m in _KO_SPACE_RUN.finditer(text, block.start, block.end)]
    return breaks


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans from first character to final punctuation (or line end), leading markers skipped."""
    result: list[Span] = []
    for block in paragraphs(text, start, end):
        dateline = _DATELINE.match(text, block.start, block.end)
        sent_start = dateline.end() if dateline else block.start
        breaks = [
            (match.end(), match.end())
            for match in _TERMINAL.finditer(text, block.start, block.end)
            if _is_boundary(text, match.end(), block.end, match.start())
        ]
        for stop, resume in sorted(breaks + _korean_breaks(text, block)):
            if stop < sent_start:
                continue  # a space run inside a byline already passed
            span = _trim(text, Span(sent_start, stop))
            if span.end > span.start:
                result.append(span)
            sent_start = max(sent_start, resume)
        tail = _trim(text, Span(sent_start, block.end))
        if tail.end > tail.start:
            result.append(tail)
    return result
