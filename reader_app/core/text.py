"""Text helpers every layer agrees on: newline normalisation, content hashes, language guesses, timestamps."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timezone

_WS = re.compile(r"\s+")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes, so stored offsets stay meaningful."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_hash(text: str) -> str:
    """Hash of the text with Unicode form, whitespace runs and NBSP folded, so re-saved copies are duplicates."""
    folded = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def guess_language(text: str) -> str:
    """'ko' when Hangul makes up a fair share of the letters, 'en' when Latin letters dominate, else ''."""
    hangul = latin = 0
    for ch in text[:20000]:
        if "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f":
            hangul += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if hangul and hangul * 3 >= latin:
        return "ko"
    if latin:
        return "en"
    return ""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
