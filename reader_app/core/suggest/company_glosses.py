"""Names an article glosses in brackets: 도어대시(DoorDash) names a known company, 한국신용평가(한신평) a short form.

Korean business news writes a foreign company in Hangul once with its English name in brackets, then in Hangul
only; a Korean firm is often given its short name in brackets once. Every later occurrence is a mention.
"""

from __future__ import annotations

import re
from typing import Any

from reader_app.core.suggest.korean import hangul_run_end, is_hangul, is_particle_tail
from reader_app.core.suggest.learning import KOREAN_COMMON_WORDS

_PARTICLES_BEFORE = frozenset("은는이가을를에의와과도로")
# Business words a Korean firm's name ends in and the article drops later: 센트로이드인베스트먼트파트너스 → 센트로이드.
_BUSINESS_WORDS = sorted(
    "파트너스 인베스트먼트 에쿼티 캐피탈 캐피털 자산운용 투자자산운용 홀딩스 그룹 벤처스 파이낸셜 인터내셔널 "
    "컴퍼니 코리아 매니지먼트 어드바이저스 프라이빗에쿼티 PE".split(),
    key=len,
    reverse=True,
)
_SHORT_NAME = re.compile(r"\(([가-힣]{2,5})\)")


def _hangul_words_before(text: str, end: int, count: int) -> int | None:
    """Start of the `count` Hangul words that end at `end` (fewer if the text has fewer); None if there are none."""
    start, pos = None, end
    for _ in range(count):
        k = pos
        while k > 0 and is_hangul(text[k - 1]):
            k -= 1
        if k == pos:
            break
        start = k
        if k > 0 and text[k - 1] == " ":
            pos = k - 1
        else:
            break
    return start


def _edges_ok(text: str, start: int, end: int) -> bool:
    if start > 0 and (is_hangul(text[start - 1]) or text[start - 1].isalnum()):
        glued = text[start - 1] in _PARTICLES_BEFORE and start >= 2 and is_hangul(text[start - 2])
        if not (glued and end - start >= 3):
            return False
    if end < len(text) and is_hangul(text[end]):
        return is_particle_tail(text[end : hangul_run_end(text, end)])
    return end >= len(text) or not text[end].isalnum()


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    spans = []
    pos = text.find(form)
    while pos >= 0:
        if _edges_ok(text, pos, pos + len(form)):
            spans.append((pos, pos + len(form)))
        pos = text.find(form, pos + 1)
    return spans


def glossed_names(text: str, selected: list[Any], make: type) -> list[Any]:
    """Hangul names glossed by a known company in brackets, and bracketed short names of a company."""
    found = []
    forms: dict[str, Any] = {}
    for m in selected:
        if (
            m.priority >= 4
            or m.entry is None
            or m.start < 2
            or text[m.start - 1] != "("
            or text[m.end : m.end + 1] != ")"
        ):
            continue
        words = text[m.start : m.end].split()
        begin = _hangul_words_before(text, m.start - 1, len(words))
        if begin is None:
            continue
        korean = text[begin : m.start - 1]
        forms.setdefault(korean, m)
        if words[0] == "The" and " " in korean:  # 더 트레이드 데스크(The Trade Desk) → 트레이드 데스크 too
            forms.setdefault(korean.split(" ", 1)[1], m)
    for match in _SHORT_NAME.finditer(text):
        owner = next((m for m in selected if m.priority < 4 and m.end == match.start() and m.canonical), None)
        if owner is not None:
            forms.setdefault(match.group(1), owner)
    for form, owner in forms.items():
        for start, end in _occurrences(text, form):
            found.append(make(start, end, owner.canonical, 0.7, "glossed-name", 2, owner.entry))
    return found


def korean_short_forms(text: str, selected: list[Any], make: type) -> list[Any]:
    """A Korean firm named in full once, then without its business words (어피니티에쿼티파트너스 → 어피니티)."""
    found = []
    seen: set[str] = set()
    for m in selected:
        surface = text[m.start : m.end]
        if m.priority >= 4 or not m.canonical or not any(is_hangul(ch) for ch in surface) or " " in surface:
            continue
        stem, cut = surface, True
        while cut:
            cut = False
            for word in _BUSINESS_WORDS:
                if stem.endswith(word) and len(stem) > len(word):
                    stem, cut = stem[: -len(word)], True
                    break
        hangul = sum(1 for ch in stem if is_hangul(ch))
        if stem == surface or stem in seen or hangul < 3 or stem in KOREAN_COMMON_WORDS:
            continue
        seen.add(stem)
        for start, end in _occurrences(text, stem):
            # The article's own short name outranks a listed homonym (오로라 after 오로라에쿼티파트너스), never a
            # hand-curated name.
            homonym = any(
                o.start == start and o.end == end and o.entry is not None and o.entry.listed for o in selected
            )
            priority, confidence = (3, 0.95) if homonym else (2, 0.6)
            found.append(make(start, end, m.canonical, confidence, "ko-short-form", priority, m.entry))
    return found
