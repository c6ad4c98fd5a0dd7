"""Company names as public listings write them, turned into the forms news uses: display case, no legal suffix.

Used by packaging/build_registry.py to derive the shipped registry from KRX, DART, SEC and market-cap listings.
"""

from __future__ import annotations

import re
import unicodedata

# Legal forms at the end of a registered name ("SAMSUNG ELECTRONICS CO,.LTD", "Apple Inc.", "Nestlé S.A.").
_LEGAL_TAIL = re.compile(
    r"(?:[\s,]+(?:co\s*[.,]*\s*,?\s*ltd|co|company|corp|corporation|inc|incorporated|ltd|limited|llc|l\.l\.c|"
    r"plc|p\.l\.c|s\.a|sa|ag|n\.v|nv|se|asa|ab|oyj|spa|s\.p\.a|bhd|berhad|tbk|pcl|kk|k\.k|gmbh|lp|l\.p|"
    r"holding company|aktiengesellschaft|& co)\.?)+\s*$",
    re.IGNORECASE,
)
# SEC suffixes that only say where a company is registered or what is traded ("/DE", "\\DE", "/ADR", "/NEW/").
_SEC_TAIL = re.compile(r"\s*[/\\][A-Z ]{1,12}/?\s*$")
_KOREAN_LEGAL = re.compile(r"\(주\)|㈜|\(유\)|주식회사|유한회사")
_HOLDINGS_TAIL = re.compile(r"[\s,]+(?:holdings?|group)\s*$", re.IGNORECASE)
_LOWER_WORDS = frozenset({"and", "of", "the", "for", "de", "la", "in", "on"})


def strip_legal(name: str) -> str:
    """The name without its legal form and listing tails: "SAMSUNG ELECTRONICS CO,.LTD" → "SAMSUNG ELECTRONICS"."""
    name = " ".join(unicodedata.normalize("NFC", name).replace(",.", ".,").split())
    name = _SEC_TAIL.sub("", name)
    previous = None
    while previous != name:
        previous = name
        name = _LEGAL_TAIL.sub("", name).strip(" ,.-&")
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE) or name


def strip_korean_legal(name: str) -> str:
    """A Korean name without (주), ㈜ or 주식회사 wherever they stand."""
    return " ".join(_KOREAN_LEGAL.sub(" ", name).split())


def strip_holdings(name: str) -> str:
    """ "SNT Holdings" → "SNT"; unchanged when nothing would be left."""
    shorter = _HOLDINGS_TAIL.sub("", name).strip(" ,")
    return shorter or name


def _case_word(word: str, words: frozenset[str]) -> str:
    if not word.isupper():
        return word
    core = word.strip("().,&-'")
    if core.lower() in _LOWER_WORDS:
        return word.lower()
    short = len(core) <= 3 and core.lower() not in words  # SUN, ONE, BIO are words; KT, AMD, ISU are initials
    if short or any(ch.isdigit() for ch in core) or not any(ch in "AEIOUY" for ch in core):
        return word
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def display_case(name: str, words: frozenset[str] = frozenset()) -> str:
    """Upper-case registered names in the case news writes them: "HANALL BIOPHARMA" → "Hanall Biopharma".

    Names that already mix cases ("KB Financial Group", "eBay") are kept as they are. `words` are ordinary
    lower-case English words: a short word among them is a word (SUN), any other is initials (AMD).
    """
    if any(ch.islower() for ch in name):
        # Mixed case is kept, but a lower-case word is capitalised: "BGF retail" → "BGF Retail" (not eBay).
        return " ".join(
            w[:1].upper() + w[1:] if w.isalpha() and w.islower() and w not in _LOWER_WORDS else w for w in name.split()
        )
    cased = [_case_word(w, words) for w in name.split()]
    if cased:
        cased[0] = cased[0][:1].upper() + cased[0][1:]
    return " ".join(cased)


def plain_name(name: str, words: frozenset[str] = frozenset()) -> str:
    """Display-case name without legal form: the canonical form the build gives a listing."""
    return display_case(strip_legal(name), words)
