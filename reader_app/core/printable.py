"""Text safe to print on a terminal: control characters (a newline in a file name, ESC) shown escaped."""

from __future__ import annotations

import re
import unicodedata

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """The text with every control character (and bidirectional override) as a visible escape: one line
    stays one line, and nothing in a name can drive the terminal."""
    value = str(text)
    if not _CONTROLS.search(value):
        return value
    return _CONTROLS.sub(lambda m: _NAMED.get(m.group(), _escape(m.group())), value)


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if unicodedata.category(char) in ("Zl", "Zp", "Cf") else char
