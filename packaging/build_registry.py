"""Derive the shipped company registry (resources/registry/listed.json) from public company listings.

    python packaging/build_registry.py [--data ../shared/data/companies] [--words /usr/share/dict/words]

Reads the KRX KIND lists (what is listed now, and an older list for former names), the Open DART corp codes
(English names of Korean listings), the SEC ticker file (US listings) and a market-cap ranking (common English
names worldwide). Writes names and codes only, never the listings themselves. The hand-curated
resources/registry/companies.json stays on top: a listing it already covers (same code or name) is left out,
and an alias it already uses is never given to a listed company. Deterministic: the same inputs give the
same file. The word list (Debian package wamerican) marks names that are ordinary English words; those fire
only with context (see core/suggest/company_guard.py).
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader_app.core.suggest.learning import KOREAN_COMMON_WORDS  # noqa: E402
from reader_app.core.suggest.lexicon import GENERIC_NAME_WORDS, PLACES  # noqa: E402
from reader_app.core.suggest.registry_names import (  # noqa: E402
    display_case,
    plain_name,
    strip_holdings,
    strip_korean_legal,
    strip_legal,
)

DATA = ROOT.parent / "shared" / "data" / "companies"
OUT = ROOT / "resources" / "registry" / "listed.json"
# English names of unlisted Korean firms, looked up (never matched) for names the suffix patterns find.
KOREAN_NAMES = "korean_names.json"
CURATED = ROOT / "resources" / "registry" / "companies.json"
KIND_NOW = "krx_kind_listed_2026-07-04.csv"
KIND_BEFORE = "krx_kind_listed_2026-04-08.csv"
DART = "dart_corpcode_2026-08-14.csv"
SEC = "sec_company_tickers_exchange_2026-08-22.json"
MARKET_CAP = "companiesmarketcap_global_2024-08-29.csv"

# Shell companies and funds are listed but never the subject of business news as companies.
_SKIP_KOREAN = re.compile(r"스팩|기업인수목적|리츠$|위탁관리|인프라투융자")
_SKIP_ENGLISH = re.compile(r"\b(?:acquisition|fund|etf|trust series|warrants?|units?|spac|blank check)\b", re.I)
_KOREAN_PLACES = frozenset(
    "한국 미국 중국 일본 대만 홍콩 영국 독일 프랑스 인도 베트남 러시아 유럽 아시아 서울 부산 대구 인천 광주 대전 "
    "울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 국내 해외 동양 서양".split()
)
# Unlisted group affiliates whose DART record changed since this date (older ones are mostly dormant).
AFFILIATE_SINCE = "20180101"
# Companies outside Korea and the US are taken from the top of the market-cap ranking only.
FOREIGN_RANK_LIMIT = 5000
_EXCHANGES = {"유가": "KRX", "코스닥": "KOSDAQ", "코넥스": "KONEX"}
_YAHOO_EXCHANGE = {"KS": "KRX", "KQ": "KOSDAQ"}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _load_words(path: Path) -> frozenset[str]:
    """Lower-case entries of the system word list: ordinary words, not proper names."""
    if not path.is_file():
        sys.exit(f"{path} not found: install the word list (apt-get install wamerican) or pass --words")
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.islower() and w.isalpha())


def _load_proper_names(path: Path) -> frozenset[str]:
    """Capitalised entries of the word list: given names, surnames and places (Steve, Morgan, Lowe's)."""
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w[:1].isupper())


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", html.unescape(text)).split())


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


