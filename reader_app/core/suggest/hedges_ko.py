"""Korean hedge cues: framed possibility (수 있다는 시선), 가능성, 여지, 것으로 알려졌다/보인다, 전망이다, 듯.

Plain `할 수 있다` is ability and is not a cue on its own: it becomes speculation only when framed as
someone's view or expectation (시선이 나온다, 보고 있다, 것이다) — the framing is what the patterns require.
"""

from __future__ import annotations

import re

from reader_app.core.suggest import hedges_ko_sources, hedges_ko_views
from reader_app.core.suggest.hedges_en import Cue

_V = r"[^\s\"“”]+"  # the verb eojeol the hedge attaches to (참여할, 논의했을)
# Syllables ending in ㄹ (할, 될, 오를) and in ㄴ (한, 간): the adnominal endings of a verb before a noun.
_ADNOMINAL_L = "".join(chr(0xAC00 + i * 28 + 8) for i in range(19 * 21))
_ADNOMINAL_N = "".join(chr(0xAC00 + i * 28 + 4) for i in range(19 * 21))
_FRAME = (
    r"(?:시선|관측|전망|분석|목소리|의견|지적|평가|예상|말|얘기|이야기|해석|기대|우려|분위기|시각|주장|설|소문|"
    r"추측|예측|후문|견해|판단)"
)
_VIEW = r"(?:보고|본다|봤다|보인다|보는|내다보|내다봤|전망|예상|관측|분석|판단|점치|점쳐|평가|기대|우려|추정|예측)"
_PATTERNS: list[tuple[re.Pattern[str], float, str]] = [
    (re.compile(rf"{_V}\s+수(?:도)?\s+있다는\s+{_FRAME}\S*(?:\s+\S+)?"), 0.8, "ko-can-framed"),
    (re.compile(rf"{_V}\s+수(?:도)?\s+있다는\s+(?:것|얘기|뜻|설명|의미|셈)\S*"), 0.7, "ko-can-that-is"),
    (re.compile(rf"{_V}\s+수(?:도)?\s+있다고\s+(?:\S+\s+){{0,2}}?{_VIEW}\S*(?:\s+있다)?"), 0.8, "ko-can-view"),
    (
        re.compile(
            rf"{_V}\s+가능성(?:이|도|은|을|까지|마저)?\s+(?:\S+\s+)?(?:있|높|크|낮|제기|나오|나온|점쳐|배제|열려|열리|열렸|"
            r"커지|거론|남아|충분|희박|적지|없지|농후|짙|대두|흘러나|점치|내비|시사|암시)\S*"
        ),
        0.8,
        "ko-possibility",
    ),
    (
        re.compile(rf"{_V}\s+여지(?:가|는|도|를|까지)?\s+(?:있|충분|크|많|남아|생기|없지)\S*(?:\s+\S+)?"),
        0.75,
        "ko-room",
    ),
    (
        re.compile(
            rf"{_V}\s+것으로\s+(?:\S+\s+){{0,2}}?(?:알려|전해|보인|보입|보여|보였|예상|전망|관측|추정|점쳐|풀이|해석|평가된|평가됐|평가받|"
            r"기대|예측|추산|짐작|내다보|내다봤|보고|본다|점치)\S*(?:\s+있다)?"
        ),
        0.8,
        "ko-reportedly",
    ),
    # `회복세를 보일 전망인 가운데`: the outlook in an adnominal clause still hedges its sentence.
    # The verb before it is adnominal (늘어날, 오를; 간 모양이다), never a noun (`시장 전망이다` names a forecast).
    (
        re.compile(
            rf"(?<![^\s\"“”])[^\s\"“”]*(?:[{_ADNOMINAL_L}]\s+(?:전망|관측|예상|공산)"
            rf"(?:이다|입니다|이며|이고|이라|이었다|인)|[{_ADNOMINAL_L}{_ADNOMINAL_N}]\s+모양(?:이다|입니다))"
        ),
        0.75,
        "ko-outlook",
    ),
    # Broadcast copy is polite (보입니다), and a negated 것 같다 (된 것 같지는 않다) hedges just the same.
    (re.compile(rf"{_V}\s+것\s+같(?:다|습니다|아요|았다|지(?:는|도|가)?\s+않(?:다|습니다|았다))"), 0.6, "ko-seems"),
    (
        re.compile(
            rf"{_V}\s*(?:으로|로)?\s+(?:예상|전망|관측|추정|예측|추측)(?:된다|됩니다|되고\s+있다|되며|되는데|됐다)"
        ),
        0.75,
        "ko-expected",
    ),
    (re.compile(rf"{_V}\s+듯(?:\s*(?:하다|합니다|싶다|보인다|보입니다|했다))?(?=[.…\s]*$)"), 0.7, "ko-likely"),
    (re.compile(r"\S*(?:았을|었을|했을|였을|됐을|될|일|있을|없을)\s+수도\s+있\S*"), 0.7, "ko-may-have"),
    (re.compile(r"\S+지도\s+모(?:른다|릅니다|르)\S*"), 0.75, "ko-might"),
    (
        re.compile(
            # `…라는 / …이란 / …아니냔 (걱정스러운) 목소리가 (여전히) 나온다 / 존재한다`
            rf"\S+(?:다는|라는|냐는|냔|이란|란)\s+(?:\S+\s+)?(?:{_FRAME}|비판|비관론|낙관론|회의론|경고)"
            r"(?:이|가|도|은|는)?\s+(?:여전히\s+|계속\s+|꾸준히\s+|적잖이\s+)?"
            r"(?:나온다|나옵니다|나오고|나왔|나오는|제기|많다|많아|있다|우세|힘을|확산|일고|돌고|무성|커지|적지|거세|잇따르|"
            r"쏟아지|높아지|존재)\S*(?:\s+있다)?"
        ),
        0.75,
        "ko-observers-say",
    ),
    (re.compile(r"\S+(?:다|라)는\s+(?:관측|전망|분석|예상|후문|소문|설|얘기|평가|지적|시각)이다"), 0.7, "ko-view-is"),
    (re.compile(rf"{_V}\s+(?:것이?(?:란|라는)|거란|거라는)\s+{_FRAME}\S*(?:\s+\S+)?"), 0.75, "ko-will-framed"),
    (
        re.compile(rf"{_V}\s+것이?라고\s+(?:\S+\s+)?(?:내다봤|전망했|예상했|관측했|추정했|예측했|점쳤|내다보)\S*"),
        0.75,
        "ko-predicted",
    ),
    (re.compile(r"\S+(?:다|라)고\s+(?:알려졌|전해졌|알려져|전해져)\S*"), 0.7, "ko-said-to"),
]
_PATTERNS += hedges_ko_views.PATTERNS + hedges_ko_sources.PATTERNS


