"""Bytes to text: BOM, then a declared or chosen charset, then strict UTF-8, then a checked guess.

The order follows issue 3. Every guess (detector or the CP949 fallback) must pass the plausibility
score, because wrong legacy decodings rarely raise errors; when nothing is plausible the import fails
with a message that tells the user to choose the encoding, rather than storing mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from . import plausibility
from .errors import ImportFailure
from .plausibility import PLAUSIBLE_FLOOR

PLAUSIBLE = PLAUSIBLE_FLOOR
# These codecs read the byte-order mark and drop it, so it never becomes text (offsets start after it).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# On a tie the likelier encoding for this app's readers wins (cp1250 and cp1252 agree on most text).
_PREFERRED = ("cp949", "cp1252")
# Labels as browsers treat them (WHATWG Encoding): EUC-KR pages are really CP949 (UHC), and
# "latin-1" pages are really windows-1252.
_ALIASES = {
    "euc-kr": "cp949",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ksc5601": "cp949",
    "x-windows-949": "cp949",
    "uhc": "cp949",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "utf8": "utf-8",
}
_SINGLE_BYTE = re.compile(r"^(cp125\d|iso8859_\d+|latin_1|ascii|mac_roman)$")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used, e.g. "utf-8", "cp949"
    warnings: tuple[str, ...] = ()


def canonical_codec(label: str) -> str | None:
    """Python codec name for an encoding label (user choice, HTTP or <meta>), or None if unknown."""
    key = label.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def decode(data: bytes, *, filename: str, chosen: str | None = None, declared: str | None = None) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict_or_fail(data, codec, filename, "its byte-order mark")
    if chosen:
        return _chosen(data, chosen, filename)
    if declared:
        found = _declared(data, declared)
        if found:
            return found
    # Before UTF-8: UTF-16 of ASCII-range text is also valid UTF-8, full of NUL bytes.
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        # Outside UTF-16/32 (handled above) a NUL byte means binary data, whatever a detector says.
        raise ImportFailure(
            filename, "contains NUL bytes, so it is binary data, not text", "export the article as .txt"
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _mostly_utf8(data) or _guess(data, filename)


def _strict_or_fail(data: bytes, codec: str, filename: str, why: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            filename,
            f"is marked as {codec} by {why} but is not valid {codec} (byte {exc.start})",
            "re-save it as UTF-8",
        ) from None


def _chosen(data: bytes, label: str, filename: str) -> Decoded:
    """The user's explicit choice wins; undecodable bytes are replaced and reported, not refused."""
    codec = canonical_codec(label)
    if codec is None:
        raise ImportFailure(filename, f"'{label}' is not a known encoding", "choose one from the list")
    try:
        text = data.decode(codec)
        warnings: list[str] = []
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        warnings = [f"{bad} byte sequences are not valid {codec} and were replaced with \ufffd."]
    if plausibility.score(text) < PLAUSIBLE:
        warnings.append(f"The text looks garbled when read as {codec}; another encoding may fit better.")
    return Decoded(text, codec, tuple(warnings))


def _declared(data: bytes, label: str) -> Decoded | None:
    codec = canonical_codec(label)
    if codec is None:
        return None
    if _SINGLE_BYTE.match(codec) and not data.isascii():
        # Pages often declare latin-1 while serving UTF-8; valid multi-byte UTF-8 is no accident.
        try:
            return Decoded(data.decode("utf-8"), "utf-8", (f"Declared {label}, but the bytes are UTF-8.",))
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None  # a wrong declaration is common; fall through to UTF-8 and guessing


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a stray bad byte or a cut-off last character (truncated downloads, bad copies).

    Legacy encodings are almost never valid UTF-8 for long, so many well-formed multi-byte sequences
    with very few errors mean UTF-8 with damage, which is better shown with a � than misread whole.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ch > "\x7f") - bad
    if bad <= max(1, len(text) // 1000) and multibyte >= 20 * bad:
        return Decoded(text, "utf-8", (f"{bad} invalid UTF-8 byte sequences were replaced with \ufffd.",))
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without a BOM (some Windows tools): mostly-ASCII text has NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    half = len(sample) // 2
    for codec, nuls, other in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if nuls > half * 0.3 and other < half * 0.05:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if plausibility.score(text) >= PLAUSIBLE:
                return Decoded(text, codec, ("UTF-16 without a byte-order mark; check the text.",))
    return None


def _guess(data: bytes, filename: str) -> Decoded:
    candidates: list[str] = []
    # The detector is given a bounded sample: statistics settle early and 20 MB would take seconds.
    for match in list(from_bytes(data[:262_144]))[:3]:
        codec = canonical_codec(match.encoding)
        if codec and codec not in candidates:
            candidates.append(codec)
    # Legacy Korean Windows files are the likeliest non-UTF-8 input here; cp932 is tried after it so
    # that Shift-JIS, which decodes as CP949 without error, is recognised when the detector misses it.
    candidates += [codec for codec in ("cp949", "cp932") if codec not in candidates]
    if "cp1252" in candidates or any(_SINGLE_BYTE.match(c) for c in candidates):
        candidates.append("cp1252")
    best: tuple[float, bool, str, str] | None = None
    for codec in dict.fromkeys(candidates):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        ranked = (plausibility.score(text), codec in _PREFERRED, codec, text)
        if best is None or ranked[:2] > best[:2]:
            best = ranked
    if best is None or best[0] < PLAUSIBLE:
        raise ImportFailure(
            filename,
            "is not UTF-8 and its encoding could not be recognised",
            "import it again with an explicit encoding (Reopen with encoding…) or re-save it as UTF-8",
        )
    _, _, codec, text = best
    return Decoded(text, codec, (f"Encoding guessed as {codec}; if the text looks wrong, reopen it.",))
