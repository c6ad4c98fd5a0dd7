"""Map between what the reading pane shows and the stored text the offsets point into."""

from __future__ import annotations

from bisect import bisect_left

from reader_app.core.anchoring import align_rendered


class DisplayMap:
    """Code-point offsets of the displayed text <-> code-point offsets of the stored text.

    Plain text is shown character for character, so the map is the identity. Rendered Markdown drops
    syntax; there each displayed character knows its stored index, found by alignment.
    """

    def __init__(self, displayed: str, stored: str, *, same_positions: bool = False) -> None:
        # same_positions: the caller swapped characters one for one (reflowed line breaks), nothing moved.
        self.identity = same_positions or displayed == stored
        self.stored_length = len(stored)
        if self.identity:
            self._to_stored: list[int] = []
            self._pairs: list[tuple[int, int]] = []
            return
        self._to_stored = align_rendered(displayed, stored)
        # (stored index, displayed index) for mapped characters, increasing in both
        self._pairs = [(s, d) for d, s in enumerate(self._to_stored) if s >= 0]
        self._stored_keys = [s for s, _ in self._pairs]

    def stored_span(self, d_start: int, d_end: int) -> tuple[int, int] | None:
        """The stored span covered by displayed characters d_start..d_end (end exclusive)."""
        if self.identity:
            return (d_start, d_end) if d_start < d_end else None
        mapped = [s for s in self._to_stored[d_start:d_end] if s >= 0]
        if not mapped:
            return None
        return mapped[0], mapped[-1] + 1

    def displayed_span(self, s_start: int, s_end: int) -> tuple[int, int] | None:
        """The displayed span showing stored characters s_start..s_end, or None if none of them is shown."""
        if self.identity:
            return s_start, s_end
        i = bisect_left(self._stored_keys, s_start)
        j = bisect_left(self._stored_keys, s_end)
        if i >= j:
            return None
        return self._pairs[i][1], self._pairs[j - 1][1] + 1

    def stored_offset(self, d_pos: int) -> int:
        """Stored offset of a displayed caret position (for clicks)."""
        if self.identity:
            return d_pos
        for s in self._to_stored[d_pos:]:
            if s >= 0:
                return s
        return self.stored_length
