"""English company names the registry does not know, found by what surrounds them.

- a corporate role or act next to the name: "SoftBank CEO", "chief executive of Ceres Robotics",
  "WeWork declined to comment", "WeWork executives";
- a list that holds a known company: "Astrobotic, Deep Space Systems, Lockheed Martin and OrbitBeyond";
- a name found once is the same company wherever the article repeats it.
"""

from __future__ import annotations

import re
from typing import Any

from reader_app.core.suggest.company_guard import is_surname
from reader_app.core.suggest.company_patterns_en import Candidate
from reader_app.core.suggest.lexicon import GENERIC_NAME_WORDS, LEADING_STOPWORDS, PLACES, TITLE_WORDS

_NAME_WORD = r"(?:[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9]|[A-Z])"
_NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}"
_ROLE_AFTER = re.compile(
    rf"({_NAME})(?:'s|’s)?[ ](?:CEO|chief executive|co-founder|founder|executives|employees|investors|"
    r"shareholders|spokesman|spokeswoman|spokesperson)\b"
)
# People decline to comment too: only a one-word name (WeWork declined to comment) counts here.
_ACT_AFTER = re.compile(
    rf"(?<![\w&'’.-])({_NAME_WORD})[ ](?:declined to comment|did not respond|said in a statement)\b"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:CEO|chief executive|chairman|president|co-founder|founder|chief [a-z]+ officer|vice president"
    rf"[a-z ,]{{0,60}}?|director[a-z ,]{{0,40}}?|spokes(?:man|woman|person)) (?:of|at) (?:the )?({_NAME})"
)
_LIST = re.compile(rf"{_NAME}(?:[ ]\([A-Z]{{2,6}}\))?(?:,[ ]{_NAME}(?:[ ]\([A-Z]{{2,6}}\))?)*,?[ ](?:and|or)[ ]{_NAME}")
_ITEM = re.compile(rf"{_NAME}")
_OPENERS = LEADING_STOPWORDS | {"Ousted", "Former", "Rival", "Struggling", "Embattled", "Developer", "Analyst"}
_NOT_NAMES = frozenset({"I", "A", "An", "The", "It", "He", "She", "They", "We", "This", "That", "CEO", "COO", "CFO"})


def _trim(text: str, start: int, end: int, *, opener_ok: bool = False) -> tuple[int, int] | None:
    """Drop leading opener and title words ("Ousted WeWork" → WeWork); None when nothing name-like is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (words[0].group() in _OPENERS or words[0].group().lower() in TITLE_WORDS):
        if words[0].group().lower() in TITLE_WORDS:
            return None  # "Chief Executive Ann Lee": a person with a title
        words.pop(0)
    if not words:
        return None
    s, e = start + words[0].start(), start + words[-1].end()
    if text[e - 2 : e] in ("'s", "’s"):
        e -= 2  # the possessive is outside the span
    name = text[s:e]
    if name in _NOT_NAMES or name in PLACES or all(w in PLACES for w in name.split()):
        return None
    if (" " not in name and name.lower() in GENERIC_NAME_WORDS) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", name):
        return None  # a generic word or initials (U.S)
    if not opener_ok and " " not in name and name[1:].islower() and _sentence_start(text, s):
        return None  # "Small companies like his…": a capitalised sentence opener, not a name
    return s, e


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in '.!?"“”\n:;—-'


def role_names(text: str) -> list[Candidate]:
    found = []
    for pattern in (_ROLE_AFTER, _ROLE_BEFORE, _ACT_AFTER):
        for match in pattern.finditer(text):
            # "Kestrune declined to comment" opens its sentence; a role word after an opener is rarer
            span = _trim(text, match.start(1), match.end(1), opener_ok=pattern is _ACT_AFTER)
            if span and not is_surname(text, *span):  # "Ann Lee declined to comment" is a person
                found.append(Candidate(span[0], span[1], 0.45, "en-role"))
    return found


def listed_with_known(text: str, known: list[Any]) -> list[Candidate]:
    """Every name in a list that also holds a company already found (a registry or pattern mention)."""
    found = []
    spans = [(m.start, m.end) for m in known if m.priority < 4 and m.canonical]
    for match in _LIST.finditer(text):
        items = [(i.start(), i.end()) for i in _ITEM.finditer(text, match.start(), match.end())]
        items = [(s, e) for s, e in items if text[s:e] not in ("and", "or")]
        anchored = [any(s < ke and ks < e for ks, ke in spans) for s, e in items]
        if len(items) < 2 or not any(anchored):
            continue
        for (s, e), anchor in zip(items, anchored, strict=True):
            span = None if anchor else _trim(text, s, e)
            if span and not re.fullmatch(r"[A-Z]{2,6}", text[span[0] : span[1]]):
                found.append(Candidate(span[0], span[1], 0.45, "en-list"))
    return found


def recurrences(text: str, selected: list[Any], make: type) -> list[Any]:
    """Later and earlier occurrences of a name found by context once (WeWork in every paragraph)."""
    found = []
    seen: set[str] = set()
    for m in selected:
        surface = text[m.start : m.end]
        if m.priority >= 4 or m.entry is not None or surface in seen or len(surface) < 4 or not surface.isascii():
            continue
        if not surface[0].isupper() or "\n" in surface:
            continue
        seen.add(surface)
        pattern = re.compile(r"(?<![\w&-])" + re.escape(surface) + r"(?![\w&-])")
        for match in pattern.finditer(text):
            if match.start() != m.start:
                found.append(make(match.start(), match.end(), m.canonical, 0.5, "recurrence", 1, None))
    return found
