"""Turn decoded text into what is stored: newline normalisation, Hangul composition, binary checks."""

from __future__ import annotations

import re
import unicodedata

from .errors import ImportFailure

# CJK compatibility ideographs are distinct KS X 1001 code points that NFC would fold into unified
# ideographs; keep them exactly as written and normalise only what lies between them.
_COMPAT_IDEOGRAPHS = re.compile(r"([\uF900-\uFAFF\U0002F800-\U0002FA1F]+)")
# Controls that never occur in real text (tab, newline, form feed and vertical tab can).
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
COMPOSED_WARNING = "Decomposed (NFD) characters, as macOS writes them, were composed (NFC)."


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n; annotation offsets count characters of this result."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def compose(text: str) -> tuple[str, bool]:
    """Return text in NFC (compatibility ideographs untouched) and whether anything changed.

    Decomposed Hangul (ㅇ+ㅜ+ㄹ… for 울) looks right on screen but defeats search, suggestion rules and
    the lead's language and hash helpers, so the stored text is composed. The stored text is the
    reference for every offset, so offsets stay consistent; the file itself is never rewritten.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, False
    parts = _COMPAT_IDEOGRAPHS.split(text)
    # Odd indexes are the captured compatibility ideograph runs.
    composed = "".join(p if i % 2 else unicodedata.normalize("NFC", p) for i, p in enumerate(parts))
    return composed, composed != text


def check_textual(text: str, filename: str) -> None:
    """Refuse decoded text that is really binary data (NULs, many control characters)."""
    if "\x00" in text:
        raise ImportFailure(
            filename, "contains NUL bytes, so it is binary data, not text", "export the article as .txt"
        )
    controls = len(_BAD_CONTROLS.findall(text, 0, 200_000))
    sample = min(len(text), 200_000)
    if controls and controls > max(2, sample // 200):
        raise ImportFailure(
            filename,
            "contains control characters, so it looks like binary data, not text",
            "export the article as .txt or .html",
        )
    if not text.strip():
        raise ImportFailure(filename, "contains no text", "check that the right file was chosen")
