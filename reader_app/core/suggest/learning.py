"""What the engine may learn from the analyst: plausibility of a tagged company or cue, and learned-cue sentences.

Learning is deliberately cautious: a mis-dragged selection ("술원, 한국전자통"), a whole sentence or an ordinary
word ("company") tagged by mistake must never become a suggestion in every later article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reader_app.core.model import SPECULATION, Suggestion
from reader_app.core.suggest.korean import hangul_run_end, is_hangul, is_particle_tail
from reader_app.core.suggest.lexicon import GENERIC_NAME_WORDS, PLACES
from reader_app.core.suggest.sentences import sentences

MAX_ALIAS_CHARS = 60
MAX_ALIAS_WORDS = 6
MAX_CUE_CHARS = 40
MAX_CUE_WORDS = 8

# Punctuation that belongs to sentences and lists, never inside a company name.
_SENTENCE_PUNCTUATION = re.compile(r"[,;:!?\"“”‘’「」『』《》。、…()\[\]{}<>]")
# A full stop after a lower-case word or a Korean verb ending closes a sentence (Co. and U.S. do not).
_SENTENCE_STOP = re.compile(r"(?:[a-z]{3,}|[가-힣]다)\.(?:\s|$)")
_KOREAN_VERB_ENDING = re.compile(r"(?:다|요|까)$")

# Ordinary Korean words for firms, markets and the state: tagged alone they name no particular company.
KOREAN_COMMON_WORDS = frozenset(
    "회사 기업 업체 업계 기관 정부 시장 은행 그룹 계열사 자회사 모회사 지주 지주사 본사 법인 증권 증권가 증권사 "
    "보험 보험사 카드사 금융 금융사 금융권 당사 국내 해외 한국 미국 중국 일본 관계자 회장 대표 사장 이사회 주주 "
    "투자자 고객 소비자 협력사 경쟁사 대기업 중소기업 스타트업 글로벌 국내외 전자 건설 제약 통신 반도체".split()
)

# English words that are often capitalised at a sentence start yet name no company on their own.
_ENGLISH_COMMON_WORDS = frozenset(
    "the company firm group corporation business industry market markets government bank banks it they "
    "we he she this that analysts investors management board".split()
)


def normalise_phrase(text: str) -> str:
    """The form phrases are compared in: NFC, whitespace runs as one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _starts_inside_word(before: str) -> bool:
    return bool(before) and (before[-1].isalnum() or is_hangul(before[-1]))


def _ends_inside_word(after: str) -> bool:
    if not after:
        return False
    if is_hangul(after[0]):
        return not is_particle_tail(after[: hangul_run_end(after, 0)])
    return after[0].isalnum()


def company_alias_problem(text: str, before: str = "", after: str = "") -> str:
    """Why `text` (a span the analyst tagged as a company) must not be learned; "" when it may be.

    `before` and `after` are the characters around the span in its article, so a selection that starts or
    ends inside a word is caught.
    """
    alias = normalise_phrase(text)
    if "\n\n" in text.strip():
        return "it spans paragraphs"
    if len(alias) < 2:
        return "it is too short"
    words = alias.split()
    if len(alias) > MAX_ALIAS_CHARS or len(words) > MAX_ALIAS_WORDS:
        return "it is too long for a company name"
    if _SENTENCE_PUNCTUATION.search(alias) or _SENTENCE_STOP.search(alias):
        return "it holds sentence punctuation"
    if len(words) >= 3 and any(is_hangul(w[-1]) and _KOREAN_VERB_ENDING.search(w) for w in words[1:]):
        return "it reads as a sentence"
    if _starts_inside_word(before) or _ends_inside_word(after):
        return "the selection starts or ends inside a word"
    if not any(ch.isupper() or ch.isdigit() or is_hangul(ch) or ch == "&" for ch in alias):
        return "it is an ordinary lower-case word"
    if alias in KOREAN_COMMON_WORDS or alias.lower() in _ENGLISH_COMMON_WORDS:
        return "it is a common word"
    if len(words) == 1 and (alias.lower() in GENERIC_NAME_WORDS or alias in PLACES):
        return "it is a common word"
    return ""


def cue_problem(cue: str, sentence: str) -> str:
    """Why `cue` (the hedge the analyst gave a speculative sentence) must not be learned; "" when it may be."""
    cue = normalise_phrase(cue)
    sentence = normalise_phrase(sentence)
    if len(cue) < 2:
        return "it is too short"
    if len(cue) > MAX_CUE_CHARS or len(cue.split()) > MAX_CUE_WORDS or cue == sentence:
        return "it is a sentence, not a cue"
    if cue.lower() not in sentence.lower():
        return "it does not occur in the sentence"
    if re.search(r"[.!?。\"“”]", cue):
        return "it holds sentence punctuation"
    return ""


def _cue_pattern(cue: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in normalise_phrase(cue).split()]
    body = r"\s+".join(words)
    # Latin cues are whole words; a Korean cue is an ending and may follow its stem directly.
    left = r"(?<![A-Za-z0-9])" if cue[:1].isascii() and cue[:1].isalnum() else ""
    right = r"(?![A-Za-z0-9])" if cue[-1:].isascii() and cue[-1:].isalnum() else ""
    return re.compile(left + body + right, re.IGNORECASE)


def learned_cue_suggestions(
    text: str, body: tuple[int, int], cues: Iterable[str], proposed: Iterable[Suggestion]
) -> list[Suggestion]:
    """Sentences of the body that hold a cue the analyst taught, where the engine proposed no speculation."""
    patterns = [_cue_pattern(cue) for cue in dict.fromkeys(normalise_phrase(c) for c in cues) if cue]
    if not patterns:
        return []
    taken = [(s.start, s.end) for s in proposed if s.label == SPECULATION]
    found: list[Suggestion] = []
    for span in sentences(text, body[0], body[1]):
        if any(span.start < e and s < span.end for s, e in taken):
            continue
        sentence = text[span.start : span.end]
        for pattern in patterns:
            match = pattern.search(sentence)
            if match:
                fields = {"cue": match.group()}
                found.append(Suggestion(SPECULATION, span.start, span.end, sentence, fields, 0.5, "learned-cue"))
                break
    return found
