"""Find publication dates written the ways Korean and English news pages write them; return ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
# Time after a date, allowing the separators pages put between them ("2020-06-05 \xa0 / \xa015:32:39",
# "2023.04.17. 오후 3:05", "April 5, 2023 at 3:45 p.m."). \s covers the no-break space.
_TIME = (
    r"(?:[\s/|,·]|at)*(?:(?P<ampm1>오전|오후|[AaPp]\.?[Mm]\.?)\s*)?"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm2>[AaPp]\.?[Mm]\.?)?"
)
_NUMERIC = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*[-./]\s*(?P<month>\d{1,2})\s*[-./]\s*(?P<day>\d{1,2})\.?"
    r"(?!\d)(?:" + _TIME + r")?"
)
_KOREAN = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*년\s*(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"
    r"(?:\s*\([월화수목금토일]\S*\))?(?:" + _TIME + r")?"
)
_ENGLISH_MDY = re.compile(
    r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b"
    r"(?:" + _TIME + r")?"
)
_ENGLISH_DMY = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<year>(?:19|20)\d{2})\b(?:" + _TIME + r")?"
)
_PATTERNS = (_NUMERIC, _KOREAN, _ENGLISH_MDY, _ENGLISH_DMY)


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first valid date (with time if written) in text, as ISO 8601, and its match."""
    found: list[tuple[int, str, re.Match[str]]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso:
                found.append((match.start(), iso, match))
                break
    if not found:
        return None
    _, iso, match = min(found, key=lambda item: item[0])
    return iso, match


def normalise_iso(value: str) -> str:
    """Tidy an ISO-ish timestamp from metadata ("2023-04-05T14:03:00Z") or return "" if it is none."""
    value = value.strip()
    if not value:
        return ""
    candidate = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        found = find_date(value)
        return found[0] if found else ""
    if len(value) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()


def _to_iso(match: re.Match[str]) -> str:
    groups = match.groupdict()
    try:
        year, day = int(groups["year"]), int(groups["day"])
        month = int(groups["month"]) if groups.get("month") else _MONTHS.get(groups["mon"].lower(), 0)
        day_value = date(year, month, day)
    except (ValueError, KeyError, TypeError):
        return ""
    if groups.get("hour") is None:
        return day_value.isoformat()
    hour, minute = int(groups["hour"]), int(groups["minute"])
    second = int(groups["second"] or 0)
    ampm = (groups.get("ampm1") or groups.get("ampm2") or "").lower().replace(".", "")
    if ampm in ("오후", "pm") and hour < 12:
        hour += 12
    elif ampm in ("오전", "am") and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute, second).isoformat()
    except ValueError:
        return day_value.isoformat()
