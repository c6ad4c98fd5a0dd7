"""Who said an English quotation: `"…," said a spokesman`, `X said: "…"`, `"…," he said` (he → the last name)."""

from __future__ import annotations

import re

from reader_app.core.suggest.lexicon import LEADING_STOPWORDS, TITLE_WORDS

# Job titles written as abbreviations ("CEO Tim Cook") are titles too; kept here so company rules that share
# TITLE_WORDS do not change.
SPEAKER_TITLES = TITLE_WORDS | frozenset("ceo cfo coo cto cio co-ceo co-founder cofounder md chair".split())

_VERBS = (
    r"said|says|added|adds|noted|notes|explained|argued|continued|commented|remarked|wrote|writes|stated|"
    r"declared|insisted|warned|replied|asked|told|tells|observed|acknowledged|conceded|predicted|recalled|"
    r"remembered|joked|quipped|weighed\s+in|chimed\s+in|cautioned|stressed|emphasi[sz]ed|admitted|laughed"
)
# A speaker phrase runs to the first punctuation; initials (E.F.) do not end it.
_WHO = r"(?:(?:[A-Z]\.)+|[^.,;:\"“”!?\n]|\n(?!\s*\n))+"
_AFTER_VERB_FIRST = re.compile(rf"\s*,?\s*(?:{_VERBS})\s+(?!that\b)(?P<who>{_WHO})")
# Lower-case role words may sit inside a named speaker: "Pacific Crest chief executive Dana Whitfield".
_ROLE = (
    r"(?:chief|executive|senior|vice|president|chairman|analyst|economist|strategist|spokesman|"
    r"spokeswoman|director|officer|manager|head|founder|partner|minister|secretary|general|deputy|engineer|"
    r"scientist|researcher|professor|fellow|of)"
)
_NAMED = rf"(?:(?:[A-Z][\w.'-]*|{_ROLE})\s+){{0,6}}[A-Z][\w.'-]*"
_AFTER_SUBJECT_FIRST = re.compile(
    rf"\s*,?\s*(?P<who>he|she|they|we|I|it|(?:an?|the|one|another)\s+[\w -]{{1,60}}?|one|another|"
    rf"{_NAMED})\s+(?:{_VERBS})\b"
)
# "…," Daniel Tulis, an analyst with Shearson Lehman Bros. said: a name, then an appositive, then the verb.
_AFTER_NAME_APPOSITIVE = re.compile(
    rf"\s*,?\s*(?P<who>{_NAMED}),\s+(?:(?:an?|the)\s+|[A-Z][\w&.-]*(?:'s|’s|'|’)\s+)"
    r"(?:[^;:\"“”!?\n.]|\n(?!\s*\n)|\.(?=\s+[a-z])){1,100}?"
    rf",?\s+(?:said|says|added|told)\b"
)
# `"…," chairman, CEO and president Craig Menear said`: a list of lower-case titles before the name.
_TITLE_LIST_WORD = (
    r"(?:chairman|chairwoman|chair|president|vice\s+president|CEO|CFO|COO|CTO|founder|co-founder|"
    r"chief\s+(?:executive|financial|operating)(?:\s+officer)?|(?:managing\s+)?director|executive|treasurer)"
)
_AFTER_TITLES = re.compile(
    rf"\s*,?\s*{_TITLE_LIST_WORD}(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+|\s+){_TITLE_LIST_WORD})*\s+"
    rf"(?P<who>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}})\s+(?:{_VERBS})\b"
)
# Two people sign one statement: "…," Google Fellow Ann Lee and engineer Bo Park wrote.
_AFTER_TWO = re.compile(rf"\s*,?\s*(?P<one>{_NAMED})\s+and\s+(?P<two>{_NAMED})\s+(?:{_VERBS})\b")
# "Robert Lutz, executive vice president, told a news briefing:": an appositive may sit between name and verb.
_APPOSITIVE = r"(?:,\s+[^,.;:\"“”\n]{1,60}(?:\n[^,.;:\"“”\n]{1,60})?,)?"
_TOLD = r"told\s+(?:[A-Z]\w+|reporters|analysts|investors|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[\w-]+)"
_BEFORE = re.compile(
    rf"(?P<who>\b(?:he|she|they|we|I|He|She|They|We)|(?:[A-Z][\w.'-]*\s+){{0,4}}[A-Z][\w.'-]*|"
    rf"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+[\w -]{{1,60}}?){_APPOSITIVE}\s+(?:{_VERBS}|{_TOLD})(?:\s+that)?\s*[,:]?"
    r"(?:\s*(?:but|and)\s+(?:instead|also|rather|then)?)?\s*$"
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_NP_STOP = frozenset("who which that for of at with in on from to and but after before when while".split())
# Verbs whose subject is a person the article has just named: antecedents for "he said".
_ACTS = (
    r"said|says|added|denied|declined|confirmed|noted|estimated|estimates|believes|believed|questioned|"
    r"expects|expected|explained|argued|warned|predicted|insisted|replied|stated|wrote|announced|agreed|"
    r"disagreed|suggested|acknowledged|admitted|stressed|emphasized|emphasised|told|asked"
)
_NAME_ACTS = re.compile(rf"(?P<name>[A-Z][\w.'-]+(?:[ \n]+[A-Z][\w.'-]+){{0,3}}){_APPOSITIVE}\s+(?:{_ACTS})\b")
# "…, said CJ Helie, the president of…": the person named after the verb spoke.
# "said Swedish buyers returned" starts a reported clause: the name must end at punctuation or a preposition.
_SAID_NAME = re.compile(
    r"\b(?:said|says|added)\s+(?P<name>[A-Z][\w.'-]+(?:[ \n]+[A-Z][\w.'-]+){0,4})"
    r"(?=\s*(?:[,;:)\n]|\.(?:\s|$)|$)|\s+(?:of|at|in|from|on|for|with|who|during|after|when|while)\b)"
)
CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow January February March "
    "April May June July August September October November December".split()
)
_SOMEONE_ACTS = re.compile(
    rf"\b(?P<name>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\w+\s+)?(?:analyst|official|spokesman|spokeswoman|"
    rf"banker|trader|dealer|broker|executive|source|economist|director|lawyer|investor))\s+(?:{_ACTS})\b"
)


