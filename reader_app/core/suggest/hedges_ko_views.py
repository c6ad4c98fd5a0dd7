"""Korean hedges that attribute a claim: forecasters' verbs, unnamed observers, nominal endings, open questions.

These complement `hedges_ko` (possibility, 것으로 알려졌다, 전망이다). Most of them sit in the sentence's
final predicate, so they are anchored at the end: a forecasting verb after an embedded clause
(`…고 내다봤다`, `…것”이라고 전망했다`), a view given to the market or the trade (`증권가에서는 … 추정하고 있다`),
a nominal ending that hands the claim to someone (`…라는 분석이다 / 평가다 / 진단이다`), an expectation
(`수익이 기대된다`) or a question left open (`기록할지 주목된다`).
"""

from __future__ import annotations

import re

# Syllables whose final consonant is ㄹ (할, 될, 설, 일…): the future/conjecture adnominal before 지 (할지).
_RIEUL = "".join(chr(0xAC00 + initial_vowel * 28 + 8) for initial_vowel in range(19 * 21))
# The end of the sentence: only closing punctuation may follow the predicate.
_END = r"(?=[\s.…!?\"'”’)\]]*$)"
_POLITE_OR_PLAIN = r"(?:다|습니다)"
# Groups known only by their trade (the guide's unnamed observers), as the topic of a sentence.
_OBSERVERS = (
    r"(?<![가-힣])(?:IB\s?|투자|증권|금융|유통|재계|산업)?(?:업계|증권가|금융권|시장|재계|전문가들?|애널리스트들|"
    r"관계자들|일각|안팎|외신들?|투자자들)(?:에서는|에선|에서도|은|는|도|들은|들도)(?=\s)"
)
_FORECAST_VERB = (
    r"(?:전망|예상|관측|예측|추정|추산)(?:했다|한다|합니다|했습니다|하고\s+있다|하고\s+있습니다)|"
    r"내다(?:봤다|본다|봅니다|봤습니다|보고\s*있다|보고\s*있습니다)|점(?:쳤다|쳤습니다|친다|치고\s+있다)"
)
_VIEW_NOUN = r"(?:관측|전망|분석|예상|평가|지적|시각|의견|진단|판단|해석|견해|우려|기대|목소리)"

