"""English hedges carried by who holds the claim: forecasters, unnamed observers, and uncertainty wording.

Kept apart from hedges_en so each module stays small; hedges_en.cues() merges these in. The guide makes a
sentence speculative when the narrator gives a forecast or belief to a holder (`she projects`), or gives a
claim to unnamed observers (`analysts said`, `according to estimates`) even with no hedge word in it.
"""

from __future__ import annotations

import re

# A holder the sentence names: a capitalised name (not a determiner or possessive), a pronoun or a firm.
_NOT_HOLDER = r"(?!(?:Its|Their|His|Her|Our|The|This|That|These|Those|A|An|In|On|At|For|By|If|But|And)\b)"
_HOLDER = (
    rf"(?:\b{_NOT_HOLDER}[A-Z][\w.&'-]*(?<!'s)(?<!’s)|\b(?:he|she|they|we|He|She|They|We)|"
    r"\b(?:company|firm|group|bank|management|board|government|ministry|agency))"
)
_CHANGE_ING = (
    r"(?:rising|falling|growing|increasing|decreasing|declining|improving|recovering|rebounding|slowing|"
    r"climbing|dropping|gaining|weakening|strengthening|easing|doubling|halving|shrinking|expanding|"
    r"picking\s+up|coming|returning|ending|topping|reaching|hitting|staying|remaining)"
)
_GROUP = (
    r"(?:analysts|economists|traders|dealers|brokers|observers|experts|strategists|bankers|insiders|sources|"
    r"market\s+participants)"
)
_SAY = (
    r"said|say|says|called|call|described|describe|see|saw|view|viewed|consider|considered|worry|worried|"
    r"fear|feared|believe|believed|doubt|doubted|argue|argued|agree|agreed|cited|cite|suspect|suspected|think|"
    r"thought|warn|warned|noted|note"
)
# Words that may stand capitalised before the group without naming a firm ("Some analysts", "Wall Street").
_GROUP_WORDS = frozenset("some many most several other few the street and but while as".split())
_PATTERNS: list[tuple[re.Pattern[str], float, str]] = [
    # "Kim sees profit rising", "he sees growth of 3 percent": seeing a change to come, not seeing customers.
    (
        re.compile(
            rf"{_HOLDER}\s+(?:also\s+|now\s+|still\s+)?(?:sees|see|saw)\s+(?:[\w$%.-]+\s+){{0,3}}?{_CHANGE_ING}\b"
        ),
        0.6,
        "holder-sees",
    ),
    (
        re.compile(
            rf"{_HOLDER}\s+(?:also\s+|now\s+|still\s+)?(?:sees|saw)\s+(?:a|an|some|further|more|little|no)?\s*"
            r"(?:[\w-]+\s+){0,4}?(?:growth|rise|fall|decline|increase|recovery|rebound|slowdown|upturn|downturn|"
            r"gains?|losses|risks?|chance|potential|upside|downside)\b"
        ),
        0.6,
        "holder-sees",
    ),
    # "She projects margins of 12 percent", "They forecast a cut", "The company anticipates demand".
    (
        re.compile(
            rf"{_HOLDER}\s+(?:also\s+|now\s+|still\s+)?(?:projects|projected|forecasts?|forecasted|anticipates|"
            r"anticipated|believes|believed|thinks|thought)\b"
            r"(?!\s+(?:to|in|by|on|at|for|were|was|are|is|about|of|so|back|through|twice|up|over)\b)(?=\s+[\w$\"“])"
        ),
        0.6,
        "holder-forecasts",
    ),
    # "He estimated the damage at 40 mln dlrs": an estimate put at a figure.
    (
        re.compile(rf"{_HOLDER}\s+(?:also\s+)?estimate[sd]\s+(?:[\w'-]+\s+){{1,5}}?at\b"),
        0.6,
        "holder-estimated",
    ),
    # Unnamed observers who say, call or worry: "Analysts said…", "Freight analysts called…", "sources believe".
    (
        re.compile(
            rf"(?:\b(?P<mod>[A-Za-z][\w-]*)\s+)?\b(?P<group>{_GROUP})\b(?:\s*,[^,]{{1,40}},|\s*,\s*(?:\w+\s+){{0,3}}?\w+)?"
            r"(?:\s+(?:here|also|now|still|generally|widely|privately|have|had|long))*\s+"
            rf"(?:{_SAY})\b",
            re.I,
        ),
        0.6,
        "observers-said",
    ),
    # "one analyst said", "a trader said": a lone unnamed observer, the verb right after the role.
    (
        re.compile(
            r"\b(?P<group>(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+)?(?:analyst|economist|trader|dealer|broker|"
            rf"banker|strategist|insider|source|observer))\s+(?:here\s+)?(?:{_SAY})\b"
        ),
        0.6,
        "observers-said",
    ),
    # "according to Wall Street", "according to estimates": unnamed observers or figures nobody stands behind.
    (
        re.compile(
            r"\baccording\s+to\s+(?:(?:some|many|most|several|other|industry|market|early|preliminary|"
            r"unofficial|analysts'|analyst)\s+)*(?:analysts|economists|traders|observers|experts|sources|"
            r"estimates|forecasts|projections|people|insiders|bankers|Wall\s+Street|the\s+market)\b",
            re.I,
        ),
        0.6,
        "according-to-unnamed",
    ),
    # "It was expected that…", "it is feared that…": an impersonal expectation nobody is named for.
    (
        re.compile(
            r"\b[Ii]t\s+(?:is|was|had\s+been|has\s+been)\s+(?:widely\s+|generally\s+|also\s+)?"
            r"(?:expected|thought|believed|feared|hoped|assumed|anticipated|understood|rumou?red)\b"
        ),
        0.65,
        "it-was-expected",
    ),
    # "remains uncertain", "is in doubt", "is in question": the outcome is presented as unsettled.
    (
        re.compile(
            r"\b(?:remains?|remained|is|are|was|were|looks?|looked|seems?|seemed)\s+(?:still\s+|highly\s+|"
            r"very\s+|now\s+|increasingly\s+)?(?:uncertain|unclear|in\s+doubt|in\s+question|doubtful|"
            r"up\s+in\s+the\s+air|an\s+open\s+question|far\s+from\s+certain)\b",
            re.I,
        ),
        0.6,
        "uncertain",
    ),
    # "Market models estimate a wider gap": a plural holder's estimate.
    (re.compile(r"(?<=[a-z]s )estimate\b(?=\s+(?:that|an?|the|its|their|\d))"), 0.55, "plural-estimate"),
    # Open questions: "wondering whether", "nobody knows how long", hints and potential outcomes.
    (re.compile(r"\b(?:wonder(?:s|ed|ing)?|unsure)\s+(?:if|whether|how|when)\b", re.I), 0.6, "wondering"),
    (re.compile(r"\b(?:no\s+one|nobody)\s+(?:yet\s+|really\s+|quite\s+)?knows\b", re.I), 0.6, "nobody-knows"),
    # "divided on whether", "it remains to be seen", "doubts remain over": views split or a question left open.
    (re.compile(r"\b(?:divided|split)\s+(?:on|over|about)\s+(?:whether|how|when|if)\b", re.I), 0.6, "divided-on"),
    (re.compile(r"\bremains?\s+to\s+be\s+seen\b", re.I), 0.65, "remains-to-be-seen"),
    (
        re.compile(
            r"\b(?:questions?|doubts?|uncertainty)\s+(?:still\s+)?(?:remains?|persists?|lingers?|linger)\b", re.I
        ),
        0.6,
        "doubts-remain",
    ),
    (re.compile(r"\bhint(?:s|ed)?\s+(?:that|at)\b", re.I), 0.6, "hinted-that"),
    (re.compile(r"\bpotentially\b", re.I), 0.55, "potentially"),
    # "That would lift prices": a demonstrative subject points back at a possibility just raised.
    (
        re.compile(r"^(?:That|This|Such\s+an?\s+[\w-]+|Doing\s+so)\s+would\b(?!\s+not\b|n't)"),
        0.55,
        "that-would",
    ),
    # Epistemic should with a verb of effect or completion ("should help margins", "should be completed by").
    (
        re.compile(
            r"\bshould\s+(?:\w+ly\s+)?(?:help|boost|lift|support|hurt|drive|push|lower|raise|reduce|add|"
            r"allow|lead|mean|produce|generate|continue|last|ease|return|arrive|come|happen|close|end|keep|stay|hold|"
            r"bring|give|make|leave|cause|spur|fuel|weigh|dampen|"
            r"be\s+(?:completed|finished|closed|done|ready|available|positive|higher|lower|stronger|weaker|"
            r"better|worse|enough|sufficient|approved|in\s+place))\b"
        ),
        0.6,
        "should-effect",
    ),
    # "At the proposed price, the offer would value…": a price condition makes the consequence a hedge.
    (
        re.compile(
            r"^(?:At|With)\s+(?:the|that|this|these|those|current|today's|its|such|a)\s+(?:[\w’'-]+\s+){0,3}?"
            r"(?:price|prices|pricing|rate|rates|level|levels|valuation)s?\s*,[^.;]*?\bwould\b(?!\s+not\b|n't)"
        ),
        0.55,
        "price-would",
    ),
]