def _from_word_start(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, tried only where a word (or a quotation's tail) begins.

    A leftmost match of a pattern that opens with `\\S+` or `_V` always starts where its word starts, so this
    changes no result; it spares the regex engine a retry at every character of every word (3× faster).
    """
    source = regex.pattern
    if source.startswith((r"\S", r"(?:\S")):
        return re.compile(r"(?<!\S)" + source)
    if source.startswith(_V):
        return re.compile(r"(?<![^\s\"“”])" + source)
    return regex


_PATTERNS = [(_from_word_start(regex), confidence, rule) for regex, confidence, rule in _PATTERNS]
_TRAILING = re.compile(r"[\s.…!?\"'”’)\]]*$")
# `확보할 수 있을 것이란 전망이다`: a cue that starts at 있을 carries the verb and 수 before it.
_CAN_BEFORE = re.compile(r"\S+\s+수도?\s+$")


def cues(sentence: str) -> list[Cue]:
    found = []
    for regex, confidence, rule in _PATTERNS:
        for match in regex.finditer(sentence):
            group = "cue" if "cue" in regex.groupindex and match.group("cue") else 0
            start, end = match.start(group), match.end(group)
            rest = sentence[end:]
            tail = _TRAILING.search(rest)
            if tail is not None and not re.search(r"\s", rest[: tail.start()]):
                end = end + tail.start()  # the hedge ends the sentence: the cue runs to its last word
            while end > start and sentence[end - 1] in ".…!?,\"'”’":
                end -= 1
            before = _CAN_BEFORE.search(sentence, 0, start) if sentence.startswith(("있", "없"), start) else None
            found.append(Cue(before.start() if before else start, end, confidence, rule))
    return sorted(found, key=lambda c: c.start)
