"""A cheap ko/en guess from the script of the letters; the lead's services own the real detector."""

from __future__ import annotations


def guess_language(text: str, sample: int = 20_000) -> str:
    """ "ko" when Hangul makes up at least a fifth of the letters, "en" for Latin letters, else ""."""
    hangul = latin = 0
    for ch in text[:sample]:
        if "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e":
            hangul += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    # Korean news is full of Latin acronyms (KT, AI, CEO); a fifth of Hangul already means Korean.
    if hangul and hangul * 4 >= latin:
        return "ko"
    if latin:
        return "en"
    return ""
