"""Korean speakers by their fullest name: `임 연구원` and `그는` resolve to the person the article named earlier.

The guide wants the person's fullest name (`김영호` for `김 위원` when the article named him 김영호 … 위원
before). Korean news names a person once in full with affiliation and title (`임희석 미래에셋증권 연구원`)
and then by surname and title (`임 연구원`), or by a foreign surname alone (`제롬 파월 … 의장` → `파월 의장`).
"""

from __future__ import annotations

import re

from reader_app.core.suggest import speakers_ko as ko
from reader_app.core.suggest.korean import strip_particles

_WORD = re.compile(r"\S+")
# How far after a full name its title may come: `임재균 KB증권 채권 애널리스트(연구위원)`.
_TITLE_WINDOW = 4


def _titled(text: str, end: int) -> bool:
    """Whether one of the few words after `end` is a job title (the mention names a person in a role)."""
    for count, match in enumerate(_WORD.finditer(text, end)):
        if count >= _TITLE_WINDOW:
            return False
        for part in re.split(r"[()（）\[\],]", match.group()):
            if part and ko.is_title(strip_particles(part)):
                return True
    return False


def _korean_full_names(text: str, surname: str) -> list[str]:
    pattern = re.compile(rf"(?<![가-힣]){re.escape(surname)}[가-힣]{{2}}(?=[\s(])")
    return [m.group() for m in pattern.finditer(text) if ko.is_korean_name(m.group()) and _titled(text, m.end())]


def _foreign_full_names(text: str, surname: str) -> list[str]:
    pattern = re.compile(rf"(?<![가-힣])([가-힣]{{1,5}})\s+{re.escape(surname)}(?=[\s(])")
    return [
        f"{m.group(1)} {surname}"
        for m in pattern.finditer(text)
        if not ko.is_role_word(m.group(1)) and _titled(text, m.end())
    ]


def full_name(speaker: str, text_before: str) -> str:
    """`임 연구원` → `임희석` when the text before named 임희석 with a title; otherwise `speaker` unchanged."""
    words = speaker.split()
    if len(words) != 2 or not ko.is_title(words[1]):
        return speaker
    short = words[0]
    if len(short) == 1 and ko.is_surname(short):
        names = _korean_full_names(text_before, short)
    elif 2 <= len(short) <= 4 and all("가" <= ch <= "힣" for ch in short) and not ko.is_role_word(short):
        names = _foreign_full_names(text_before, short)
    else:
        names = []
    return names[-1] if names else speaker


def latest_person(text: str, start: int, end: int) -> str | None:
    """The last person named in full with a title in text[start:end] (`안재민 NH투자증권 연구원은`)."""
    pattern = re.compile(r"(?<![가-힣])[가-힣]{3}(?=\s)")
    found = None
    for match in pattern.finditer(text, start, end):
        if ko.is_korean_name(match.group()) and _titled(text[:end], match.end()):
            found = match.group()
    return found
