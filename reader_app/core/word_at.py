"""The word at a character offset, as an analyst means it when they right-click a name: no particle, no quotes."""

from __future__ import annotations

import unicodedata

from reader_app.core.suggest.korean import strip_particles

_POSSESSIVES = ("'s", "’s")


def _is_edge_punctuation(char: str) -> bool:
    # Quotes, brackets, commas and full stops around a word are not part of it; hyphens and ampersands inside are.
    return unicodedata.category(char)[0] == "P" and char not in "&-"


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of the word covering `offset` in `text`, or None on white space or outside the text.

    A word runs between white space; punctuation at its edges is dropped (`'핀크'를` → `핀크`), then Korean
    particles (`SK텔레콤과` → `SK텔레콤`) and an English possessive (`Dell's` → `Dell`).
    """
    if not 0 <= offset < len(text) or text[offset].isspace():
        return None
    start = offset
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = offset + 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start < end and _is_edge_punctuation(text[start]):
        start += 1
    while end > start and _is_edge_punctuation(text[end - 1]):
        end -= 1
    for possessive in _POSSESSIVES:
        if text[start:end].endswith(possessive) and end - start > len(possessive):
            end -= len(possessive)
    # A particle can follow a closing quote ('핀크'를): drop it, then the quote.
    word = strip_particles(text[start:end])
    end = start + len(word)
    while end > start and _is_edge_punctuation(text[end - 1]):
        end -= 1
    return (start, end) if end > start else None
