"""Speculation detector: body sentences carrying a hedge cue outside any direct quotation."""

from __future__ import annotations

import re

from reader_app.core.model import SPECULATION, Suggestion
from reader_app.core.suggest import hedges_en, hedges_ko
from reader_app.core.suggest.quotes import Quote
from reader_app.core.suggest.sentences import sentences

_HANGUL = re.compile(r"[가-힣]")
# One predicate noun with the copula closing the sentence: what the hedged clause before it describes.
_PREDICATE_NOUN = re.compile(r"[가-힣]{1,4}(?:이다|다|입니다|이에요)")


def _modifies_noun(sentence: str, cue: hedges_en.Cue) -> bool:
    """A Korean hedge in an adnominal clause (가능성이 제기되는 것과 관련해) is not the sentence's claim."""
    rest = sentence[cue.end :].strip(" .…!?\"'”’")
    if _PREDICATE_NOUN.fullmatch(rest):
        return False  # `…가능성이 있다는 이야기다`, `…비판이 나오는 이유다`: the noun is the predicate itself
    return bool(rest) and sentence[cue.end - 1] in "는은던된한될할을"


def _in_unpaired_quote(sentence: str, position: int) -> bool:
    """A cue inside a curly quotation that opens or closes beyond this sentence (a quote over several lines).

    Such quotations are not paired (they cross a line), yet the hedge in them is the speaker's, not the
    narrator's: `…힘들다는 얘기도 나옵니다.”(교수)` closes a quotation begun on the line before.
    """
    before, after = sentence[:position], sentence[position:]
    return before.count("“") > before.count("”") or after.count("”") > after.count("“")


def _named_firms_analysts(cue: hedges_en.Cue, sentence_start: int, company_ends: set[int], text: str) -> bool:
    """`Jefferies analysts said`: the observers belong to a named company, so they are a named source."""
    if cue.rule != "observers-said":
        return False
    before = text[: sentence_start + cue.start].rstrip()
    return len(before) in company_ends or (before.endswith(("'s", "’s")) and len(before) - 2 in company_ends)


def find_speculation(
    text: str,
    language: str,
    quotes: list[Quote],
    body: tuple[int, int],
    company_ends: set[int] | None = None,
) -> list[Suggestion]:
    # A hedge spoken inside a direct quotation belongs to the quote (the guide makes it optional), so
    # only cues outside quotation marks count.
    quoted = [(q.start, q.end) for q in quotes]
    found = []
    for sentence in sentences(text, body[0], body[1]):
        content = sentence.slice(text)
        if content.endswith("?"):
            continue  # a question, answered or rhetorical, asserts nothing
        korean = language == "ko" or bool(_HANGUL.search(content))
        cues = hedges_ko.cues(content) if korean else hedges_en.cues(content)
        cues = [c for c in cues if not any(s <= sentence.start + c.start < e for s, e in quoted)]
        cues = [c for c in cues if not _in_unpaired_quote(content, c.start)]
        if company_ends:
            cues = [c for c in cues if not _named_firms_analysts(c, sentence.start, company_ends, text)]
        if korean:
            cues = [c for c in cues if not _modifies_noun(content, c)]
        if not cues:
            continue
        # Korean puts the hedge in the final predicate; English states it first (may, speculation that…).
        cue = max(cues, key=lambda c: (c.end, -c.start)) if korean else cues[0]
        confidence = max(c.confidence for c in cues)
        found.append(
            Suggestion(
                SPECULATION,
                sentence.start,
                sentence.end,
                content,
                {"cue": content[cue.start : cue.end]},
                confidence,
                cue.rule,
            )
        )
    return found
