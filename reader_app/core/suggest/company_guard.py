"""Context rules for registry names that are also ordinary words or people's names (Target, 대상, Michael Dell).

A listed name that is an ordinary word fires only with context: a corporate word after it, the company named
elsewhere in the article by an unambiguous alias, or (English) capitalised in mid-sentence as a name. A
single-word name right after a person's given name or title is that person's surname, not the company.
"""

from __future__ import annotations

import re

from reader_app.core.suggest.korean import is_hangul

# What follows a company's name and not an ordinary word: a legal form, its shares, a statement.
_ENGLISH_CUE_AFTER = re.compile(
    r"(?:'s?)?,?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|Group|Holdings|shares|stock|said|says|announced|"
    r"reported|spokesman|spokeswoman|spokesperson|CEO|chief)\b|\s*\((?:NYSE|NASDAQ|Nasdaq|[A-Z]{1,5}\))"
)
# After a person's name too ("Michael Dell said"): only a legal form or shares make it the company.
_LEGAL_AFTER = re.compile(r"(?:'s?)?,?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|Group|Holdings|shares|stock)\b")
_KOREAN_CUE_AFTER = re.compile(r"^(?:은|는|이|가|의|와|과)?\s?(?:측|관계자|주가|주식|대표|사장|회장|그룹|\(\d{6}\))")
_KOREAN_LEGAL_BEFORE = re.compile(r"(?:\(주\)|㈜)\s?$")
_HONORIFIC_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Judge|President|Chairman)\.?\s+$")
_WORD_BEFORE = re.compile(r"(?<![\w.&-])([A-Z][a-z]{1,14})\s+$")
# Capitalised words before a name that are sentence words, not a person's given name ("But Apple said").
_NOT_GIVEN_NAMES = frozenset(
    "The A An And But Or Nor So Yet As At When While If Unlike Like Both For With By From After Before Since "
    "Until Then Also Only Even Last Meanwhile However Now Today Yesterday On In Of To Rival Rivals Whereas "
    "Although Though Because Including Against Than Where Why How What Which Whether Analysts Investors Shares "
    "Sources Chipmaker Retailer Automaker Carmaker Lender Insurer Bank Banks Group Unit".split()
)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\u00a0")
    return not before or before[-1] in '.!?"“”\n:;' or before.endswith("\n")


def guarded_fires(text: str, start: int, end: int, *, named_elsewhere: bool) -> bool:
    """Whether a guarded alias at text[start:end] names the company here."""
    surface = text[start:end]
    after = text[end : end + 40]
    if any(is_hangul(ch) for ch in surface):
        return (
            named_elsewhere
            or bool(_KOREAN_CUE_AFTER.match(after))
            or bool(_KOREAN_LEGAL_BEFORE.search(text[max(0, start - 4) : start]))
        )
    if named_elsewhere or _ENGLISH_CUE_AFTER.match(after):
        return True
    if len(surface) <= 2 or _sentence_start(text, start):
        return False
    return not starts_longer_name(text, start, end)


def starts_longer_name(text: str, start: int, end: int) -> bool:
    """A one-word English name followed by a capitalised word that is no corporate word: Dana Whitfield."""
    surface = text[start:end]
    if " " in surface or not surface.isascii() or _ENGLISH_CUE_AFTER.match(text[end : end + 40]):
        return False
    return bool(re.match(r"[ \t\u00a0]+[A-Z][a-z]", text[end : end + 4]))


def is_surname(text: str, start: int, end: int) -> bool:
    """A one-word English name right after a title or a given name ("Mr. Dell", "Henry Ford") is a person."""
    surface = text[start:end]
    if " " in surface or not surface[:1].isupper() or not surface.isascii():
        return False
    before = text[max(0, start - 24) : start]
    if _HONORIFIC_BEFORE.search(before):
        return True
    match = _WORD_BEFORE.search(before)
    if not match or match.group(1) in _NOT_GIVEN_NAMES:
        return False
    return not _LEGAL_AFTER.match(text[end : end + 20])
