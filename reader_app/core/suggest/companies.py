"""Company detector: registry aliases with word-boundary checks, name patterns, and short forms in one article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.core.model import COMPANY, Suggestion
from reader_app.core.suggest import company_appositions as appositions
from reader_app.core.suggest import company_contexts as contexts
from reader_app.core.suggest import company_guard as guard
from reader_app.core.suggest import company_patterns_en as patterns
from reader_app.core.suggest import company_patterns_ko as patterns_ko
from reader_app.core.suggest.aliases import acronym_definitions, misspellings, short_forms
from reader_app.core.suggest.company_glosses import glossed_names, korean_short_forms
from reader_app.core.suggest.korean import hangul_run_end, is_hangul, is_particle_tail
from reader_app.core.suggest.lexicon import PLACES, SUBSIDIARY_WORDS, SUFFIX_WORDS
from reader_app.core.suggest.registry import CompanyRegistry, RegistryEntry, english_name_of, fold


@dataclass
class Mention:
    start: int
    end: int
    canonical: str
    confidence: float
    rule: str
    priority: int  # registry 3, short form 2, pattern 1; blocked non-companies 4
    entry: RegistryEntry | None = None


def _after_ok(text: str, end: int) -> tuple[bool, str]:
    """Whether a name may end at `end`, and the Korean word that extends it (그룹, or 클라우드 in 네이버클라우드).

    After a Hangul or Latin name, only particles may follow without a space: anything else makes the
    name the start of a longer word, which is not a mention of it.
    """
    if end >= len(text):
        return True, ""
    ch = text[end]
    if is_hangul(ch):
        tail = text[end : hangul_run_end(text, end)]
        if is_particle_tail(tail):
            return True, ""
        for word in ("그룹", *SUBSIDIARY_WORDS):
            if tail.startswith(word) and is_particle_tail(tail[len(word) :]):
                return True, word
        return False, ""
    if ch.isalnum():
        return False, ""
    if ch == "-" and end + 1 < len(text) and text[end + 1].isupper():
        return False, ""  # Prudential-Bache: the alias is only the first half of a name
    return True, ""


# Crawled Korean text drops spaces (연구원은삼성물산목표가를): a particle before a name, or one of these nouns
# right after it, still marks the name's edge when the name is long enough not to be part of another word.
_PARTICLES_BEFORE = frozenset("은는이가을를에의와과도로")
_GLUED_NOUNS_AFTER = ("목표주가", "목표가", "투자의견", "영업이익", "주가", "주식", "실적", "지분", "매출", "측")


def _before_ok(text: str, start: int, end: int | None = None) -> bool:
    if start == 0 or not text[start - 1].isalnum():
        return True
    if end is None or end - start < 3:
        return False
    prev, first = text[start - 1], text[start]
    if end - start >= 5 and all(is_hangul(ch) for ch in text[start:end]):
        return True  # 따르면삼성바이오로직스: a long Korean name glued to the word before it
    if is_hangul(first) and prev.isascii():  # Point엔비디아: a change of script is a word edge
        return True
    return prev in _PARTICLES_BEFORE and start >= 2 and is_hangul(text[start - 2])


def _glued_noun_after(text: str, start: int, end: int) -> bool:
    if end - start < 3:
        return False
    tail = text[end : hangul_run_end(text, end)]
    return any(tail.startswith(n) and is_particle_tail(tail[len(n) :]) for n in _GLUED_NOUNS_AFTER)


def _registry_mentions(text: str, registry: CompanyRegistry) -> list[Mention]:
    folded, index = fold(text)
    mentions: list[Mention] = []
    exact_seen: set[str] = set()
    pending: list[tuple[int, int, str, RegistryEntry, str]] = []
    hyphened: list[tuple[int, int, RegistryEntry]] = []
    for hit, spellings in registry.iter_hits(folded):
        start, end = index[hit.start], index[hit.end - 1] + 1
        if not _before_ok(text, start, end):
            continue
        ok, extension = _after_ok(text, end)
        if not ok and text[end : end + 1] == "-":
            if hit.entry is not None:
                hyphened.append((start, end, hit.entry))  # Exxon-Mobil: kept if a known company follows the hyphen
            continue
        if not ok and not _glued_noun_after(text, start, end):
            continue
        if extension and extension != "그룹" and hit.entry is not None and hit.entry.listed:
            continue  # 디바이스솔루션: a listed loanword name plus a business word is another word, not a unit
        surface = text[start:end]
        if start > 0 and text[start - 1] == "<" and text[end : end + 1] == ">" and " " not in surface:
            continue  # a ticker in angle brackets (<IBM>) is outside any company span
        if hit.entry is None:
            if not (surface.startswith("Bank of") and appositions.names_a_bank_of(text, start)):
                mentions.append(Mention(start, end, "", 0.0, "not-company", 4))
            continue
        normalised = " ".join(surface.split()).replace("’", "'")
        if guard.is_surname(text, start, end):
            continue  # "Henry Ford", "Mr. Dell": the person the company may be named after
        if hit.entry.listed and guard.starts_longer_name(text, start, end):
            continue  # a listed one-word name inside a longer proper name: Dana Whitfield, Target Field
        upper_form = (  # ANSYS for Ansys; never for an ordinary word (MATCH in a capitals headline)
            hit.entry.listed and len(normalised) >= 4 and normalised.isupper() and not hit.entry.guarded
        )
        if normalised in spellings or upper_form or not any(c.isalpha() and c.isascii() for c in surface):
            exact_seen.add(normalised.lower())
            conf = 0.85 if len(normalised) <= 3 else 0.9
            mentions.append(_registry_mention(registry, hit.entry, start, end, conf, extension))
        else:
            pending.append((start, end, normalised, hit.entry, extension))
    # A spelling that differs only in case (shearson) counts when the article also has the exact spelling.
    for start, end, normalised, entry, extension in pending:
        if entry.listed:
            continue  # listed names are matched in their own case only: "cap" is not Cap SA
        if normalised.lower() in exact_seen and " " not in normalised and not normalised.isupper():
            mentions.append(_registry_mention(registry, entry, start, end, 0.6, extension))
    # "the Exxon-Mobil merger" holds two companies; "Prudential-Bache" (no known company after it) is one name.
    for start, end, entry in hyphened:
        partner = next((m for m in mentions if m.start == end + 1 and m.entry is not None), None)
        if partner is not None and partner.canonical != entry.canonical and " " not in text[start:end]:
            mentions.append(_registry_mention(registry, entry, start, end, 0.7, ""))
    return _guarded(text, mentions)


def _guarded(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop listed names that are ordinary words (Target, 대상) where nothing around them says "company"."""
    plain = {m.canonical for m in mentions if m.entry is not None and not _is_guarded(text, m)}
    return [
        m
        for m in mentions
        if m.entry is None
        or not _is_guarded(text, m)
        or guard.guarded_fires(text, m.start, m.end, named_elsewhere=m.canonical in plain)
    ]


