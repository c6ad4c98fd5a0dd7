"""Judge whether a decoding produced real text or mojibake, for the encoding guesser.

Detectors guess from byte statistics, which short or sparse Korean does not provide, and several wrong
decodings raise no error: Shift-JIS bytes decode as CP949 into Hangul syllables nobody writes, CP949
bytes decode as cp1252 into runs like "¿ì¸®". Each non-ASCII character gets a weight for how likely it
is in real Korean or English text; the mean is the score (1.0: plausible, 0.0: garbage).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

SAMPLE_CHARS = 100_000  # enough to judge; keeps a 20 MB file from costing seconds
PLAUSIBLE_FLOOR = 0.8  # real text scores > 0.95, mojibake < 0.5 (tests/core/test_importing_decoding.py)
# Symbols from the Latin-1 range that real text uses on their own (degree, middle dot, ©, «», ±, ×, ½).
_COMMON_LATIN1_SYMBOLS = frozenset("°·©®«»±×÷½¼¾§¶µ¢£¥")
# What cp1252 maps bytes 0x80-0x9F to: the other half of UTF-8-read-as-cp1252 mojibake.
_CP1252_EXTRAS = frozenset("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


@lru_cache(maxsize=1)
def ks_x_1001_syllables() -> frozenset[str]:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR): virtually every syllable real Korean uses.

    CP949 encodes the other 8,822 syllables in an extension area, and that area is exactly where
    Shift-JIS kana and kanji bytes land when decoded as CP949, which makes membership a sharp test.
    """
    found = []
    for code in range(0xAC00, 0xD7A4):
        ch = chr(code)
        # CPython's EUC-KR encoder spells the other syllables as 8-byte jamo "make-up" sequences.
        if len(ch.encode("euc_kr")) == 2:
            found.append(ch)
    return frozenset(found)


def _mojibake_piece(ch: str) -> bool:
    """A character that UTF-8 or CP949 bytes become when read as cp1252/latin-1."""
    return "\x80" <= ch <= "\xff" or ch in _CP1252_EXTRAS


def _weight(ch: str, prev: str, common_hangul: frozenset[str]) -> float:
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3:
        return 1.0 if ch in common_hangul else 0.0
    # Two such characters in a row ("Ã©", "ìš", "¸®") are the signature of UTF-8 or CP949 read as
    # cp1252; real accented words put ASCII letters between them ("café", "naïveté").
    # Punctuation pairs such as …” are fine: at least one of the two must come from the Latin-1 range.
    if prev and _mojibake_piece(ch) and _mojibake_piece(prev) and ("\x80" <= ch <= "\xff" or "\x80" <= prev <= "\xff"):
        return 0.0
    if 0x80 <= code <= 0xFF:
        if code < 0xA0:
            return 0.0  # C1 controls
        if code < 0xC0:
            return 0.6 if ch in _COMMON_LATIN1_SYMBOLS else 0.1
        return 1.0  # é, ü, ñ on their own inside words
    if 0x3040 <= code <= 0x30FF:  # kana: a genuine Japanese decoding
        return 1.0
    if 0x3130 <= code <= 0x318F or 0x1100 <= code <= 0x11FF:  # jamo: "ㅋㅋ", or decomposed text
        return 0.7
    if 0x4E00 <= code <= 0x9FFF:  # hanja / kanji / hanzi: real, but also what wrong guesses yield
        return 0.8
    if 0xF900 <= code <= 0xFAFF:
        return 0.3
    if 0xE000 <= code <= 0xF8FF or ch == "\ufffd":
        return 0.0
    category = unicodedata.category(ch)
    if category in ("Cc", "Cn", "Co", "Cs"):
        return 0.0
    if 0xFF61 <= code <= 0xFF9F:  # half-width katakana: what Korean bytes become when read as Shift-JIS
        return 0.3
    if 0x2000 <= code <= 0x206F:  # dashes, curly quotes, ellipsis, no-break spaces of all widths
        return 1.0
    if 0x2070 <= code <= 0x2BFF or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
        return 0.9  # punctuation, arrows, boxes (□ ◆ ▶ ※ 【】): common in Korean news
    if category.startswith("L"):
        return 0.85  # letters of other scripts (Cyrillic, Greek…): plausible, if rarer here
    return 0.5


def score(text: str) -> float:
    """Share of plausibility over the non-ASCII characters of (a sample of) text; 1.0 if pure ASCII."""
    sample = text[:SAMPLE_CHARS]
    common_hangul = ks_x_1001_syllables()
    total = 0.0
    count = 0
    prev = ""
    for ch in sample:
        if ch < "\x80":
            if ch < " " and ch not in "\t\n\r\f\v":
                total += 0.0
                count += 1
            prev = ""
            continue
        total += _weight(ch, prev, common_hangul)
        count += 1
        prev = ch
    return total / count if count else 1.0