def _determiner_np(words: list[str]) -> str:
    kept: list[str] = []
    for index, word in enumerate(words):
        if word.lower() in {"at", "of", "for", "with"} and kept and index + 1 < len(words):
            # "a trader at a Tokyo bank", "a spokesman for the port": the phrase goes on to its place or group.
            rest = _determiner_np(["x", *words[index + 1 :]]).split()[1:]
            return " ".join([*kept, word, *rest]) if rest else " ".join(kept)
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
        return _determiner_np([words[0].lower(), *words[1:]])  # "The spokesman, …, said" → the spokesman
    for index, word in enumerate(words):  # "Data Resources' Wyss": the owner is not the speaker
        if not (word[:1].isupper() or word.lower() in SPEAKER_TITLES):
            break  # "Lina Moss in the company's letter": a possessive after the name is not an owner
        if word.endswith(("'s", "’s", "'")) and index + 1 < len(words):
            words = words[index + 1 :]
            break
    run: list[str] = []
    for word in words:
        if word[:1].isupper() or word.lower() in SPEAKER_TITLES:
            run.append(word)
        else:
            break
    # "E.F. Hutton Group analyst Michael Lewis", "Finance Secretary Jaime Ongpin": the name is the tail.
    tail: list[str] = []
    for word in reversed(run):
        if word.lower().rstrip(",.") in SPEAKER_TITLES:
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
    match = _AFTER_NAME_APPOSITIVE.match(window)
    if match:
        return parse_who(match.group("who")) or None
    match = _AFTER_TITLES.match(window)
    if match:
        return parse_who(match.group("who")) or None
    match = _AFTER_TWO.match(window)
    if match:
        one, two = parse_who(match.group("one")), parse_who(match.group("two"))
        return f"{one} and {two}" if one and two else None
    # `"…little deal" announced in October, said Derek Scissors`: the sentence goes on in lower case for a
    # short clause, then the attribution comes.
    clause = _TRAILING_CLAUSE.match(window)
    if clause and last not in ".!?":
        rest = window[clause.end() :]
        for regex in (_AFTER_VERB_FIRST, _AFTER_SUBJECT_FIRST):
            match = regex.match(rest)
            if match and match.group("who").split()[0].lower() not in _PRONOUNS | {"it"}:
                return parse_who(match.group("who")) or None
    return None


