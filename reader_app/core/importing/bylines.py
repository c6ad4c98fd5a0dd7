"""Who wrote an article and for whom: bylines, sign-offs, datelines and wire credits in plain text."""

from __future__ import annotations

import re

from . import furniture

_BYLINE_LEN = 100  # bylines are short; the limit keeps the name patterns cheap
_BYLINE_KO = re.compile(
    r"^(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원)"
    r"(?:\s*[\[(<]?\s*[\w.+-]+@[\w.-]+\s*[\])>]?)?\s*$"
)
_NAME_EN = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# Separators need their spaces: "Brandon" must not split at its "and" (that backtracks exponentially).
_AND = r"(?:\s*[,&]\s*|\s+and\s+)"
_BYLINE_EN = re.compile(rf"^By\s+(?P<names>{_NAME_EN}(?:{_AND}{_NAME_EN})*)\s*(?:[|,–—-].*)?$")
_DATELINE_KO = re.compile(
    r"^\s*\((?:[가-힣]{1,6}=)?(?P<source>[^()=]{2,12})\)\s*(?P<name>[가-힣]{2,4})\s*(기자|특파원)"
)
_DATELINE_EN = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}\((?P<source>[A-Z][A-Za-z&. ]{1,20})\)\s*[-—–]")
_REPORTING_BY = re.compile(rf"Reporting by (?P<names>{_NAME_EN}(?:{_AND}{_NAME_EN})*)")


def byline_in(line: str) -> str:
    """The reporter names of a byline line ("윤종학 기자", "By Jane Doe and Richard Roe"), or ""."""
    if len(line) > _BYLINE_LEN:
        return ""
    match = _BYLINE_KO.match(line) or _BYLINE_EN.match(line)
    return _names(match.group("names")) if match else ""


def people(meta: list[str], opening: list[str], closing: list[str], tail: list[str]) -> tuple[str, str]:
    """(byline, source) from the header's meta lines, then sign-offs, datelines and wire credits.

    opening and closing are the body's first and last few lines; tail is the furniture after it.
    """
    byline = next((found for found in map(byline_in, meta) if found), "")
    source = ""
    candidates = closing + tail
    for s in candidates:
        match = furniture.SIGNOFF.search(s) or furniture.BROADCAST_SIGNOFF.match(s)
        if match:
            byline = byline or _names(match.group("name"))
            source = source or _publication(match.group("source"))
    for s in opening:
        match = _DATELINE_KO.match(s) or _DATELINE_EN.match(s)
        if match:
            source = source or _publication(match.group("source"))
            if not byline and "name" in match.groupdict():
                byline = match.group("name")
    for s in candidates:
        match = _REPORTING_BY.search(s)
        if match and not byline:
            byline = _names(match.group("names"))
        if s.lower() in ("reuter", "reuters") and not source:
            source = "Reuters"
    return byline, source


def _names(raw: str) -> str:
    parts = [p for p in re.split(r"\s*(?:[·,&]|\band\b)\s*", raw.strip()) if p]
    return ", ".join(parts)


def _publication(raw: str) -> str:
    """ "MBN뉴스" → "MBN", "KBS 뉴스" → "KBS"; Korean names such as 연합뉴스 or 비즈니스포스트 stay whole."""
    raw = raw.strip()
    match = re.fullmatch(r"([A-Za-z0-9]+)\s*뉴스", raw)
    return match.group(1) if match else raw