def _is_guarded(text: str, mention: Mention) -> bool:
    entry = mention.entry
    if not (entry and entry.guarded):
        return False
    surface = " ".join(text[mention.start : mention.end].split()).casefold()
    return any(surface == g.casefold() for g in entry.guarded)


def _registry_mention(
    registry: CompanyRegistry, entry: RegistryEntry, start: int, end: int, conf: float, extension: str
) -> Mention:
    if extension == "그룹":  # 우리은행그룹: the group the company belongs to
        target = registry.parent_of(entry) or entry
        return Mention(start, end + 2, target.canonical, conf - 0.1, "registry-group", 3, target)
    if extension:  # 네이버클라우드: a subsidiary named after its parent
        brand = " ".join(w for w in entry.canonical.split() if w.rstrip(".") not in SUFFIX_WORDS | _LEGAL)
        canonical = f"{brand} {SUBSIDIARY_WORDS[extension]}"
        return Mention(start, end + len(extension), canonical, 0.6, "registry-subsidiary", 3)
    return Mention(start, end, entry.canonical, conf, "registry", 3, entry)


_LEGAL = frozenset({"Corporation", "Company", "Co", "Inc", "Corp", "Ltd"})


_OF_PLACE = re.compile(
    r"(?:\s+[A-Z][a-z]+){0,2}\s+of\s+((?:the\s+)?[A-Z][a-z]+(?:\s+(?!(?:Inc|Corp|Co|Ltd|Mfg)\b)[A-Z][a-z]+)?)"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|Mfg)\b\.?)?"
)


def _extend_of_place(text: str, mentions: list[Mention]) -> None:
    """A registry name followed by "of <place>" (Samsung Electronics of America) names its subsidiary there."""
    for m in mentions:
        if m.priority != 3 or m.entry is None or " of " in m.canonical:
            continue
        match = _OF_PLACE.match(text, m.end)
        if not match:
            continue
        words = match.group(1).split()
        words = words[1:] if words[0] == "the" else words
        if " ".join(words) in PLACES or all(w in PLACES for w in words):
            m.end = match.end()
            m.canonical = " ".join(text[m.start : m.end].split())
            m.entry, m.rule, m.confidence = None, "registry-of-place", 0.7


