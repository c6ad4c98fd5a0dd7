"""Offsets between stored text, what the reading pane shows, and Qt's UTF-16 positions.

Stored offsets are Python code-point indices. Qt counts UTF-16 code units, so every character outside
the Basic Multilingual Plane (emoji, rare Hanja) shifts Qt positions by one; these helpers convert both ways.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

CONTEXT_CHARS = 32


def _astral_positions(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]


class Utf16Map:
    """Converts between code-point indices and UTF-16 positions of one string, in O(log n)."""

    def __init__(self, text: str) -> None:
        self._astral = _astral_positions(text)  # code-point indices of characters that take two units
        # UTF-16 position of each astral character's first unit, for the reverse direction
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral)]
        self.length_cp = len(text)

    def to_utf16(self, cp_index: int) -> int:
        return cp_index + bisect_right(self._astral, cp_index - 1)

    def to_cp(self, u16_index: int) -> int:
        # Each astral char before the position adds one extra unit; a position inside a pair rounds down.
        k = bisect_right(self._astral_u16, u16_index - 1)
        if k and self._astral_u16[k - 1] == u16_index - 1:
            # u16_index points at the low surrogate of an astral char: round down to that char
            return self._astral[k - 1]
        return u16_index - k


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    prefix: str
    suffix: str


def anchor_for(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> Anchor:
    """Context kept beside an annotation so it can be found again if the text is re-decoded."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}..{end} is outside the text (length {len(text)})")
    return Anchor(start, end, text[max(0, start - width) : start], text[end : end + width])


def reanchor(text: str, exact: str, prefix: str, suffix: str, hint: int) -> tuple[int, int] | None:
    """Find `exact` in `text` again, preferring the occurrence whose context matches best, then nearest `hint`.

    Returns None when the exact text no longer occurs: the caller flags the annotation rather than guessing.
    """
    if not exact:
        return None
    best: tuple[int, int, int] | None = None  # (-score, distance, start)
    pos = text.find(exact)
    while pos != -1:
        score = _common_suffix(text[max(0, pos - len(prefix)) : pos], prefix)
        after = pos + len(exact)
        score += _common_prefix(text[after : after + len(suffix)], suffix)
        key = (-score, abs(pos - hint), pos)
        if best is None or key < best:
            best = key
        pos = text.find(exact, pos + 1)
    if best is None:
        return None
    return best[2], best[2] + len(exact)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def align_rendered(rendered: str, source: str) -> list[int]:
    """Map each character of `rendered` to the index of the same character in `source`, or -1.

    Rendering Markdown drops syntax characters and folds whitespace, so the rendered text is close to a
    subsequence of the source. A greedy forward match with a bounded look-ahead keeps this linear while
    tolerating the few characters a renderer invents (list bullets, typographic substitutions).
    """
    mapping = [-1] * len(rendered)
    j = 0
    n = len(source)
    lookahead = 400
    for i, ch in enumerate(rendered):
        if ch.isspace():
            # whitespace in the rendering may be a newline the renderer made; match it loosely
            k = j
            while k < n and k < j + 4 and not source[k].isspace():
                k += 1
            if k < n and source[k].isspace() and k < j + 4:
                mapping[i] = k
                j = k + 1
            continue
        limit = min(n, j + lookahead)
        k = source.find(ch, j, limit)
        if k != -1:
            mapping[i] = k
            j = k + 1
    return mapping