class Builder:
    def __init__(self, words: frozenset[str], curated: dict) -> None:
        self.words = words
        self.entries: dict[str, dict] = {}  # key -> {canonical, aliases (ordered), exchange, ticker}
        self.curated_aliases = {
            _nfc(a).casefold() for c in curated["companies"] for a in (c["canonical"], *c.get("aliases", ()))
        } | {_nfc(n).casefold() for n in curated.get("not_companies", ())}
        self.curated_tickers = {c.get("ticker", "") for c in curated["companies"]} - {""}
        self.curated_canonicals = {_nfc(strip_legal(c["canonical"])).casefold() for c in curated["companies"]}
        self.first_words: set[str] = set()  # one-word short names (Jefferies): always guarded
        self.proper_names: frozenset[str] = frozenset()  # people's and places' names: never a short name

    def add(
        self, key: str, canonical: str, aliases: list[str], exchange: str, ticker: str, short: tuple[str, ...] = ()
    ) -> None:
        canonical = _nfc(canonical)
        if self.is_common(canonical) or canonical.casefold() in GENERIC_NAME_WORDS or not canonical[:1].isupper():
            # Stripping left an ordinary word ("International", "Technology"): the fuller alias is the name.
            longer = [_nfc(a) for a in aliases if len(_nfc(a)) > len(canonical) and _nfc(a).isascii()]
            fuller = next((a for a in longer if a[:1].isupper()), "")
            canonical = fuller or canonical[:1].upper() + canonical[1:]
        if ticker in self.curated_tickers or _nfc(strip_legal(canonical)).casefold() in self.curated_canonicals:
            return  # the hand-curated entry wins
        entry = self.entries.setdefault(key, {"canonical": canonical, "aliases": [], "exchange": exchange,
                                              "ticker": ticker})  # fmt: skip
        self.first_words.update(short)
        for alias in (canonical, *aliases, *short):
            alias = _nfc(alias)
            if alias and alias not in entry["aliases"]:
                entry["aliases"].append(alias)

    def _usable(self, alias: str) -> bool:
        folded = alias.casefold()
        if len(alias) < 2 or folded in self.curated_aliases or alias.isdigit():
            return False
        if not any(ch.isupper() or ch.isdigit() or _is_hangul(ch) for ch in alias):
            return False  # an all-lower-case word ("water") is a description, not a name
        if alias in PLACES or all(w in PLACES for w in alias.split()):
            return False
        if alias in _KOREAN_PLACES or alias in KOREAN_COMMON_WORDS:
            return False  # country and city names, and ordinary Korean words, are never a company alone
        return not (" " not in alias and folded in GENERIC_NAME_WORDS)

    def is_common(self, alias: str) -> bool:
        """Names that are ordinary words (Target, 대상) or too short to trust: they need context to fire."""
        if any(_is_hangul(ch) for ch in alias):
            hangul = sum(1 for ch in alias if _is_hangul(ch))
            return hangul <= 2 and not any(ch.isascii() and ch.isalpha() for ch in alias)
        if len(alias) <= 2 or (len(alias) <= 3 and alias.isupper()):
            return True  # GS, SPX: initials and tickers mean many things
        return " " not in alias and (alias.casefold() in self.words or alias in self.first_words)

    def first_word(self, name: str) -> tuple[str, ...]:
        """The distinctive first word of a listed name, the way news shortens it: Jefferies Financial Group."""
        words = name.split()
        if len(words) < 2 or words[1].lower() in {"of", "&", "and", "de"}:
            return ()
        second = words[1].lower().strip(".,")
        if second not in self.words and second not in GENERIC_NAME_WORDS:
            return ()  # Steve Madden, Ralph Lauren: named after a person, whose given name is no short form
        first = words[0]
        bare = first.replace("'", "").replace("’", "")
        if len(bare) < 5 or not bare.isalpha() or not first[0].isupper() or first.isupper():
            return ()
        if first.casefold() in self.words or bare.casefold() in self.words or first in PLACES:
            return ()
        if first in self.proper_names or first.replace("’", "'") in self.proper_names:
            return ()  # "We all miss Steve": a given name alone is a person
        return () if first.casefold() in GENERIC_NAME_WORDS else (first,)

    @staticmethod
    def _owns(key: str, alias: str, owners: dict[str, set[str]], entry: dict) -> bool:
        """An alias two companies share goes to neither, unless one of them is listed and the other not."""
        sharing = owners[alias.casefold()]
        if len(sharing) == 1 or alias == entry["canonical"]:
            return True
        listed = {k for k in sharing if not k.startswith("dart:")}
        return len(listed) == 1 and key in listed

    def finish(self) -> list[list]:
        """Drop unusable aliases and aliases two listed companies share; one compact row per company."""
        owners: dict[str, set[str]] = defaultdict(set)
        for key, entry in self.entries.items():
            for alias in entry["aliases"]:
                owners[alias.casefold()].add(key)
        rows = []
        for key in sorted(self.entries, key=lambda k: (self.entries[k]["canonical"].casefold(), k)):
            entry = self.entries[key]
            aliases = [a for a in entry["aliases"] if self._usable(a) and self._owns(key, a, owners, entry)]
            if not aliases:
                continue
            guarded = [a for a in aliases if self.is_common(a)]
            rows.append([entry["canonical"], aliases, entry["exchange"], entry["ticker"], guarded])
        return rows


# DART spells a group's Latin initials in Hangul (에스케이어드밴스드); news writes SK어드밴스드.
_HANGUL_INITIALS = {
    "에스케이": "SK", "엘지": "LG", "지에스": "GS", "씨제이": "CJ", "에이치디": "HD", "엘에스": "LS", "디엘": "DL",
    "케이티": "KT", "디비": "DB", "에이치엘": "HL", "엘엑스": "LX", "케이비": "KB", "엔에이치": "NH",
}  # fmt: skip
_GROUPS = re.compile(
    r"^(?:SK|LG|GS|CJ|HD|LS|DL|KT|DB|HL|LX|KB|NH|롯데|삼성|현대|한화|포스코|두산|신세계|효성|카카오|네이버|코오롱)"
    r"[가-힣A-Za-z]{2,10}$"
)
_SKIP_AFFILIATE = re.compile(r"유동화|펀드|사모|조합|신탁|리츠|스팩|제\d|\d|차$|호$|위탁|청산|기금|재단")


