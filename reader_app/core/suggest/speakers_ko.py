"""Who said a Korean quotation: the topic/subject before it (KT 관계자는 "…"), or an interview caption."""

from __future__ import annotations

import re

from reader_app.core.suggest.korean import ends_with_particle, strip_particles

# A quotative ending right after the closing mark, and the reporting verbs that complete it.
QUOTATIVE = re.compile(r"(?:이?라고|고|이?라며|며|면서|이?라면서|하며|하고)(?=[\s,]|$)")
CHAIN = re.compile(r"(?:이?라며|며|면서|이?라면서|하며|고)?[\s,]*$")
REPORT_VERB = re.compile(
    r"(?:말|밝|강조|덧붙|설명|전|언급|주장|지적|역설|답|물|토로|당부|내다봤|전망|예상|평가|보탰|호소|촉구|비판|반박|"
    r"해명|털어놓|털어놨|귀띔|했|하였|말한|밝힌|설명한|강조한)"
    r"(?:했|혔|였|었|았)?(?:다|습니다|어요|죠)?"
)
_THIS_WAY = re.compile(r"(?:이같이|이렇게|이와 같이|이처럼)\s+\S*(?:말|강조|밝|설명|역설|전|주장|덧붙|언급)")
_CAPTION = re.compile(r"^[▶▷■]?\s*(?:인터뷰|녹취|싱크|스탠딩|인터뷰\(?\w*\)?)?\s*[:：]\s*(?P<name>[^/\n]+?)\s*/")
_TOPIC = ("께서는", "께서", "측은", "은", "는")
_SUBJECT = ("이", "가", "도")
_SKIPPABLE = frozenset(
    "이어 또 특히 다만 이에 이날 그러면서 한편 또한 아울러 역시 당시 최근 이어서 그리고 하지만".split()
)
_PRONOUNS = frozenset({"그", "그녀", "이", "그들"})
# Endings of a word that carries a case particle or is a verb, so cannot sit inside a name or title.
_NON_NOMINAL_END = re.compile(r"(?:[다며고서면해한된던할될는은을를에로의와과만]|에서|에게|한테|으로)$")
_PARENTHESES = re.compile(r"\([^()]*\)")


def _is_nominal(word: str) -> bool:
    if not re.search(r"[가-힣A-Za-z]", word) or re.search(r"[,.()\"'“”‘’\[\]]", word):
        return False
    if re.fullmatch(r"[A-Za-z][A-Za-z&.-]*", word):
        return True
    return not _NON_NOMINAL_END.search(word) and not word[0].isdigit()


def subject_before(prefix: str) -> str | None:
    """The topic (은/는) or, failing that, the subject (이/가) phrase nearest the end of `prefix`."""
    words = _PARENTHESES.sub("", prefix).split()  # 피터 리(Peter Lee) 부사장 → 피터 리 부사장
    popped = []
    while words and words[-1] in _SKIPPABLE:
        popped.append(words.pop())
    if "역시" in popped and words and _is_nominal(words[-1]):
        words[-1] += "는"  # "X 역시" marks X as the subject just as "X는" does
    for particles in (_TOPIC, _SUBJECT):
        for index in range(len(words) - 1, max(-1, len(words) - 30), -1):
            word = words[index].strip("\"'“”‘’")
            particle = ends_with_particle(word, particles)
            if not particle:
                continue
            head = word[: -len(particle)]
            if not head or (particles is _SUBJECT and strip_particles(head) != head):
                continue
            phrase = [head]
            j = index - 1
            while j >= 0 and len(phrase) < 5 and _is_nominal(words[j]):
                phrase.insert(0, words[j])
                j -= 1
            return " ".join(phrase)
    return None


def caption_speaker(text: str, line_start: int) -> str | None:
    """Broadcast copy: `▶ 인터뷰 : 김영호 / 롯데마트 대리` on the line before the quotation."""
    prev_end = text.rfind("\n", 0, max(0, line_start - 1))
    for _ in range(3):  # skip blank lines between caption and quote
        if prev_end < 0:
            return None
        line_begin = text.rfind("\n", 0, prev_end) + 1
        line = text[line_begin:prev_end].strip()
        if line:
            match = _CAPTION.match(line)
            return match.group("name").strip() if match else None
        prev_end = line_begin - 1
    return None


def this_way_speaker(next_sentence: str) -> str | None:
    """A quotation standing alone, followed by `X는 … 이같이 강조했다`: X said it."""
    if not _THIS_WAY.search(next_sentence):
        return None
    return subject_before(next_sentence[: _THIS_WAY.search(next_sentence).start()])


def is_pronoun(speaker: str) -> bool:
    return speaker in _PRONOUNS
