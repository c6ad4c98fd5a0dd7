"""English company names told by their context: "startup Midjourney", "Swedish Match <SMBS ST>", banks of places.

Business news introduces a firm the reader may not know with a trade noun in apposition (chipmaker Nvidia,
research firm Gartner), and wire copy follows a listed company's name with its ticker in angle brackets; once
introduced, the bare name is the company wherever it recurs. Banks are often named "X Bank of <place>", which
the suffix patterns miss because "of" breaks a name; central banks ("Reserve Bank of India") are left out.
"""

from __future__ import annotations

import re

from reader_app.core.suggest.company_patterns_en import Candidate
from reader_app.core.suggest.lexicon import LEADING_STOPWORDS, PLACES, SUFFIX_WORDS, TITLE_WORDS

_TRADE_NOUN = (
    r"(?:start-?up|chipmaker|chip\s+maker|automaker|carmaker|drugmaker|retailer|lender|insurer|brewer|"
    r"conglomerate|(?:e-commerce|tech|technology|software|retail|oil|mining|media)\s+giant|"
    r"(?:(?:state-owned\s+|state\s+)?(?:tin\s+|coal\s+|gold\s+|copper\s+)?(?:mining|oil|steel|shipping|trading|"
    r"tobacco|pharmaceutical|drug|publishing|construction|engineering|telecommunications|airline|energy)"
    r"\s+(?:company|concern))|"
    r"(?:research|consulting|consultancy|law|investment|accounting|brokerage|advisory|software|"
    r"private[\s-]+equity|venture[\s-]+capital|(?:cyber)?security|data|analytics)\s+firm)"
)
_NAME = r"[A-Z][\w&.'-]*(?:[ \n]+[A-Z][\w&.'-]*){0,2}"
_APPOSITION = re.compile(rf"(?<![\w-])(?i:{_TRADE_NOUN})\s+(?P<name>{_NAME})")
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)

# "X Bank of Japan": name words, then Bank of and a place, then an optional legal suffix.
_MULTIWORD_PLACES = "Hong Kong|New York|New Zealand|South Africa|Saudi Arabia|Nova Scotia|Abu Dhabi|Sri Lanka"
_BANK_OF = re.compile(
    r"(?<![\w&'.-])(?P<pre>(?:[A-Z][\w&'-]*|and)(?:[ \n]+(?:[A-Z][\w&'-]*|and)){0,3})[ \n]+Bank[ \n]+of[ \n]+"
    rf"(?:the[ \n]+)?(?P<place>{_MULTIWORD_PLACES}|[A-Z][a-z]+)(?P<suffix>[ \n]+(?:Ltd|Corp|Co|PLC|Plc|Bhd)\b)?"
)
_CENTRAL_BANK_WORDS = frozenset("Central Reserve People's National State Federal Export-Import World".split())


def _clean_name(raw: str) -> str:
    words = raw.split()
    kept = []
    for word in words:
        bare = word.rstrip(".,")
        if bare.endswith(("'s", "’s")):
            kept.append(bare[:-2])
            break
        kept.append(bare)
        if word.endswith((".", ",")):
            break
    while kept and kept[-1] in LEADING_STOPWORDS:
        kept.pop()
    return " ".join(kept)


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w&.-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w&-])")
    return [m.span() for m in pattern.finditer(text)]


def apposition_names(text: str) -> list[Candidate]:
    """Every occurrence of a name the article introduced with a trade noun (startup Midjourney)."""
    names = []
    for match in _APPOSITION.finditer(text):
        name = _clean_name(match.group("name"))
        words = name.split()
        if not words or words[0] in LEADING_STOPWORDS or words[0] in _CALENDAR or name in PLACES:
            continue
        if any(w.lower() in TITLE_WORDS for w in words):
            continue  # "retailer Chief Executive Ann Lee" names a person
        if name not in names:
            names.append(name)
    return [Candidate(s, e, 0.5, "en-apposition") for name in names for s, e in _occurrences(text, name)]


# A ticker in angle brackets (<SMBS ST>, <EVGH.HK>, <AXP>) right after a capitalised name.
TICKER = re.compile(r"<[A-Z0-9&]{1,8}(?:[. ][A-Z]{1,3})?>")
_BEFORE_TICKER = re.compile(
    r"(?P<name>[A-Z][\w&'.-]*(?:[ \n]+(?:[A-Z][\w&'.-]*|\([A-Z][\w&'.-]*\)|and|&|of|de)){0,4})[ \n]*$"
)


def ticker_names(text: str) -> list[Candidate]:
    """Every occurrence of a name that wire copy follows with a ticker: Swedish Match <SMBS ST>."""
    names = []
    for match in TICKER.finditer(text):
        before = _BEFORE_TICKER.search(text, max(0, match.start() - 80), match.start())
        if not before:
            continue
        words = before.group("name").split()
        cut = [i for i, w in enumerate(words) if w in LEADING_STOPWORDS or w.endswith(("'s", "’s", "."))]
        words = words[cut[-1] + 1 :] if cut else words  # "Sweden's", "The": not part of the name
        while words and words[-1] in {"and", "&", "of", "de"}:
            words.pop()
        name = " ".join(words)
        generic = all(w.strip("()").rstrip(".") in SUFFIX_WORDS for w in words)
        if words and words[0][0].isupper() and not generic and name not in PLACES and name not in names:
            names.append(name)
    return [Candidate(s, e, 0.55, "en-ticker") for name in names for s, e in _occurrences(text, name)]


def names_a_bank_of(text: str, start: int) -> bool:
    """Whether "Bank of Japan" at `start` is the tail of another bank's name (Industrial Bank of Japan)."""
    before = re.search(r"([A-Z][\w&'-]*)[ \n]+$", text[max(0, start - 40) : start])
    return (
        before is not None and before.group(1) not in LEADING_STOPWORDS and before.group(1) not in _CENTRAL_BANK_WORDS
    )


def bank_of_names(text: str) -> list[Candidate]:
    """Commercial banks named "X Bank of <place>" (Industrial Bank of Japan), central banks excepted."""
    found = []
    for match in _BANK_OF.finditer(text):
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", match.group("pre"))]
        cut = [i for i, (_, w) in enumerate(words) if w in LEADING_STOPWORDS or w.endswith(("'s", "’s"))]
        words = words[cut[-1] + 1 :] if cut else words  # "The", "Japan's": not part of the bank's name
        while words and words[0][1] == "and":
            words.pop(0)
        if not words or any(w in _CENTRAL_BANK_WORDS for _, w in words):
            continue
        start = match.start("pre") + words[0][0]
        end = match.end("suffix") if match.group("suffix") else match.end("place")
        found.append(Candidate(start, end, 0.5, "en-bank-of"))
    return found
