"""Companies the registry does not know, proposed from the shape of English names (lower confidence)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.core.suggest.lexicon import (
    ACRONYM_STOPLIST,
    GENERIC_NAME_WORDS,
    LEADING_STOPWORDS,
    NON_COMPANY_HEADS,
    PLACES,
    STRONG_SUFFIXES,
    SUFFIX_WORDS,
    TITLE_WORDS,
    WEAK_SUFFIXES,
)

_GENERIC = GENERIC_NAME_WORDS | {w.lower() for w in WEAK_SUFFIXES}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    confidence: float
    rule: str


_TOKEN = re.compile(r"[^\s,;:()<>\"“”‘’]+")
_BRACKETED = re.compile(r"<([^<>\n]*(?:\n[^<>\n]+)*)>")
_CAPITALISED = re.compile(r"(?:[A-Z][\w&'.-]*|[A-Z]\.(?:[A-Z]\.)+)$")
_CONNECTORS = frozenset({"and", "&", "de", "du", "des", "la", "van", "von", "der", "y"})
_ACRONYM = re.compile(r"(?<![\w&.<-])[A-Z][A-Z0-9&]{1,5}(?![\w&-])")
_ACRONYM_CONTEXT = re.compile(
    r"(?:'s\b|\s+(?:shares|stock|Inc|Corp|spokesman|spokeswoman|officials|executives|chairman|president|"
    r"board|management|said|says|announced|reported|posted|agreed|shareholders)\b)"
)
# "Analysts at Raymond James said": the firm an unnamed analyst works for.
_ANALYSTS_AT = re.compile(
    r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Tt]raders?|[Bb]rokers?|[Bb]ankers?) (?:at|with|from) "
    r"((?:[A-Z][\w&.'-]*|and|&)(?:[ \n]+(?:[A-Z][\w&.'-]*|and|&))*)"
)
_AFFILIATION = re.compile(
    # "Dana Whitfield, a partner at X", "John Petrides, portfolio manager at X": a role, then the firm.
    r"\b[A-Z][a-z]+ [A-Z][a-z'-]+(?:,? (?:an? |the )?(?:[a-z-]+ ){0,2}?(?:analyst|economist|strategist|trader|"
    r"broker|director|partner|manager|officer|adviser|advisor|researcher))?"
    r" (?:of|at|with) ((?:[A-Z][\w&.'-]*|and|&)(?:[ \n]+(?:[A-Z][\w&.'-]*|and|&))*)"
)


def _strip_possessive(token: str) -> str:
    for tail in ("'s", "’s", "'"):
        if token.endswith(tail) and len(token) > len(tail) + 1:
            return token[: -len(tail)]
    return token


def _is_name_token(token: str) -> bool:
    return bool(_CAPITALISED.match(token)) or (token[:1].isdigit() and any(c.isalpha() for c in token))


def _looks_like_company(words: list[str]) -> bool:
    """Names of universities, ministries, exchanges… are organisations, not companies; places alone are not."""
    if not words:
        return False
    legal = words[-1].rstrip(".") in {w.rstrip(".") for w in STRONG_SUFFIXES}
    if not legal and any(w in NON_COMPANY_HEADS for w in words):
        return False
    core = [w for w in words if w not in SUFFIX_WORDS and w not in _CONNECTORS]
    if not core or " ".join(core) in PLACES or all(w in PLACES for w in core):
        return False
    return not all(w.lower() in TITLE_WORDS for w in core)


def english_suffix_names(text: str) -> list[Candidate]:
    """Capitalised words ending in a legal or corporate suffix: Wedge Group Inc, Purolator Courier Corp."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    found: list[Candidate] = []
    i = 0
    while i < len(tokens):
        raw = tokens[i][2]
        word = _strip_possessive(raw.rstrip(".")) if raw not in STRONG_SUFFIXES else raw
        if word not in SUFFIX_WORDS:
            i += 1
            continue
        last = i  # extend over following suffixes: Co Ltd, Group Inc
        while last + 1 < len(tokens) and _strip_possessive(tokens[last + 1][2].rstrip(".")) in SUFFIX_WORDS:
            if text[tokens[last][1] : tokens[last + 1][0]].strip() or tokens[last][2].endswith("."):
                break
            last += 1
        first = i
        while first > 0:
            _, prev_end, prev = tokens[first - 1]
            gap = text[prev_end : tokens[first][0]]
            if "\n\n" in gap or gap.strip() or re.search(r"\n[ \t]{2,}", gap):
                break  # punctuation, a bracket or a new paragraph ends the name
            if prev.endswith(("'s", "’s", "'")):
                break  # "Robert Maxwell's British Printing Corp": the owner is not part of the name
            initials = re.fullmatch(r"(?:[A-Z]\.)+", prev) is not None
            name_word = _is_name_token(prev) and (initials or not prev.endswith("."))
            joins_names = (
                prev in _CONNECTORS
                and first - 1 > 0
                and _is_name_token(tokens[first - 2][2])
                and _strip_possessive(tokens[first - 2][2]) not in SUFFIX_WORDS  # "X Securities and Y Group"
            )
            if not (name_word or joins_names):
                break
            first -= 1
            if i - first > 6:
                break
        while first <= i and (tokens[first][2] in LEADING_STOPWORDS or tokens[first][2] in _CONNECTORS):
            first += 1
        words = [_strip_possessive(t[2]) for t in tokens[first : last + 1]]
        if first < i and _looks_like_company(words):
            name_end = tokens[last][1]
            surface = text[tokens[first][0] : name_end]
            trimmed = _strip_possessive(surface.rstrip(".,"))
            if trimmed.endswith(".") and trimmed[:-1].split()[-1] + "." not in STRONG_SUFFIXES:
                trimmed = trimmed[:-1]
            strong = words[-1].rstrip(".") in {w.rstrip(".") for w in STRONG_SUFFIXES}
            core = [w for w in words[:-1] if w not in _CONNECTORS]
            weak_ok = strong or len(core) >= 2 or any(w.lower() not in _GENERIC for w in core)
            if weak_ok:
                found.append(
                    Candidate(
                        tokens[first][0],
                        tokens[first][0] + len(trimmed),
                        0.65 if strong else 0.5,
                        "en-suffix" if strong else "en-group-word",
                    )
                )
        i = last + 1
    return found


