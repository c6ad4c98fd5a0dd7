"""Put an incoming annotation on an article's text: by its offsets, else by its quote and context."""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.core.anchoring import reanchor
from reader_app.core.exchange.records import IncomingAnnotation


@dataclass(frozen=True)
class Placed:
    start: int
    end: int
    how: str  # "position" or "quote"


def place(incoming: IncomingAnnotation, text: str) -> Placed | str:
    """Where the annotation goes in `text`, or the reason it cannot be placed (for the report)."""
    start, end = incoming.start, incoming.end
    if 0 <= start < end <= len(text) and text[start:end] == incoming.exact:
        return Placed(start, end, "position")
    # another encoding or extraction of the same article: find the quote, the occurrence whose context fits best
    found = reanchor(text, incoming.exact, incoming.prefix, incoming.suffix, hint=max(0, start))
    if found is not None:
        return Placed(found[0], found[1], "quote")
    shown = " ".join(incoming.exact.split())
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return f"its text “{shown}” is not in the article"
