"""Non-blank lines of a text with their offsets, walked lazily from either end.

Header detection needs only the first few dozen lines and furniture detection only the last few
hundred, so a 20 MB file of ten million lines costs two short walks, not ten million objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple


class Line(NamedTuple):
    start: int  # offset of the line's first character in the analysed text (plus any base offset)
    text: str  # the line as stored, without its "\n"
    stripped: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def content_start(self) -> int:
        """Offset of the first non-whitespace character."""
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def content_end(self) -> int:
        """Offset just after the last non-whitespace character."""
        return self.start + len(self.text.rstrip())


def forward(text: str, pos: int = 0, base: int = 0) -> Iterator[Line]:
    """Non-blank lines starting at or after pos (pos must be a line start)."""
    size = len(text)
    while pos <= size:
        newline = text.find("\n", pos)
        stop = size if newline < 0 else newline
        raw = text[pos:stop]
        stripped = raw.strip()
        if stripped:
            yield Line(base + pos, raw, stripped)
        if newline < 0:
            return
        pos = newline + 1


def backward(text: str, end: int | None = None, base: int = 0) -> Iterator[Line]:
    """Non-blank lines ending at or before end (end must be a line end), last line first."""
    stop = len(text) if end is None else end
    while stop >= 0:
        newline = text.rfind("\n", 0, stop)
        raw = text[newline + 1 : stop]
        stripped = raw.strip()
        if stripped:
            yield Line(base + newline + 1, raw, stripped)
        if newline < 0:
            return
        stop = newline


def line_start(text: str, pos: int) -> int:
    """Offset of the start of the line that contains pos."""
    return text.rfind("\n", 0, pos) + 1