PATTERNS: list[tuple[re.Pattern[str], float, str]] = [
    # `“…할 것”이라고 전망했다`, `…라며 …고 내다봤다`, `매출을 2조원으로 예상했다`: the narrator's verb forecasts.
    (
        re.compile(rf"(?:고|로|라며|며|면서|[\"”’'])\s*(?:\S+\s+){{0,2}}?(?P<cue>{_FORECAST_VERB}){_END}"),
        0.75,
        "ko-forecast-verb",
    ),
    # `증권가는 실적 개선을 예상했다`: a forecast made; the present `정비 시점을 예측한다` is what a system does.
    (
        re.compile(rf"[을를]\s+(?P<cue>(?:전망|예상|관측|예측|추정|추산)(?:했다|했습니다|하고\s*있다)|내다봤다){_END}"),
        0.7,
        "ko-forecast-made",
    ),
    # `낙관적 전망을 내놨다`, `…라는 분석을 제시했다`: a forecast or view put forward.
    (
        re.compile(
            r"(?:전망|관측|예상|예측|분석|평가|진단|전망치)(?:을|를)\s+(?:내놨|내놓았|내놓|제시했|제시하)\S*"
            rf"(?:\s+있다)?{_END}"
        ),
        0.7,
        "ko-view-put-forward",
    ),
    # `실적 개선이 기대된다며 목표가를 높였다`: the expectation given as the reason, mid-sentence.
    (
        re.compile(r"\S+(?:이|가|도)\s+(?:기대|우려)된다(?:며|면서|는\s+이유로)"),
        0.65,
        "ko-expected-because",
    ),
    # `…것으로 봤다`, `…의존하고 있다고봤다`: a belief verb after a clause.
    (
        re.compile(
            rf"(?:\S+\s+것으로|\S+(?:다고|라고|다며))\s*(?:봤다|본다|봅니다|봤습니다|보고\s*있다|보고\s*있습니다){_END}"
        ),
        0.7,
        "ko-seen-as",
    ),
    # `“…빠질 것”이라 봤다`: the same belief verb right after a quoted forecast (the cue starts past the mark).
    (
        re.compile(rf"[\"”’'](?P<cue>이?라고?\s*(?:봤다|본다|봅니다|봤습니다|보고\s*있다|보고\s*있습니다)){_END}"),
        0.7,
        "ko-quoted-seen-as",
    ),
    # `증권가에서는 … 추정하고 있다`, `시장에서는 … 점에 주목하고 있다`: a view held by the trade.
    (
        re.compile(
            rf"{_OBSERVERS}.*?(?P<cue>\S+\s+(?:(?:추정|예상|전망|관측|판단|평가|기대|우려|예측)"
            rf"(?:하고\s+있|한|합니|했|했습니)|(?:내다)?보고\s*있|본|봅니)(?:다|니다)?"
            rf"|다는\s+점에\s+주목하고\s+있{_POLITE_OR_PLAIN}){_END}"
        ),
        0.7,
        "ko-observers-view",
    ),
    # `…라는 분석이다 / 평가다 / 진단입니다 / 전망에서다`: the claim is someone's view, not the narrator's fact.
    (
        re.compile(
            rf"(?:\S+\s+거란|\S+(?:다는|라는|이란|란|다란))\s+{_VIEW_NOUN}(?:이다|다|입니다|이에요|에서다|에서입니다){_END}"
        ),
        0.7,
        "ko-view-is-ending",
    ),
    # `…로 풀이된다 / 해석된다`: an interpretation offered, not a fact stated.
    (
        re.compile(
            r"\S*(?:덕분|때문|영향|결과|탓|효과|전략|포석|행보)(?:으로|이라고|라고)\s+"
            rf"(?:(?:풀이|해석|분석|관측|평가)(?:된다|됩니다|되고\s+있다)|보인다|보입니다){_END}"
        ),
        0.7,
        "ko-interpreted",
    ),
    # `주주환원 정책으로 여겨진다`, `사익편취 수단으로 읽히기도 한다`: how something is generally seen.
    (
        re.compile(
            r"\S+(?:으로|로)\s+(?:여겨진다|여겨집니다|여겨지고\s+있다|여겨지기도\s+한다|읽힌다|읽히기도\s+한다|"
            rf"읽히고\s+있다|비친다|비치기도\s+한다|해석되기도\s+한다){_END}"
        ),
        0.65,
        "ko-regarded-as",
    ),
    # `…크지 않다는 게 증권가의 대체적인 판단이다`: the claim named as someone's view.
    (
        re.compile(
            rf"\S+(?:다는|라는|이란|란)\s+(?:게|것이)\s+(?:\S+\s+){{0,3}}?\S*(?:{_VIEW_NOUN}|논리|주장|계산)"
            rf"(?:이다|다|입니다){_END}"
        ),
        0.7,
        "ko-is-the-view",
    ),
    # `수익이 기대된다`, `환차익도 기대되는 부분이다`: an expectation, hoped or feared.
    (
        re.compile(
            rf"\S+(?:이|가|도|은|는)\s+(?:기대|우려|예상)(?:된다|됩니다|되고\s+있다|되는\s+(?:부분|대목|상황)"
            rf"(?:이다|입니다)){_END}"
        ),
        0.7,
        "ko-expected-that",
    ),
    # `기록할지 주목된다`, `나설지를 주목하고 있다`, `될지는 미지수다`: whether it happens is open.
    (
        re.compile(
            rf"\S*[{_RIEUL}]지(?:를|가|는|도|에|의|\s+여부(?:가|에|를)?)?\s+"
            r"(?:주목|관심|관건|미지수|불투명|불확실|의문|귀추|이목|알\s+수\s+없)\S*(?:\s+(?:있다|있습니다))?"
        ),
        0.7,
        "ko-whether",
    ),
    # `쉽지 않을 수 있다`, `실적이 줄어들 수 있다`: what cannot be an ability (a negation, a change that
    # happens to its subject) is a possibility.
    (
        re.compile(
            r"(?:\S+\s+(?:않을|못할)|어려울|힘들|늘어날|줄어들|떨어질|오를|커질|작아질|높아질|낮아질|악화될|둔화될|"
            r"위축될|약화될|확대될|축소될|지연될|무산될|흔들릴|밀릴)\s+수(?:도)?\s+있(?:다|습니다|어|고|으며|는)"
        ),
        0.7,
        "ko-may",
    ),
    # `중단할 예정으로 알려졌다`: a plan reported, not announced.
    (
        re.compile(r"\S+\s+(?:예정|계획|방침|방안|상태)(?:인\s+것)?으로\s+(?:알려|전해)\S*"),
        0.75,
        "ko-plan-reportedly",
    ),
]
