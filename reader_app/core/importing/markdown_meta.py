"""Optional YAML-style front matter of Markdown files, read as flat `key: value` lines in linear time.

Only the flat form is supported (what note apps and static-site tools write for articles). A real YAML
parser would add a dependency and parse nested documents nobody sends us; unknown keys are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MAX_FRONT_MATTER_LINES = 200  # front matter is a handful of lines; a missing closer must not scan 20 MB
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
# Accepted keys, mapped to ParsedDocument fields.
_KEYS = {
    "title": "title",
    "source": "source",
    "publisher": "source",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "published": "published",
    "date": "published",
    "byline": "byline",
    "author": "byline",
    "authors": "byline",
    "section": "section",
    "category": "section",
    "language": "language",
    "lang": "language",
}
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+?)\s*#*\s*$")


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, str] = field(default_factory=dict)
    end: int = 0  # offset just after the closing line; 0 when there is no front matter


def read_front_matter(text: str) -> FrontMatter:
    if not (text.startswith("---\n") or text == "---"):
        return FrontMatter()
    pos = 4
    found: dict[str, str] = {}
    for _ in range(_MAX_FRONT_MATTER_LINES):
        newline = text.find("\n", pos)
        line = text[pos:] if newline < 0 else text[pos:newline]
        nxt = len(text) if newline < 0 else newline + 1
        if line.rstrip() in ("---", "..."):
            return FrontMatter(found, nxt)
        match = _KEY_VALUE.match(line)
        key = match.group("key").lower() if match else ""
        if match and key in _KEYS and _KEYS[key] not in found:
            value = _unquote(match.group("value"))
            if value:
                found[_KEYS[key]] = value
        if newline < 0:
            break
        pos = nxt
    return FrontMatter()  # no closing line: it was a horizontal rule, not front matter


def heading_title(line: str) -> str:
    """The text of an ATX heading line ("# Title"), or "" when the line is not one."""
    match = _ATX_HEADING.match(line)
    return match.group("text").strip() if match else ""


def _unquote(value: str) -> str:
    value = value.strip()
    if value[:1] == "[" and value[-1:] == "]":  # authors: [A, B]
        return ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value.split(" #", 1)[0].strip()  # a trailing YAML comment