def _group_name(name: str) -> str:
    """The news form of a group affiliate's registered name, or "" when the name is no group affiliate."""
    for hangul, latin in _HANGUL_INITIALS.items():
        if name.startswith(hangul):
            name = latin + name[len(hangul) :]
            break
    return name if _GROUPS.match(name) else ""


# How Korean news shortens a firm's business word: 롯데손해보험 → 롯데손보, NICE신용평가 → NICE신평.
_KOREAN_ABBREVIATIONS = (
    ("손해보험", "손보"), ("화재해상보험", "화재"), ("생명보험", "생명"), ("신용평가", "신평"), ("금융투자", "금투"),
)  # fmt: skip


def _korean_short_forms(name: str) -> list[str]:
    """우리금융지주 → 우리금융; 롯데손해보험 → 롯데손보. Group and holding words are kept otherwise."""
    forms = []
    if name.endswith("지주") and len(name) > 4:
        forms.append(name[:-2])
    for word, short in _KOREAN_ABBREVIATIONS:
        if name.endswith(word) and len(name) > len(word) + 1:
            forms.append(name[: -len(word)] + short)
    return forms


def _english_forms(name: str) -> list[str]:
    """A listing's English name, without its legal form, and without Holdings/Group when enough is left."""
    plain = strip_legal(name)
    forms = [plain]
    shorter = strip_holdings(plain)
    if shorter != plain and (len(shorter) >= 5 or " " in shorter):
        forms.append(shorter)
    return forms


def build(data: Path, words: frozenset[str], proper_names: frozenset[str] = frozenset()) -> dict:
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    builder = Builder(words, curated)
    builder.proper_names = proper_names
    market = _read_csv(data / MARKET_CAP)
    market_by_symbol = {row["Symbol"].strip(): row for row in market}

    dart_by_code = {r["stock_code"].strip(): r for r in _read_csv(data / DART) if r["stock_code"].strip()}
    before = {r["종목코드"]: r["회사명"] for r in _read_csv(data / KIND_BEFORE)}
    for row in _read_csv(data / KIND_NOW):
        code, name = row["종목코드"].strip(), _nfc(strip_korean_legal(row["회사명"]))
        if _SKIP_KOREAN.search(name):
            continue
        dart = dart_by_code.get(code, {})
        english = dart.get("corp_eng_name", "").strip()
        canonical = plain_name(english, words) if english else name
        if english and builder.is_common(canonical):  # THE TECHNOLOGY CO → not a bare "Technology"
            canonical = display_case(_nfc(english), words)
        aliases = [name, *_korean_short_forms(name)]
        for other in (before.get(code, ""), dart.get("corp_name", "")):  # former and registered names
            other = _nfc(strip_korean_legal(other))
            if other and other != name:
                aliases += [other, *_korean_short_forms(other)]
        if english:
            aliases += [display_case(form, words) for form in _english_forms(english)]
        for suffix in ("KS", "KQ"):
            common = market_by_symbol.get(f"{code}.{suffix}")
            if common:
                aliases.append(_nfc(common["Name"]))
        builder.add(f"krx:{code}", canonical, aliases, _EXCHANGES.get(row["시장구분"], "KRX"), code)

    for row in _read_csv(data / DART):  # unlisted affiliates of the large business groups (SK어드밴스드)
        name = _group_name(_nfc(strip_korean_legal(row["corp_name"])))
        english = row["corp_eng_name"].strip()
        if row["stock_code"].strip() or not english or not name or _SKIP_AFFILIATE.search(name):
            continue
        if row["modify_date"] < AFFILIATE_SINCE:
            continue  # untouched since DART's first load: mostly dormant or merged away, and load time counts
        canonical = plain_name(english, words)
        aliases = [name, *(display_case(form, words) for form in _english_forms(english))]
        builder.add(f"dart:{row['corp_code']}", canonical, aliases, "", "")

    sec = json.loads((data / SEC).read_text(encoding="utf-8"))
    fields = sec["fields"]
    by_cik: dict[str, list[dict]] = defaultdict(list)
    for values in sec["data"]:
        item = dict(zip(fields, values, strict=True))
        if item["exchange"] in {"Nasdaq", "NYSE", "CBOE"} and not _SKIP_ENGLISH.search(item["name"]):
            by_cik[str(item["cik"])].append(item)
    used_symbols = set()
    for cik, items in sorted(by_cik.items()):
        items.sort(key=lambda i: (len(i["ticker"]), i["ticker"]))
        first = items[0]
        common = next((market_by_symbol[i["ticker"]] for i in items if i["ticker"] in market_by_symbol), None)
        if common is None:
            continue  # micro-caps and shells outside the market-cap ranking: rarely news, and load time counts
        aliases = [display_case(form, words) for form in _english_forms(first["name"])]
        canonical = aliases[0]
        if common:
            used_symbols.add(common["Symbol"])
            canonical, extra = _market_name(common["Name"])
            aliases = [*extra, *aliases]
        builder.add(f"sec:{cik}", canonical, aliases, first["exchange"], first["ticker"], builder.first_word(canonical))

    for row in market:
        symbol = row["Symbol"].strip()
        if symbol in used_symbols or symbol.endswith((".KS", ".KQ")) or _SKIP_ENGLISH.search(row["Name"]):
            continue
        if int(row["Rank"]) > FOREIGN_RANK_LIMIT:
            continue
        canonical, aliases = _market_name(row["Name"])
        suffix = symbol.rsplit(".", 1)[1] if "." in symbol else ""
        exchange = _YAHOO_EXCHANGE.get(suffix, suffix)
        builder.add(f"mcap:{symbol}", canonical, aliases, exchange, symbol, builder.first_word(canonical))

    return {
        "korean_names": _korean_names(data, words, builder),
        "about": (
            "Derived by packaging/build_registry.py from public listings (names and codes only): KRX KIND listed "
            "companies, Open DART corp codes (FSS Korea), SEC company_tickers_exchange (via WhyDRS/Database, ODbL "
            "1.0), companiesmarketcap.com ranking. Rows: [canonical, aliases, exchange, ticker, guarded aliases]; "
            "guarded aliases are ordinary words and fire only with context. companies.json (hand-curated) wins."
        ),
        "version": 1,
        "companies": builder.finish(),
    }


