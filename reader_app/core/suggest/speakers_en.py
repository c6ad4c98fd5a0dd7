"""Who said an English quotation: `"…," said a spokesman`, `X said: "…"`, `"…," he said` (he → the last name)."""

from __future__ import annotations

import re

from reader_app.core.suggest.lexicon import LEADING_STOPWORDS, TITLE_WORDS

_VERBS = (
    r"said|says|added|adds|noted|notes|explained|argued|continued|commented|remarked|wrote|writes|stated|"
    r"declared|insisted|warned|replied|asked|told|tells|observed|acknowledged|conceded|predicted|recalled"
)
# A speaker phrase runs to the first punctuation; initials (E.F.) do not end it.
_WHO = r"(?:(?:[A-Z]\.)+|[^.,;:\"“”!?\n]|\n(?!\s*\n))+"
_AFTER_VERB_FIRST = re.compile(rf"\s*,?\s*(?:{_VERBS})\s+(?!that\b)(?P<who>{_WHO})")
# Lower-case role words may sit inside a named speaker: "Pacific Crest chief executive Dana Whitfield".
_ROLE = (
    r"(?:chief|executive|senior|vice|president|chairman|analyst|economist|strategist|spokesman|"
    r"spokeswoman|director|officer|manager|head|founder|partner|minister|secretary|general|deputy|of)"
)
_AFTER_SUBJECT_FIRST = re.compile(
    rf"\s*,?\s*(?P<who>he|she|they|we|I|it|(?:an?|the|one|another)\s+[\w -]{{1,60}}?|"
    rf"(?:(?:[A-Z][\w.'-]*|{_ROLE})\s+){{0,6}}[A-Z][\w.'-]*)\s+(?:{_VERBS})\b"
)
_BEFORE = re.compile(
    rf"(?P<who>\b(?:he|she|they|we|I|He|She|They|We)|(?:[A-Z][\w.'-]*\s+){{0,4}}[A-Z][\w.'-]*|"
    rf"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+[\w -]{{1,60}}?)\s+(?:{_VERBS}|told\s+[A-Z]\w+)\s*[,:]?\s*$"
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_NP_STOP = frozenset("who which that for of at with in on from to and but after before when while".split())
# Verbs whose subject is a person the article has just named: antecedents for "he said".
_ACTS = (
    r"said|says|added|denied|declined|confirmed|noted|estimated|estimates|believes|believed|questioned|"
    r"expects|expected|explained|argued|warned|predicted|insisted|replied|stated|wrote|announced|agreed|"
    r"disagreed|suggested|acknowledged|admitted|stressed|emphasized|emphasised|told|asked"
)
_NAME_ACTS = re.compile(rf"(?P<name>[A-Z][\w.'-]+(?:[ \n]+[A-Z][\w.'-]+){{0,3}})\s+(?:{_ACTS})\b")
_SOMEONE_ACTS = re.compile(
    rf"\b(?P<name>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\w+\s+)?(?:analyst|official|spokesman|spokeswoman|"
    rf"banker|trader|dealer|broker|executive|source|economist|director|lawyer|investor))\s+(?:{_ACTS})\b"
)


def _determiner_np(words: list[str]) -> str:
    kept = []
    for word in words:
        if word.lower() in _NP_STOP or word.endswith((",", ".")):
            if word.endswith((",", ".")) and word.lower().rstrip(",.") not in _NP_STOP:
                kept.append(word.rstrip(",."))
            break
        kept.append(word)
    return " ".join(kept)


def parse_who(raw: str) -> str:
    """The speaker's name as written: drops titles, employers and relative clauses."""
    words = raw.replace("\n", " ").split()
    if not words:
        return ""
    if words[0].lower() in _PRONOUNS:
        return words[0].lower()
    if words[0].lower() in {"a", "an", "the", "one", "another"}:
        return _determiner_np(words)
    for index, word in enumerate(words):  # "Data Resources' Wyss": the owner is not the speaker
        if word.endswith(("'s", "’s", "'")) and index + 1 < len(words):
            words = words[index + 1 :]
            break
    run: list[str] = []
    for word in words:
        if word[:1].isupper() or word.lower() in TITLE_WORDS:
            run.append(word)
        else:
            break
    # "E.F. Hutton Group analyst Michael Lewis", "Finance Secretary Jaime Ongpin": the name is the tail.
    tail: list[str] = []
    for word in reversed(run):
        if word.lower().rstrip(",.") in TITLE_WORDS:
            break
        tail.insert(0, word)
    name = " ".join(tail).rstrip(",.")
    return "" if name in LEADING_STOPWORDS else name


def after_quote(text: str, close: int, limit: int) -> str | None:
    """The speaker named right after a closing mark, or None when no attribution follows.

    A quotation that ends with a full stop closes its sentence, so what follows is not its attribution
    unless it goes on in lower case (`"…." he said`).
    """
    window = text[close:limit]
    last = text[close - 2] if close >= 2 else ""
    if last == "." and not window.lstrip().startswith(tuple("abcdefghijklmnopqrstuvwxyz")):
        return None
    match = _AFTER_VERB_FIRST.match(window)
    if match:
        who = parse_who(match.group("who"))
        if who:
            return who
    match = _AFTER_SUBJECT_FIRST.match(window)
    if match:
        return parse_who(match.group("who")) or None
    return None


def before_quote(prefix: str) -> str | None:
    """The speaker when the attribution introduces the quote: `Lewis said: "…"`, `"…," he said, "…"`."""
    match = _BEFORE.search(prefix[-160:])
    if not match:
        return None
    who = match.group("who")
    words = who.split()
    if words and words[0] in LEADING_STOPWORDS and len(words) > 1 and words[0] not in {"The", "A", "An"}:
        who = " ".join(words[1:])
    return parse_who(who) or None


def people_before(text: str, position: int, companies: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """People who act or speak before `position` (Lau denied…, One analyst said…), nearest last."""
    found = []
    for match in _NAME_ACTS.finditer(text, 0, position):
        start, end = match.span("name")
        # "Nordhavn Shipping. Lindqvist said": only the words after a sentence end name the person.
        words = re.split(r"(?<=[a-z])\.\s+", match.group("name"))[-1].split()
        while words and words[0] in LEADING_STOPWORDS:
            words.pop(0)
        if not words or any(s < end and start < e for s, e in companies) or words[-1].endswith(("'s", "'")):
            continue
        name = parse_who(" ".join(words))
        if name and name.lower() not in _PRONOUNS:
            found.append((start, name))
    for match in _SOMEONE_ACTS.finditer(text, 0, position):
        found.append((match.start("name"), match.group("name")))
    return sorted(found)
