"""English hedge cues: modals of possibility, expectation, rumour, unnamed sources and analysts' beliefs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.core.suggest.hedges_en_conditional import extra_cues
from reader_app.core.suggest.hedges_en_holders import holder_cues


@dataclass(frozen=True)
class Cue:
    start: int  # offsets into the sentence
    end: int
    confidence: float
    rule: str


# Contract and permission senses of "may" ("may be extended by either party") are not speculation.
_PERMISSION = (
    r"(?!\s+(?:not\s+)?(?:be\s+)?(?:extended|renewed|terminated|exercised|converted|redeemed|elect|redeem|"
    r"convert|terminate|extend|renew|exercise|tender|request|require|withdraw|assign|transfer|cancel|amend|"
    r"apply|obtain|vote)\b)"
)
# Words between a modal and its verb that belong to the cue (could very well of considered).
_MODAL_FILLER = frozenset(
    "be have been not also very well of ultimately better still even eventually soon possibly probably "
    "likely only further already yet never just easily now then in turn".split()
)
_OBSERVERS = (
    r"(?:analysts?|observers?|experts?|economists?|traders?|dealers?|brokers?|others|insiders?|"
    r"market\s+participants|investors|some|many)"
)
# Words ending in -er that are not comparatives: "appeared later that day" is not a hedge.
_NOT_COMPARATIVE = (
    r"(?!(?:later|earlier|together|after|over|under|ever|never|either|neither|whether|other|rather|further|here)\b)"
)
_PATTERNS: list[tuple[re.Pattern[str], float, str]] = [
    (re.compile(r"\b(?:may|might)\b" + _PERMISSION), 0.7, "modal-may"),
    (re.compile(r"\bcould\b(?!\s+not\b|n't)"), 0.65, "modal-could"),
    (
        re.compile(
            r"(?<!must\s)(?<!shall\s)(?<!should\s)(?<!will\s)\b(?:is|are|was|were|be|been|being)\s+"
            r"(?:widely\s+|also\s+|now\s+|generally\s+)?"
            r"(?:expected|said|thought|believed|reported|rumou?red|understood|tipped|seen)\s+to\b",
            re.I,
        ),
        0.75,
        "passive-report",
    ),
    (re.compile(r"\bexpect(?:s|ed|ing)?\s+to\b", re.I), 0.65, "expected-to"),
    # "Dean Foods expects earnings to exceed…", "he expected nothing exciting": a named holder's expectation.
    # The subject must be a name or pronoun, so "as expected" and "higher than expected" stay out.
    (
        re.compile(
            r"(?:\b[A-Z][\w.&'-]*|\b(?:he|she|they|it|we|company|firm|group|bank|government|ministry))"
            r"\s+(?:also\s+|now\s+|still\s+|further\s+)?expect(?:s|ed)\b(?!\s+to\b)(?=\s+(?:that\b|[a-z0-9$]))"
        ),
        0.6,
        "holder-expects",
    ),
    # "A statement was expected but…": the expectation is the predicate itself.
    (
        re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+|widely\s+)?expected(?=\s*(?:[,.;]|but\b|and\b))"),
        0.6,
        "expected-bare",
    ),
    # The speaker declines to commit: "too early to project whether", "it was not certain when".
    (
        re.compile(r"\btoo\s+early\s+to\s+(?:say|tell|project|predict|judge|know|forecast|determine)\b", re.I),
        0.7,
        "too-early",
    ),
    (
        re.compile(r"\b(?:not\s+(?:yet\s+)?(?:certain|clear)|unclear|uncertain)\s+(?:whether|when|if|how)\b", re.I),
        0.6,
        "not-certain",
    ),
    (re.compile(r"\bsuggest(?:s|ed)?\s+that\b", re.I), 0.6, "suggested-that"),
    # "A ruling is expected next week": expected with a time, not "as expected" or "higher than expected".
    (
        re.compile(
            r"\b(?:is|are|was|were|be|been)\s+(?:now\s+|also\s+|widely\s+)?expected\s+(?:early|late|later|"
            r"soon|shortly|next|this|by|within|before|after|on|in|around|some\s+time)\b",
            re.I,
        ),
        0.7,
        "expected-when",
    ),
    # A forecast is a claim about the future whoever makes it: "Sullivan predicted the Fed will ease".
    (re.compile(r"(?<!as )(?<!was )(?<!were )\b(?:predict(?:s|ed)?|foresees?|foresaw)\b", re.I), 0.65, "predicted"),
    # Epistemic "should" before a verb of change (sales should rise); "should be reconsidered" is advice.
    (
        re.compile(
            r"\bshould\s+(?:\w+ly\s+)?(?:grow|rise|fall|increase|decrease|decline|improve|recover|rebound|slow|"
            r"pick\s+up|climb|drop|gain|strengthen|weaken|exceed|top|reach|remain|stabili[sz]e|narrow|widen|"
            r"experience|benefit|post|show|see|earn|total)\b",
            re.I,
        ),
        0.6,
        "should-change",
    ),
    (re.compile(r"\brumou?red\b", re.I), 0.75, "rumoured"),
    (re.compile(r"\b(?:un)?likely\b|\bprobabl[ey]\b|\bperhaps\b|\bmaybe\b|\bpossibility\b", re.I), 0.6, "likelihood"),
    (re.compile(r"(?<!as )(?<!if )(?<!made )(?<!where )\bpossibl[ey]\b(?!\s+to\b)", re.I), 0.55, "possible"),
    (re.compile(r"\b(?:reportedly|allegedly|purportedly|apparently)\b", re.I), 0.75, "reportedly"),
    (re.compile(r"\b(?:appears?|appeared|seems?|seemed)\s+to\b", re.I), 0.6, "appears-to"),
    # "Rates appear lower than abroad", "a deal seems close": a hedged judgement, not "appeared in court".
    (
        re.compile(
            r"\b(?:appears?|appeared|seems?|seemed)\s+(?:(?:much|far|slightly|somewhat)\s+)?"
            rf"(?:{_NOT_COMPARATIVE}[a-z]{{2,}}er|more|less|unlikely|set|poised|ready|certain|headed|bound|close|"
            r"near|imminent|inevitable)\b(?!\s+(?:in|on|at)\b)",
            re.I,
        ),
        0.6,
        "appears-so",
    ),
    (re.compile(r"\bspeculat(?:ed|es|e|ing)\b", re.I), 0.8, "speculated"),
    (
        re.compile(
            r"\bspeculation\b(?=\s+(?:that|of|about|over|it|he|she|they|also|has|had|was|is|grew|"
            r"mounted|persisted|centred|centered|focused|focussed|surfaced|[A-Z]))",
            re.I,
        ),
        0.75,
        "speculation",
    ),
    (
        re.compile(
            r"\bthere\s+(?:is|was|has\s+been|had\s+been|were|are)\s+(?:some\s+|much\s+|growing\s+|"
            r"widespread\s+|renewed\s+)?(?:speculation|rumou?rs?|talk)\b",
            re.I,
        ),
        0.8,
        "there-was-speculation",
    ),
    (
        re.compile(r"\brumou?rs?\s+(?:that|of|about|circulat\w*|suggest\w*|ha[sd]\s+it|say|said|were\s+that)\b", re.I),
        0.75,
        "rumour-that",
    ),
    (re.compile(r"\b(?:by|amid|on)\s+talk\b|\btalk\s+(?:that|of)\b", re.I), 0.7, "talk-of"),
    (
        re.compile(
            r"\b(?:sources?|people|persons?|officials?|bankers?|executives?)\s+(?:close\s+to|familiar\s+with|"
            r"briefed\s+on|involved\s+in|with\s+knowledge\s+of|aware\s+of)\b",
            re.I,
        ),
        0.8,
        "sources-close",
    ),
    # "The paper, citing an anonymous government source, reported…": the claim rests on an unnamed source.
    (
        re.compile(
            r"\bciting\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:anonymous|unnamed|unidentified)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:sources?|officials?|people|persons?|executives?|bankers?)\b",
            re.I,
        ),
        0.75,
        "citing-unnamed",
    ),
    (
        re.compile(
            r"\b(?:sources|a\s+source|(?:industry|market|banking|trade|financial|diplomatic|government)"
            r"\s+sources)\s+(?:said|say|says|told)\b",
            re.I,
        ),
        0.75,
        "sources-said",
    ),
    (
        re.compile(
            r"\b(?:(?:one|two|three|four|several|some|both|all)\s+of\s+)?the\s+(?:people|sources|persons)"
            r"\s+(?:said|say|added)\b",
            re.I,
        ),
        0.7,
        "the-people-said",
    ),
    (
        re.compile(
            rf"\b{_OBSERVERS}\b(?:\s+[\w,]+){{0,4}}?\s+(?:believe[sd]?|expect(?:s|ed)?|estimate[sd]?|"
            r"speculate[sd]?|think|thought|suspect(?:s|ed)?|predict(?:s|ed)?|forecast|doubt(?:s|ed)?|fear(?:s|ed)?)\b",
            re.I,
        ),
        0.7,
        "observers-believe",
    ),
]
_WOULD = re.compile(r"\bwould\b(?!\s+not\b|n't)")
_OBSERVER_CONTEXT = re.compile(
    r"\b(?:analysts?|sources?|observers?|experts?|economists?|traders?|brokers?|"
    r"rumou?rs?|speculation|talk)\b",
    re.I,
)
# Reporting the existence of rumours is not itself hedged: "would not comment on the rumors".
_DISMISSED = re.compile(
    r"\b(?:comment|clarify|clarified|denied|deny|dismiss\w*|quell\w*|fuel\w*|respond\w*)\b"
    r"[\w\s']{0,30}$",
    re.I,
)


# A modal inside the terms of a rule or contract states what is allowed, not what may happen:
# "Under the new rule, brokers could be barred…".
_UNDER_RULE = re.compile(
    r"\bunder\s+(?:the|a|an|its|their|this|these|those|new|current|proposed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:rules?|regulations?|laws?|act|statutes?|provisions?|guidelines?|directives?|code|terms|contracts?)\b",
    re.I,
)
_RULE_MODALS = frozenset({"modal-may", "modal-could", "observer-would", "conditional-would"})
# "In 2015, its reserves could cover only…": could with a past time is what was possible then, a fact.
_PAST_TIME = re.compile(
    r"^(?:In|By|During|Until|Through)\s+(?:(?:early|late|mid)[- ])?(?:19|20)\d\d\b|"
    r"\b(?:last\s+year|at\s+the\s+time|back\s+then|in\s+those\s+days)\b"
)


def _extend_modal(sentence: str, start: int, end: int) -> int:
    """A modal's cue runs to its main verb: "may be considering", "might better reflect"."""
    pos = end
    for _ in range(5):
        match = re.compile(r"\s+([A-Za-z']+)").match(sentence, pos)
        if not match:
            return pos
        pos = match.end()
        if match.group(1).lower() not in _MODAL_FILLER:
            return pos
    return pos


