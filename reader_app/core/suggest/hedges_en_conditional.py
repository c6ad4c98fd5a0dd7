"""More English hedge cues: conditional and counterfactual would, perception verbs, feasibility judgements.

Kept apart from hedges_en so each module stays small; hedges_en.cues() merges these in.
"""

from __future__ import annotations

import re

# A conditional clause makes the main clause's "would" a prediction about a hypothetical case
# ("if the price rose, miners would press for more mines"), not a reported plan stated as fact.
_IF_CLAUSE = re.compile(r"(?<!only )(?<!even )\b(?:if|unless)\b", re.I)
# A past-tense condition marks the hypothetical ("if Volcker left", "if the price rose"); a present one
# ("if all shares are tendered, holders would receive…") usually states the terms of a deal.
_PAST = re.compile(
    r"\b(?!\w*(?:ceed|need)\b)(?:were|was|had|did|[a-z]{2,}ed|rose|fell|left|went|came|took|made|got|grew|saw|won|lost|became|chose|"
    r"sold|bought|began|ran|cut|quit|stayed)\b"
)
_PRESENT = re.compile(r"\b(?:is|are|am|has|have|do|does)\b")
_WOULD_MAIN = re.compile(r"\bwould\b(?!\s+not\b|n't|\s+have\s+to\b|\s+be\s+(?:told|required|asked)\b)")
_PATTERNS: list[tuple[re.Pattern[str], float, str]] = [
    # "would seem a necessity", "would appear to": the writer's hedged judgement.
    (re.compile(r"\bwould\s+(?:seem|appear)\b", re.I), 0.65, "would-seem"),
    # "seem only to differ", "appears also to": an adverb between seem and to keeps the hedge.
    (
        re.compile(r"\b(?:appears?|appeared|seems?|seemed)\s+(?:only|also|now|still|largely|increasingly)\s+to\b"),
        0.6,
        "appears-adverb-to",
    ),
    # "was seen as an indication", "is widely regarded as": an interpretation held by unnamed observers.
    (
        re.compile(
            r"\b(?:is|are|was|were|being|been)\s+(?:widely\s+|generally\s+|also\s+)?"
            r"(?:seen|viewed|regarded|interpreted|read)\s+as\b",
            re.I,
        ),
        0.6,
        "seen-as",
    ),
    # "is expecting strong results": the progressive form of a holder's expectation.
    (re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?expecting\b"), 0.6, "is-expecting"),
    # "approval is not expected until 1989": a negated expectation with a time.
    (
        re.compile(r"\b(?:is|are|was|were)\s+not\s+(?:now\s+)?expected\s+(?:until|before|to|this|next|soon)\b"),
        0.7,
        "not-expected-until",
    ),
    # Counterfactual "would have produced … without the plan"; "would have to" (necessity) is excluded.
    (re.compile(r"\bwould\s+(?:probably\s+|likely\s+)?have\s+(?!to\b)(?:been|[a-z]+ed|[a-z]+en)\b"), 0.6, "would-have"),
    # Feasibility judgements about the future: "it would be easy to", "would have no difficulty".
    (
        re.compile(
            r"\bwould\s+(?:be|prove)\s+(?:\w+\s+)?(?:easy|difficult|hard|impossible|tough|feasible|unlikely)\b"
            r"|\bwould\s+have\s+(?:no|little|some)\s+(?:difficulty|trouble|problem)\b",
            re.I,
        ),
        0.65,
        "would-be-easy",
    ),
    # "He estimated that…", "analysts estimate the unit is worth": an estimate is not a measured fact.
    # Only an estimate about the future is a forecast: "estimates that sales totaled 4.5 billion" reports a figure.
    (
        re.compile(r"\bestimate[sd]?\s+that\b(?=.*\b(?:would|will|could|may|might)\b)", re.I | re.S),
        0.6,
        "estimated-that",
    ),
    # "its expected output": a figure that is a forecast ("as expected" and "than expected" are not here).
    (
        re.compile(r"\b(?:its|their|the|an?)\s+expected\s+(?!to\b|by\b|in\b|on\b|at\b)[a-z]{3,}\b"),
        0.55,
        "expected-noun",
    ),
    # A tentative intention: "he would consider launching".
    (re.compile(r"\bwould\s+(?:also\s+)?consider\b", re.I), 0.6, "would-consider"),
    # People or firms that might act: "potential candidates", "possible bidders".
    (
        re.compile(
            r"\b(?:potential|prospective)\s+(?:candidates?|bidders?|buyers?|suitors?|acquirers?|successors?)\b", re.I
        ),
        0.6,
        "potential-candidates",
    ),
]


# "a bill that would have allowed…": what a proposal contained, not a counterfactual guess.
_PROPOSAL_THAT = re.compile(
    r"\b(?:bill|law|plan|proposal|measure|rule|deal|legislation|amendment|provision|agreement|offer|bid|merger|"
    r"takeover|contract)\b(?:\s+[\w,]+){0,4}?\s+(?:that|which)\s+$",
    re.I,
)
# A present condition states deal terms ("holders would receive"), unless what follows is a hit or a change
# that nobody has agreed to: "if the harvest fails, the region would lose…".
_CHANGE_AFTER_WOULD = re.compile(
    r"\s+(?:\w+ly\s+)?(?:lose|take|suffer|fall|drop|tank|face|hurt|collapse|shrink|decline|slow|rise|grow|gain|"
    r"benefit|struggle|fail|miss|cut|slump|soar|plunge)\b"
)


def extra_cues(sentence: str) -> list[tuple[int, int, float, str]]:
    found = [
        (m.start(), m.end(), conf, rule)
        for regex, conf, rule in _PATTERNS
        for m in regex.finditer(sentence)
        if not (rule == "would-have" and _PROPOSAL_THAT.search(sentence[: m.start()]))
    ]
    condition = _IF_CLAUSE.search(sentence)
    comma = sentence.find(",", condition.end()) if condition else -1
    clause = sentence[condition.end() : comma] if condition and comma > 0 else ""
    if clause and len(clause) < 100 and _PAST.search(clause) and not _PRESENT.search(clause):
        # Only a would after the clause's comma is its consequence: "would approve … only if" states a rule,
        # and "asked if it would proceed" is an indirect question.
        for match in _WOULD_MAIN.finditer(sentence, comma):
            found.append((match.start(), match.end(), 0.55, "conditional-would"))
    elif clause and len(clause) < 100 and not _PAST.search(clause):
        for match in _WOULD_MAIN.finditer(sentence, comma):
            if _CHANGE_AFTER_WOULD.match(sentence, match.end()):
                found.append((match.start(), match.end(), 0.55, "conditional-would"))
    return found