_TRAILING_CLAUSE = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?,")


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
        # "Nordhavn Shipping. Lindqvist said", "HEADLINE\n\nOkafor said": only the words after a sentence
        # end or a blank line name the person, and the person starts there.
        last = re.split(r"(?<=[a-z])\.\s+|\n[ \t]*\n\s*", match.group("name"))[-1]
        start = end - len(last)
        words = last.split()
        while words and words[0] in LEADING_STOPWORDS:
            words.pop(0)
        if not words or any(s < end and start < e for s, e in companies) or words[-1].endswith(("'s", "'")):
            continue
        name = parse_who(" ".join(words))
        if name and name.lower() not in _PRONOUNS:
            found.append((start, name))
    for match in _SAID_NAME.finditer(text, 0, position):
        start, end = match.span("name")
        name = parse_who(match.group("name"))
        if name and name.split()[0] not in CALENDAR_WORDS and not any(s < end and start < e for s, e in companies):
            found.append((start, name))
    for match in _SOMEONE_ACTS.finditer(text, 0, position):
        found.append((match.start("name"), match.group("name")))
    return sorted(found)


# "Other arbitrageurs said…  "…," one said": the group a lone "one" or "another" belongs to.
_GROUP = re.compile(
    r"\b([A-Za-z][a-z]{2,}(?:ists|ers|ors|ants|ents|ians|eurs|ives))\s+(?:said|say|says|noted|agreed|added)\b"
)


def one_of_group(text: str, position: int, who: str) -> str:
    """`one` → `one arbitrageur` when the preceding sentences name the group it is one of."""
    groups = list(_GROUP.finditer(text, max(0, position - 600), position))
    return f"{who} {groups[-1].group(1)[:-1].lower()}" if groups else who


# "Kaja Holm introduced the chief as "…"", "he sees "…"", "Freight analysts called it "…"": the subject of
# the clause that holds the quotation, when its verb reports, describes or judges.
_CLAUSE_VERBS = (
    r"said|says|told|tells|added|adds|introduced|introduces|called|calls|described|describes|remembered|"
    r"remembers|recalled|recalls|sees|saw|predicted|predicts|warned|warns|argued|argues|praised|hailed|dubbed|"
    r"termed|labell?ed|promised|vowed|pledged|insisted|complained|joked|quipped|conceded|admitted|"
    r"acknowledged|explained|wrote|writes|noted|notes|urged|branded|characteri[sz]ed"
)
_GROUP_SUBJECT = (
    r"(?:[A-Z][\w-]+\s+)?(?:analysts|economists|traders|dealers|brokers|bankers|executives|officials|critics|"
    r"investors|observers|experts)"
)
_CLAUSE_SUBJECT = re.compile(
    rf"(?:^|[,;]\s+(?:and\s+|but\s+|while\s+)?|\s(?:and|but)\s+)(?P<who>\b(?:he|she|they|He|She|They)|"
    rf"{_GROUP_SUBJECT}|(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]+|"
    rf"(?:[A-Z][\w.'-]*\s+){{0,3}}[A-Z][\w.'-]*)\s+(?:\w+ly\s+)?(?:{_CLAUSE_VERBS})\b"
    r"(?P<rest>[^\"“”.;]*)$"
)


def clause_subject(prefix: str) -> str | None:
    """The subject of the clause the quotation sits in, when its verb attributes (`Ivo Brandt says the plan`)."""
    match = _CLAUSE_SUBJECT.search(prefix[-240:])
    if not match:
        return None
    who = match.group("who")
    words = who.split()
    if words[0].lower() in {"the", "a", "an"} and len(words) > 1 and words[1][:1].islower():
        return parse_who(who) or None  # "The minister said on Monday that the bank "…"" → the minister
    if words[0] in LEADING_STOPWORDS and words[0] not in {"Analysts", "Traders", "Dealers", "Brokers"}:
        return None  # "The board called…", "In March said…": not a person or group named as such
    if re.fullmatch(_GROUP_SUBJECT, who):
        return who
    return parse_who(who) or None