def cues(sentence: str) -> list[Cue]:
    found = []
    for regex, confidence, rule in _PATTERNS:
        for match in regex.finditer(sentence):
            if rule in {"speculation", "rumour-that"} and _DISMISSED.search(sentence[: match.start()]):
                continue
            end = match.end()
            if rule.startswith("modal"):
                end = _extend_modal(sentence, match.start(), end)
            found.append(Cue(match.start(), end, confidence, rule))
    for start, end, confidence, rule in extra_cues(sentence) + holder_cues(sentence):
        if rule in {"conditional-would", "price-would", "that-would"}:  # the cue runs to the main verb: "would press"
            end = _extend_modal(sentence, start, end)
        found.append(Cue(start, end, confidence, rule))
    if _OBSERVER_CONTEXT.search(sentence):
        for match in _WOULD.finditer(sentence):
            found.append(
                Cue(match.start(), _extend_modal(sentence, match.start(), match.end()), 0.55, "observer-would")
            )
    past = _PAST_TIME.search(sentence)
    if past:
        found = [
            c
            for c in found
            if not (
                c.rule == "modal-could"
                and c.start > past.start()
                and not sentence[c.start :].startswith(("could have", "could not have"))
            )
        ]
    rule_text = _UNDER_RULE.search(sentence)
    if rule_text:
        found = [c for c in found if c.rule not in _RULE_MODALS]  # before or after the modal
    return sorted(found, key=lambda c: c.start)