def _select(candidates: list[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: registry names (and known non-companies) first, then the longer span.

    The registry outranks a longer pattern span: "Donaldson, Lufkin, and Jenrette Securities" must not lose
    to a pattern that strings it together with the next company in a list.
    """
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(candidates, key=lambda m: (m.priority < 3, -(m.end - m.start), -m.priority, -m.confidence)):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        chosen.append(m)
        taken.append((m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


def _pattern_mentions(text: str, language: str) -> list[Mention]:
    found: list[patterns.Candidate] = []
    if language != "ko":
        found += patterns.english_suffix_names(text)
        found += patterns.bracketed_names(text)
        found += patterns.affiliations(text)
        found += patterns.acronyms(text)
        found += appositions.apposition_names(text)
        found += appositions.bank_of_names(text)
        found += appositions.ticker_names(text)
    found += patterns_ko.korean_suffix_names(text)
    found += patterns_ko.korean_operators(text)
    mentions = []
    for c in found:
        surface = " ".join(text[c.start : c.end].split())
        canonical = (english_name_of(surface) if c.rule.startswith("ko-") else "") or surface
        mentions.append(Mention(c.start, c.end, canonical, c.confidence, c.rule, 1))
    return mentions


def _adopt_registry_names(text: str, pattern: list[Mention], registry_mentions: list[Mention]) -> None:
    """A pattern span that starts with a registry alias (Citibank Korea Inc) takes the registry's canonical.

    Only when the extra words are legal forms, places, group words or words of the company's own names
    (Shearson Lehman Bros): "Warner Communications Inc" or "Volvo Finance North America Inc" name another
    company than the alias does, so the longer name stands on its own.
    """
    for p in pattern:
        for r in registry_mentions:
            if r.priority == 3 and r.start == p.start and r.end <= p.end:
                names = (r.canonical, *(r.entry.aliases if r.entry else ()))
                own = {w.lower().strip("(),.") for name in names for w in name.split()}
                extra = [_ABBREVIATED.get(w, w) for w in (w.strip("(),.") for w in text[r.end : p.end].split())]
                if "of" in extra:  # Industrial Bank of Japan, X Bank of Hong Kong: another company than X
                    r.priority = 0
                elif all(
                    w in SUFFIX_WORDS or w in PLACES or w in _CONNECTORS or w.lower() in _LOWER_LEGAL | own
                    for w in extra
                ):
                    p.canonical, p.entry, p.priority, p.rule = r.canonical, r.entry, 3, "registry+suffix"
                    p.confidence = r.confidence
                else:
                    r.priority = 0  # dropped: the longer, different name wins the span
    registry_mentions[:] = [r for r in registry_mentions if r.priority]


_CONNECTORS = frozenset({"and", "&", "of", ""})
_LOWER_LEGAL = frozenset({"ltd", "co", "inc", "corp", "plc"})
_ABBREVIATED = {"Bros": "Brothers", "Intl": "International", "Hldgs": "Holdings", "Mfg": "Manufacturing"}


def _unify_canonicals(mentions: list[Mention]) -> None:
    """An unknown company's canonical is the longest form the article uses (Wedge Group → Wedge Group Inc)."""
    unknown = [m for m in mentions if m.entry is None and m.priority < 4]
    for m in unknown:
        for other in unknown:
            longer = other.canonical
            if len(longer) > len(m.canonical) and re.match(re.escape(m.canonical) + r"\b", longer):
                m.canonical = longer


def find_companies(text: str, registry: CompanyRegistry, language: str = "") -> list[Mention]:
    registry_mentions = _registry_mentions(text, registry)
    _extend_of_place(text, registry_mentions)
    pattern_mentions = _pattern_mentions(text, language)
    _adopt_registry_names(text, pattern_mentions, registry_mentions)
    selected = _select(registry_mentions + pattern_mentions)
    selected = _select(selected + acronym_definitions(text, selected, Mention))
    if language != "ko":
        found = contexts.role_names(text) + contexts.listed_with_known(text, selected)
        selected = _select(selected + [Mention(c.start, c.end, " ".join(text[c.start : c.end].split()), c.confidence,
                                               c.rule, 1) for c in found])  # fmt: skip
        selected = _select(selected + contexts.recurrences(text, selected, Mention))
    selected = _select(selected + glossed_names(text, selected, Mention))
    selected = _select(selected + korean_short_forms(text, selected, Mention))
    selected = _select(selected + short_forms(text, selected, Mention))
    selected = _select(selected + misspellings(text, selected, Mention))
    _unify_canonicals(selected)
    # A ticker in angle brackets (<ASEA ST>) is never a mention, whatever name its letters spell.
    tickers = [t.span() for t in appositions.TICKER.finditer(text)]
    selected = [m for m in selected if not any(s <= m.start and m.end <= e for s, e in tickers)]
    return [m for m in selected if m.priority < 4 and m.rule != "blocked-acronym" and not _share_class(text, m)]


_SHARE_CLASS = re.compile(r"(?:[Cc]lass|[Ss]eries|[Tt]ranche)\s+$")


def _share_class(text: str, mention: Mention) -> bool:
    """ "class B", "Series C": a share class or funding round letter, never a company."""
    surface = text[mention.start : mention.end]
    return len(surface) <= 2 and bool(_SHARE_CLASS.search(text[max(0, mention.start - 10) : mention.start]))


def company_suggestions(mentions: list[Mention], text: str) -> list[Suggestion]:
    return [
        Suggestion(COMPANY, m.start, m.end, text[m.start : m.end], {"canonical": m.canonical}, m.confidence, m.rule)
        for m in mentions
    ]
