"""Who an English speaker is by name: the article's fullest form of a name, a titled person, a new subject.

Split from speakers_en (which finds the attribution) so both stay small.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader_app.core.suggest.lexicon import LEADING_STOPWORDS, PLACES
from reader_app.core.suggest.speakers_en import CALENDAR_WORDS, SPEAKER_TITLES

_NAME_TOKEN = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)"


def fullest_name(text: str, name: str, companies: list[tuple[int, int]]) -> str:
    """The article's fullest form of a person's name: `Menear` → `Craig Menear`, `CEO Tim Cook` → `Tim Cook`.

    The guide asks for the fullest name without titles; a surname alone is the usual way news refers back.
    """
    return _fullest_name(text, name, tuple(companies))


@lru_cache(maxsize=64)
def _fullest_name(text: str, name: str, companies: tuple[tuple[int, int], ...]) -> str:
    # Cached: an article quotes the same few people many times, and each look-up scans the whole text.
    words = name.split()
    if len(words) == 2 and words[0] == "the" and words[1] in SPEAKER_TITLES:
        return _titled_person(text, words[1]) or name
    while words and words[0].lower().rstrip(".") in SPEAKER_TITLES:
        words.pop(0)
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 3:
        return name
    if words[0] in {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"}:
        words.pop(0)
    if not words:
        return name
    core = " ".join(words)
    best = core
    pattern = re.compile(
        rf"(?<![\w'’.-])(?P<given>(?:{_NAME_TOKEN}\s+){{1,2}}){re.escape(core)}(?![\w'’-])(?!\s+[A-Z][a-z])"
    )
    for match in pattern.finditer(text):
        given = match.group("given").split()
        while given and (given[0] in LEADING_STOPWORDS or given[0] in CALENDAR_WORDS or given[0] in PLACES):
            given.pop(0)
        if not given or any(
            g.lower().rstrip(".") in SPEAKER_TITLES or g in CALENDAR_WORDS or g in PLACES for g in given
        ):
            continue
        if any(re.search(r"[a-z](?:ing|ed|ly)$", g) for g in given):
            continue  # "Hosting Cook at Dreamforce…": a sentence-initial verb is not a given name
        start = match.end("given") - len(" ".join(given)) - 1
        if any(s < match.end() and start < e for s, e in companies):
            continue
        candidate = " ".join([*given, core])
        if len(candidate) > len(best):
            best = candidate
    return best


def _titled_person(text: str, title: str) -> str | None:
    """`the president` → `Donald Trump` when the article gave that title to exactly one person."""
    pattern = re.compile(
        rf"(?<![\w-]){title[0].upper()}{re.escape(title[1:])}\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})"
        r"(?![\w'’-])"
    )
    names = {m.group("name") for m in pattern.finditer(text)}
    names = {n for n in names if not any(w in LEADING_STOPWORDS or w in CALENDAR_WORDS for w in n.split())}
    return names.pop() if len(names) == 1 else None


# A person named in full: two or three capitalised words, "Kenji Sato", "Maria L. Chen".
_FULL_NAME = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]*){1,2})(?![\w'’-])"
)


def last_full_name(text: str, position: int, companies: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The last person named in full shortly before `position`: what `he said` stands for when nobody was
    named with a reporting verb (`Kenji Sato of Daiwa said Japanese exporters…`, `Maria Chen … spoke`)."""
    floor = max(0, position - 400)
    found = None
    for match in _FULL_NAME.finditer(text, floor, position):
        words = match.group("name").split()
        if any(
            w in LEADING_STOPWORDS or w in PLACES or w in CALENDAR_WORDS or w.lower() in SPEAKER_TITLES for w in words
        ):
            continue
        if any(s < match.end() and match.start() < e for s, e in companies):
            continue
        if re.search(r"[a-z](?:ing|ed|ly)$", words[0]) or text[match.end() : match.end() + 2] in {"'s", "’s"}:
            continue
        found = (match.start(), match.group("name"))
    return found


# A clause opens before a subject: a sentence start, a comma or a conjunction ("…, where Tomas Reyes took over").
_CLAUSE_OPENING = re.compile(r"(?:^|[.,;:!?]|\b(?:where|when|and|but|while|as|after|before|because|then))\s*$")


def is_subject(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` is a clause's subject: a clause opens before it and a verb follows."""
    before = text[max(0, start - 40) : start]
    after = text[start + len(name) : start + len(name) + 20]
    return bool(_CLAUSE_OPENING.search(before)) and bool(
        re.match(r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|s|ook|ent|ame)\b", after)
    )


_DOCUMENT = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:memo|memorandum|statement|letter|note|report|filing|release|notice|"
    r"e-?mail|tweet|post|circular|prospectus)\b"
)


def announcing_document(paragraph: str) -> str | None:
    """`…contained a memo justifying the increase:` → `a memo`: who speaks in the quotation it announces."""
    found = list(_DOCUMENT.finditer(paragraph))
    return found[-1].group() if found else None
