"""Names an article coins for a company it has already named: short forms and bracketed acronyms."""

from __future__ import annotations

import re
from typing import Any

from reader_app.core.suggest.lexicon import GENERIC_NAME_WORDS, PLACES, SUFFIX_WORDS

_DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+$")
_CONNECTORS = frozenset({"and", "&", "of", "de"})


def _occurrences(text: str, form: str, start_at: int) -> list[tuple[int, int]]:
    """Whole-word occurrences of `form` from `start_at`, letting a line wrap stand for a space."""
    words = form.split()
    pattern = re.compile(r"(?<![\w&.-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w&-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text, start_at)]


def acronym_definitions(text: str, selected: list[Any], make: type) -> list[Any]:
    """`<San Miguel Corp> (SMC)` makes SMC a name of San Miguel Corp; `(PCGG)` after a commission blocks PCGG."""
    found = []
    for match in _DEFINITION.finditer(text):
        acronym = match.group(1)
        if sum(1 for c in acronym if c.isupper()) < 2:
            continue
        before = match.start()
        owner = next((m for m in selected if 0 <= before - m.end <= 2 and not text[m.end : before].strip(" >\n")), None)
        known = any(m.priority == 3 and m.entry is not None and text[m.start : m.end] == acronym for m in selected)
        if known and owner is None:
            continue  # 도어대시(DoorDash): the bracketed name is itself a known company, not a defined acronym
        for start, end in _occurrences(text, acronym, 0):
            if owner is not None and owner.priority < 4:
                found.append(make(start, end, owner.canonical, 0.6, "defined-acronym", 2, owner.entry))
            else:
                found.append(make(start, end, "", 0.0, "blocked-acronym", 4))
    return found


def _forms(surface: str) -> list[str]:
    """Short forms of a full name, longest first: Lai Sun Garment Co ltd → Lai Sun Garment, Lai Sun."""
    words = surface.split()
    while words and (words[-1].rstrip(".") in SUFFIX_WORDS or words[-1].rstrip(".").lower() in {"co", "ltd"}):
        words.pop()
    while words and words[-1] in _CONNECTORS:
        words.pop()
    forms = []
    for n in range(len(words), 0, -1):
        prefix = words[:n]
        if prefix[-1] in _CONNECTORS:
            continue
        forms.append(prefix)
    if words and _INITIALS.match(words[0]) and len(words) > 1:
        forms.append(words[1:])  # E.F. Hutton → Hutton
    result = []
    for form in forms:
        if len(form) == 1:
            word = form[0]
            if len(word) < 4 or word.lower() in GENERIC_NAME_WORDS or word in PLACES or _INITIALS.match(word):
                continue
            if not word[0].isupper():
                continue
        joined = " ".join(form)
        if joined != " ".join(surface.split()) and joined not in PLACES and joined not in result:
            result.append(joined)
    return result


def short_forms(text: str, selected: list[Any], make: type) -> list[Any]:
    """Later mentions of a company by part of its name (Shearson after Shearson Lehman Brothers Inc)."""
    found = []
    seen_forms: set[str] = set()
    for mention in selected:
        if mention.priority >= 4:
            continue
        surface = text[mention.start : mention.end]
        if not surface.isascii() or len(surface.split()) < 2:
            continue
        for form in _forms(surface):
            if form in seen_forms:
                continue
            seen_forms.add(form)
            for start, end in _occurrences(text, form, mention.end):
                if " " not in form and re.match(r"[ \t]+[A-Z][a-z]", text[end : end + 3]):
                    continue  # "Blue Moon" after Blue Origin: a one-word short form inside another proper name
                found.append(make(start, end, mention.canonical, 0.7, "short-form", 2, mention.entry))
    return found


def _one_edit_apart(a: str, b: str) -> bool:
    """True when one insertion, deletion, substitution or swap turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


_CAPITALISED_WORD = re.compile(r"(?<![\w&.-])[A-Z][a-z]{4,}(?![\w&-])")


def misspellings(text: str, selected: list[Any], make: type) -> list[Any]:
    """Wire copy has typos (Shearon for Shearson): a capitalised word one edit from a name already used.

    Only mid-sentence words of six letters or more qualify, so ordinary capitalised sentence openers and
    short names that differ by one letter (Hutton/Button) are left alone.
    """
    names: dict[str, Any] = {}
    for mention in selected:
        if mention.priority >= 4:
            continue
        for word in text[mention.start : mention.end].split():
            word = word.rstrip(".,'s")
            generic = word.lower() in GENERIC_NAME_WORDS or word in SUFFIX_WORDS
            if len(word) >= 6 and word.isalpha() and word[0].isupper() and not generic:
                names.setdefault(word, mention)
    if not names:
        return []
    found = []
    for match in _CAPITALISED_WORD.finditer(text):
        word = match.group()
        if len(word) < 6 or word in names or word in SUFFIX_WORDS or word.lower() in GENERIC_NAME_WORDS:
            continue
        before = text[: match.start()].rstrip()
        if not before or before[-1] in '.!?"”:':  # a sentence opener is capitalised anyway
            continue
        owner = next((m for name, m in names.items() if _one_edit_apart(word, name)), None)
        if owner is not None:
            found.append(make(match.start(), match.end(), owner.canonical, 0.4, "misspelt-name", 2, owner.entry))
    return found