# Words a rule cannot match without: a substring test skips the regex on most sentences (speed).
_GATES = {
    "holder-sees": ("see", "saw"),
    "holder-forecasts": ("project", "forecast", "anticipat", "believ", "think", "thought"),
    "holder-estimated": ("estimate",),
    "observers-said": (
        "analyst",
        "economist",
        "trader",
        "dealer",
        "broker",
        "observer",
        "expert",
        "strategist",
        "banker",
        "insider",
        "source",
        "participant",
    ),
    "according-to-unnamed": ("according",),
    "plural-estimate": ("estimate",),
    "it-was-expected": ("it ",),
    "uncertain": ("uncertain", "unclear", "doubt", "question", "the air"),
    "wondering": ("wonder", "unsure"),
    "nobody-knows": ("knows",),
    "divided-on": ("divided", "split"),
    "remains-to-be-seen": ("to be seen",),
    "doubts-remain": ("remain", "persist", "linger"),
    "hinted-that": ("hint",),
    "potentially": ("potentially",),
    "should-effect": ("should",),
    "that-would": ("would",),
    "price-would": ("would",),
}


def holder_cues(sentence: str) -> list[tuple[int, int, float, str]]:
    """(start, end, confidence, rule) of each holder or observer hedge in one English sentence."""
    found = []
    lowered = sentence.lower()
    for regex, confidence, rule in _PATTERNS:
        gate = _GATES.get(rule)
        if gate and not any(word in lowered for word in gate):
            continue
        for match in regex.finditer(sentence):
            start, end = match.start(), match.end()
            if rule in {"price-would", "that-would"}:  # the cue is the would (hedges_en runs it to its verb)
                start = end - len("would")
            elif rule == "observers-said":
                mod = match.groupdict().get("mod")
                if mod and mod[0].isupper() and match.start("mod") > 0 and mod.lower() not in _GROUP_WORDS:
                    continue  # "Harbor Metals Inc analysts said": a named firm's analysts are named sources
                start = match.start("group")
            elif rule.startswith("holder"):
                verb = _HOLDER_VERB.search(sentence, start, end)
                if verb:  # "sees profit rising" keeps its object; "projects", "estimated" are the verb alone
                    start, end = verb.start(), end if rule == "holder-sees" else verb.end()
            found.append((start, end, confidence, rule))
    return found


_HOLDER_VERB = re.compile(
    r"\b(?:sees|see|saw|projects|projected|forecasts?|forecasted|anticipates|anticipated|believes|believed|"
    r"thinks|thought|estimate[sd])\b"
)