def bracketed_names(text: str) -> list[Candidate]:
    """Reuters puts unlisted companies in angle brackets: <San Miguel Corp>. Tickers (<AXP>) are skipped."""
    found = []
    for match in _BRACKETED.finditer(text):
        inner = match.group(1)
        single = " " not in inner.strip() and "\n" not in inner.strip()
        exchange_ticker = re.fullmatch(r"[A-Z0-9&]{1,8} [A-Z]{1,3}", inner)
        if (single and not re.fullmatch(r"[A-Z][a-z][A-Za-z]*", inner)) or exchange_ticker:
            continue  # a ticker (<AXP>, <SHLH.HK>, <SMBS ST>); a one-word name in mixed case (<Maserati>) stays
        words = inner.split()
        if words and _looks_like_company(words) and _is_name_token(words[0]):
            found.append(Candidate(match.start(1), match.end(1), 0.7, "en-bracketed"))
    return found


def affiliations(text: str) -> list[Candidate]:
    """The firm an analyst speaks for: "said Perrin Long of Lipper Analytical"."""
    found = []
    matches = [(m, False) for m in _AFFILIATION.finditer(text)] + [(m, True) for m in _ANALYSTS_AT.finditer(text)]
    for match, unnamed in matches:
        person = match.group().split()[:2]
        titles = any(w.lower() in TITLE_WORDS or w in LEADING_STOPWORDS or w in NON_COMPANY_HEADS for w in person)
        if titles and not unnamed:
            continue  # "Chief of Staff Donald Regan" is a title, not a person at a firm
        parts: list[re.Match[str]] = []  # the name stops at a sentence end or a new paragraph
        for part in re.finditer(r"\S+", match.group(1)):
            gap = match.group(1)[parts[-1].end() : part.start()] if parts else ""
            if re.search(r"\n[ \t]{2,}", gap):
                break
            parts.append(part)
            if part.group().endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", part.group()):
                break
        words = [p.group().rstrip(".") for p in parts]
        while words and words[-1] in _CONNECTORS:
            words.pop()
            parts.pop()
        if len(words) < 2 or words[0].lower() in TITLE_WORDS:
            continue  # a single capitalised word after "of" is as often a place as a firm
        if not _looks_like_company(words) or words[0] in PLACES:
            continue
        start = match.start(1)
        end = start + parts[-1].end()
        if text[end - 1] == "." and words[-1] + "." not in STRONG_SUFFIXES:
            end -= 1
        found.append(Candidate(start, end, 0.45, "en-affiliation"))
    return found


def acronyms(text: str) -> list[Candidate]:
    """All-caps names with a company context after them (SMC posted, UCPB's), minus a stop-list."""
    found = []
    for match in _ACRONYM.finditer(text):
        token = match.group()
        if token.upper() in ACRONYM_STOPLIST or len(set(token)) == 1:
            continue
        if match.start() > 0 and text[match.start() - 1] == "<":
            continue  # ticker
        if _ACRONYM_CONTEXT.match(text, match.end()):
            found.append(Candidate(match.start(), match.end(), 0.35, "acronym"))
    return found
