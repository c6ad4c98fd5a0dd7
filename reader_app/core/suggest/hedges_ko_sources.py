"""Korean hedges that hand a claim to an unnamed source: the trade, insiders, officials cited, beliefs held.

Found missing in blind round 7: `업계 관계자는 “…”` (an insider known only by his trade: the guide's
unnamed observer), `관계자를 인용해` (a report citing an unnamed official),
`…것으로 봤는데` (a belief in a connective clause), `…가 기대되는 만큼` (an expectation as the reason) and
`…가 거론된다` (a candidate talked about). A named firm's official (`한빛전자 관계자는`) is a
named source and stays out: every pattern names the trade or leaves the source unnamed. `업계에 따르면`
alone is not a cue: the press sources settled facts (a closing price) that way too.
"""

from __future__ import annotations

import re

_V = r"[^\s\"“”]+"
_END = r"(?=[\s.…!?\"'”’)\]]*$)"
# The trade as a group, optionally glued to its sector (`반도체업계`, `투자업계`).
_TRADE = r"(?:IB|투자|증권|금융|유통|산업)?(?:업계|증권가|금융권|재계|정치권|관가)"

PATTERNS: list[tuple[re.Pattern[str], float, str]] = [
    # `업계 관계자는 “…”고 말했다`: an insider known only by his trade speaks.
    (
        re.compile(rf"(?<![가-힣])(?P<cue>(?:{_TRADE}|시장)\s*관계자들?)(?=(?:는|은|도|들은|들도)\s)"),
        0.65,
        "ko-trade-insider",
    ),
    # `…늘어날 것으로 봤는데, …`: the belief verb in a connective clause, not only at the sentence's end.
    (re.compile(rf"{_V}\s+것으로\s+봤(?:는데|으나|지만|으며|고|던)"), 0.7, "ko-seen-as-while"),
    # `금리 인하가 기대되는 만큼 …`, `공급 과잉이 우려되는 가운데 …`: an expectation given as the reason.
    (
        re.compile(r"\S+(?:이|가|도)\s+(?P<cue>(?:기대|우려|예상)되는\s+(?:만큼|가운데|상황에서|데다|데도|터라))"),
        0.65,
        "ko-expected-as-reason",
    ),
    # `새 부지로는 울산이 거론된다`: a candidate talked about; the past `거론됐다` (it came up) is a fact.
    (re.compile(rf"(?P<cue>거론(?:된다|됩니다|되고\s+있다|되고\s+있습니다)){_END}"), 0.65, "ko-talked-about"),
    # `한빛일보는 관계자를 인용해 …`, `소식통을 인용해`: a report that cites an unnamed official or source.
    (
        re.compile(r"\S+[은는]\s+(?P<cue>(?:익명의\s+)?(?:관계자|소식통)들?(?:을|를)\s+인용해)"),
        0.65,
        "ko-citing-unnamed",
    ),
]