def _korean_names(data: Path, words: frozenset[str], builder: Builder) -> dict[str, str]:
    """Korean name → English name of DART firms whose name ends in a company word (호반건설 → Hoban Construction).

    Only for canonical names: the app looks a name up here after its suffix pattern found it, so an unlisted
    firm gets its English name without the registry matching thousands of unlisted names.
    """
    from reader_app.core.suggest.company_patterns_ko import KO_SUFFIXES

    known = {a.casefold() for e in builder.entries.values() for a in e["aliases"]} | builder.curated_aliases
    found: dict[str, set[str]] = defaultdict(set)
    for row in _read_csv(data / DART):
        english = row["corp_eng_name"].strip()
        if not english or row["modify_date"] < AFFILIATE_SINCE:
            continue
        name = _nfc(strip_korean_legal(row["corp_name"]))
        name = _group_name(name) or name
        if not name.endswith(KO_SUFFIXES) or _SKIP_AFFILIATE.search(name) or name.casefold() in known:
            continue
        found[name].add(plain_name(english, words))
    return {name: next(iter(english)) for name, english in sorted(found.items()) if len(english) == 1}


def _market_name(name: str) -> tuple[str, list[str]]:
    """ "Alphabet (Google)" → canonical Alphabet, aliases Alphabet and Google."""
    name = _nfc(name)
    match = re.match(r"^(.*?)\s*\(([^)]+)\)\s*$", name)
    if match:
        return match.group(1), [match.group(1), match.group(2)]
    plain = strip_legal(name) or name
    # The usual full name keeps its article (The Trade Desk); the alias list has both forms.
    canonical = f"The {plain}" if name.startswith("The ") and not plain.startswith("The ") else plain
    return canonical, [name, canonical, plain]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"{args.data} not found: pass --data with the folder of company listings")
    registry = build(args.data, _load_words(args.words), _load_proper_names(args.words))
    korean = {"about": "Korean name → English name of unlisted firms (Open DART), for canonical names only.",
              "names": registry.pop("korean_names")}  # fmt: skip
    text = json.dumps(registry, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text.replace('],["', '],\n["') + "\n", encoding="utf-8")
    names_out = args.out.with_name(KOREAN_NAMES)
    text = json.dumps(korean, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    names_out.write_text(text.replace('","', '",\n"') + "\n", encoding="utf-8")
    print(f"wrote {names_out}: {len(korean['names'])} Korean names with English names")
    rows = registry["companies"]
    aliases = sum(len(r[1]) for r in rows)
    guarded = sum(len(r[4]) for r in rows)
    size = args.out.stat().st_size
    print(f"wrote {args.out}: {len(rows)} companies, {aliases} aliases ({guarded} guarded), {size} bytes")


if __name__ == "__main__":
    main()
