"""The company registry: canonical names with Korean and English aliases, matched fast with Aho-Corasick."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick

_WS_RUN = re.compile(r"\s+")


class RegistryEntry(NamedTuple):
    """One company. A NamedTuple, not a dataclass: the registry makes some 13,000 of them at start-up."""

    canonical: str
    aliases: tuple[str, ...]
    exchange: str = ""
    ticker: str = ""
    parent: str = ""  # canonical name of the group the company belongs to, when it has one
    # Aliases that are ordinary words or too short to trust (Target, 대상): they fire only with context.
    guarded: tuple[str, ...] = ()
    listed: bool = False  # derived from public listings (not hand-curated): stricter context rules apply


@dataclass(frozen=True)
class AliasHit:
    """One alias occurrence in folded text; entry is None for a known non-company (exchange, regulator…)."""

    start: int  # offsets into the folded text
    end: int
    alias: str  # the alias as registered (original case, spaces normalised)
    entry: RegistryEntry | None


def fold(text: str) -> tuple[str, list[int]]:
    """Lower-case `text` and collapse whitespace runs to one space, with a map from folded to original offsets.

    Aliases are folded the same way, so "Shearson\\n    Lehman" matches "Shearson Lehman".
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters (İ) lower-case to two code points
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    lowered = lowered.replace("’", "'")  # Lowe’s is Lowe's: one code point for one, offsets unchanged
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for match in _WS_RUN.finditer(lowered):
        parts.append(lowered[pos : match.start()])
        index.extend(range(pos, match.start()))
        parts.append(" ")
        index.append(match.start())
        pos = match.end()
    parts.append(lowered[pos:])
    index.extend(range(pos, len(lowered)))
    index.append(len(lowered))
    return "".join(parts), index


def _normalise_alias(alias: str) -> str:
    return _WS_RUN.sub(" ", alias.strip())


class CompanyRegistry:
    """Known companies and known non-companies. Immutable: with_entries() returns a new registry."""

    def __init__(self, entries: Iterable[RegistryEntry], not_companies: Iterable[str] = ()) -> None:
        self._entries: tuple[RegistryEntry, ...] = tuple(entries)
        self._not_companies: tuple[str, ...] = tuple(not_companies)
        self._by_canonical: dict[str, RegistryEntry] = {}
        for entry in self._entries:  # the first entry of a name wins, as on a shared alias
            self._by_canonical.setdefault(entry.canonical, entry)
        self._automaton: ahocorasick.Automaton | None = None

    @classmethod
    def load(cls, path: Path) -> CompanyRegistry:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = [
            RegistryEntry(
                canonical=item["canonical"],
                aliases=tuple(item.get("aliases", ())),
                exchange=item.get("exchange", ""),
                ticker=item.get("ticker", ""),
                parent=item.get("parent", ""),
            )
            for item in data.get("companies", ())
        ]
        return cls(entries, data.get("not_companies", ()))

    @staticmethod
    def load_listed(path: Path) -> list[RegistryEntry]:
        """Entries derived from public listings (packaging/build_registry.py): compact rows, see its "about"."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        make = RegistryEntry._make  # tuple.__new__ directly: some 10,000 rows at start-up
        return [
            make((canonical, tuple(aliases), exchange, ticker, "", tuple(guarded), True))
            for canonical, aliases, exchange, ticker, guarded in data.get("companies", ())
        ]

    @classmethod
    def load_default(cls) -> CompanyRegistry:
        return _default_registry()

    def with_entries(self, entries: Iterable[RegistryEntry]) -> CompanyRegistry:
        """A registry with the analyst's own companies layered on top: on a shared alias, theirs wins."""
        extra = tuple(entries)
        if not extra:
            return self
        replaced = {e.canonical for e in extra}
        kept = [e for e in self._entries if e.canonical not in replaced]
        return CompanyRegistry([*extra, *kept], self._not_companies)

    @property
    def not_companies(self) -> tuple[str, ...]:
        return self._not_companies

    @property
    def entries(self) -> tuple[RegistryEntry, ...]:
        return self._entries

    def get(self, canonical: str) -> RegistryEntry | None:
        return self._by_canonical.get(canonical)

    def parent_of(self, entry: RegistryEntry) -> RegistryEntry | None:
        return self._by_canonical.get(entry.parent) if entry.parent else None

    def _build(self) -> ahocorasick.Automaton:
        # Earlier entries win a shared alias: the analyst's own entries come first (see with_entries).
        # Collected in a dict first: asking the automaton for every key is several times slower.
        words: dict[str, tuple] = {}
        for name in self._not_companies:
            alias = _normalise_alias(name)
            words[alias.lower()] = (alias, None)
        get = words.get
        for entry in self._entries:
            # A listed entry's canonical is an alias only if the build kept it (a bare "International" is not);
            # the build wrote its aliases normalised already.
            listed = entry.listed
            for alias in entry.aliases if listed else (entry.canonical, *entry.aliases):
                if not listed:
                    alias = " ".join(alias.split())  # as _normalise_alias, without a regex
                key = alias.lower()
                if not key:
                    continue
                existing = get(key)
                if existing is None or existing[1] is None:
                    words[key] = (alias, entry)
                else:
                    surfaces = existing[0] if isinstance(existing[0], tuple) else (existing[0],)
                    if alias not in surfaces:  # keep every registered spelling for the case check
                        words[key] = ((*surfaces, alias), existing[1])
        automaton = ahocorasick.Automaton()
        add = automaton.add_word
        for key, value in words.items():
            add(key, value)
        automaton.make_automaton()
        return automaton

    def lookup(self, alias: str) -> RegistryEntry | None:
        """The company an alias names exactly (case-insensitive), or None."""
        if self._automaton is None:
            self._automaton = self._build()
        found = self._automaton.get(_normalise_alias(alias).lower(), None)
        return found[1] if found is not None else None

    def iter_hits(self, folded: str) -> Iterator[tuple[AliasHit, tuple[str, ...]]]:
        """Every alias occurrence in folded text, with all registered spellings of that alias."""
        if not self._entries and not self._not_companies:
            return
        if self._automaton is None:
            self._automaton = self._build()
        for end_index, (surfaces, entry) in self._automaton.iter(folded):
            spellings = surfaces if isinstance(surfaces, tuple) else (surfaces,)
            start = end_index - len(spellings[0]) + 1
            yield AliasHit(start, end_index + 1, spellings[0], entry), spellings


@lru_cache(maxsize=1)
def _default_registry() -> CompanyRegistry:
    """Hand-curated entries first (they win a shared alias), then the companies derived from listings."""
    curated = CompanyRegistry.load(default_registry_path())
    listed_path = default_registry_path().with_name("listed.json")
    listed = CompanyRegistry.load_listed(listed_path) if listed_path.is_file() else []
    return CompanyRegistry([*curated.entries, *listed], curated.not_companies)


def default_registry_path() -> Path:
    """The shipped registry file, found through the app's resource helper (checkout, wheel or bundle)."""
    from reader_app.paths import resource_path

    return resource_path("registry", "companies.json")


@lru_cache(maxsize=1)
def _korean_names() -> dict[str, str]:
    path = default_registry_path().with_name("korean_names.json")
    return json.loads(path.read_text(encoding="utf-8")).get("names", {}) if path.is_file() else {}


def english_name_of(korean: str) -> str:
    """The English name Open DART gives an unlisted Korean firm (호반건설 → Hoban Construction), or "".

    Loaded on first use: only names the suffix patterns found are looked up, so it never adds a mention.
    """
    return _korean_names().get(korean, "")
