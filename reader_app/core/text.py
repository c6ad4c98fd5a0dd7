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


_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z]")


def guess_language(text: str, sample: int = 20_000) -> str:
    """'ko' when Hangul makes up a fair share of the letters, 'en' when Latin letters dominate, else ''.

    Korean news is full of Latin acronyms (KT, AI, CEO), so a fifth of Hangul letters already means Korean.
    """
    head = text[:sample]
    hangul = len(_HANGUL.findall(head))
    latin = len(_LATIN.findall(head))
    if hangul and hangul * 4 >= latin:
        return "ko"
    if latin:
        return "en"
    return ""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
