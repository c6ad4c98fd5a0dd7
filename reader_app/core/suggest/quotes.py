"""Quote detector: pairs quotation marks, keeps attributed direct speech, drops scare quotes and titles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.core.model import QUOTE, Suggestion
from reader_app.core.suggest import speaker_names_en as names
from reader_app.core.suggest import speakers_en as en
from reader_app.core.suggest import speakers_ko as ko
from reader_app.core.suggest import speakers_ko_names as ko_names
from reader_app.core.suggest.companies import Mention
from reader_app.core.suggest.korean import is_hangul
from reader_app.core.suggest.sentences import Span, paragraphs, sentences


@dataclass
class Quote:
    start: int  # opening mark
    end: int  # after the closing mark
    speaker: str
    confidence: float
    rule: str


def _pairs(text: str, block: Span) -> list[tuple[int, int, str]]:
    """(open, end, kind) for each paired quotation inside one paragraph; unclosed marks are dropped."""
    found: list[tuple[int, int, str]] = []
    double_open: int | None = None
    single_open: int | None = None
    for i in range(block.start, block.end):
        ch = text[i]
        if ch == "“" and double_open is not None and _closes(text, i, block):
            # `…명확하다“며`: an opening mark typed where the closing one belongs still closes
            found.append((double_open, i + 1, "double"))
            double_open = None
            single_open = None
        elif ch == "”" and double_open is None and _opens(text, i, block):
            double_open = i  # `며 ”제도 …”`: a closing mark typed where the opening one belongs
        elif ch == '"' and double_open is not None and _closes_after_korean_stop(text, i, block):
            # Broadcast copy closes with a space before the mark (`…보여집니다. "SK하이닉스는`)
            found.append((double_open, i + 1, "double"))
            double_open = None
            single_open = None
        elif ch == "“" or (ch == '"' and (double_open is None or _opens(text, i, block))):
            # A straight mark shaped like an opening one (space before, word after) while another is open
            # means the earlier quotation was never closed (a wire-copy slip): start again from here.
            double_open = i
        elif ch in '”"' and double_open is not None:
            found.append((double_open, i + 1, "double"))
            double_open = None
            single_open = None
        elif ch in "‘'" and single_open is None:
            before = text[i - 1] if i > block.start else " "
            after = text[i + 1] if i + 1 < block.end else " "
            if ch == "‘" or ((before.isspace() or before in '([{“"—-') and not after.isspace()):
                single_open = i
        elif ch in "’'" and single_open is not None:
            after = text[i + 1] if i + 1 < block.end else " "
            if not (after.isascii() and after.isalnum()) and not text[i - 1].isspace():
                found.append((single_open, i + 1, "single"))
                single_open = None
    return found


def _closes(text: str, i: int, block: Span) -> bool:
    """A mark glued to the word before it and followed by a space, punctuation or a Korean quotative."""
    before = text[i - 1] if i > block.start else " "
    after = text[i + 1] if i + 1 < block.end else " "
    return not before.isspace() and (after.isspace() or after in ",.)" or ko.QUOTATIVE.match(text, i + 1) is not None)


def _closes_after_korean_stop(text: str, i: int, block: Span) -> bool:
    """A straight mark after a Korean sentence's full stop and one space closes the quotation it ends.

    English wire copy that leaves a quotation unclosed opens the next one after `. "`; Korean copy puts
    the space inside the closing mark instead, after a Hangul sentence ending (`…다. "`).
    """
    return i - 3 >= block.start and text[i - 1] == " " and text[i - 2] in ".!?" and is_hangul(text[i - 3])


def _opens(text: str, i: int, block: Span) -> bool:
    before = text[i - 1] if i > block.start else " "
    after = text[i + 1] if i + 1 < block.end else " "
    return before.isspace() and (after.isalnum() or after in "(.…")


def _sentence_of(sents: list[Span], position: int) -> Span | None:
    for span in sents:
        if span.start <= position < span.end:
            return span
    return None


def _korean_attribution(text: str, q_end: int, sentence_end: int) -> bool:
    after = text[q_end:sentence_end]
    match = ko.QUOTATIVE.match(after)
    if not match:
        # `“…밸류업 실현” 목표를 밝혔다`: the quotation names what was stated, then the reporting verb
        stated = ko.STATED_NOUN.match(after)
        if stated is not None and ko.REPORT_VERB.match(after, stated.end()):
            return True
        content = ko.CONTENT_OF.match(after)
        return content is not None and bool(ko.REPORT_VERB.search(after, content.end()))
    rest = after[match.end() :]
    connectives = {"며", "라며", "이라며", "면서", "라면서", "이라면서", "하며", "면서도", "라면서도", "이라면서도"}
    return match.group() in connectives or bool(ko.REPORT_VERB.search(rest))


def _words(content: str) -> int:
    return len(content.split())


def find_quotes(text: str, language: str, companies: list[Mention], body: tuple[int, int]) -> list[Quote]:
    sents = sentences(text)
    company_spans = [(m.start, m.end) for m in companies]
    quotes: list[Quote] = []
    prev_block = None
    for block in paragraphs(text):
        pairs = _pairs(text, block)
        for start, end, kind in pairs:
            if any(s < start and end < e for s, e, _ in pairs):
                continue  # a quotation the speaker quotes inside their own words is part of theirs
            quote = _classify(text, language, sents, (prev_block, block), start, end, kind, quotes, company_spans)
            if quote is not None:
                quotes.append(quote)
        prev_block = block
    return quotes


def _classify(text, language, sents, blocks, start, end, kind, previous, company_spans) -> Quote | None:
    prev_block, block = blocks
    content = text[start + 1 : end - 1].strip()
    korean = language == "ko"
    if (korean and (len(content) < 8 or " " not in content)) or (not korean and _words(content) < 3):
        return None  # a scare quote, a name or a single quoted word
    sentence = _sentence_of(sents, start) or block
    # A quotation of several sentences: its attribution follows the sentence its closing mark ends.
    closing = _sentence_of(sents, end - 1) or sentence
    sentence_end = max(sentence.end, closing.end, end)
    prefix = text[sentence.start : start]
    line_start = text.rfind("\n", 0, start) + 1
    at_line_start = not text[line_start:start].strip(" \t-–—\u00a0")
    if korean:
        quote = _classify_korean(text, sents, start, end, kind, previous, prefix, sentence_end, at_line_start)
        if quote is not None and quote.speaker:
            organisations = frozenset(text[s:e] for s, e in company_spans)
            quote.speaker = ko_names.full_name(ko.name_only(quote.speaker, organisations), text[:start])
        return quote
    quote = _classify_english(text, start, end, kind, previous, prefix, block, company_spans)
    if quote is None and not prefix.strip() and text[end - 2] in ".!?…":
        speaker = _previous_speaker(text, sents, start, (prev_block, block), previous, company_spans)
        if speaker:
            quote = Quote(start, end, speaker, 0.6, "en-previous-sentence")
    # A paragraph that is a quotation, after a paragraph that announces it with a colon
    # ("…contained a memo justifying the increase:"): the colon attributes it.
    opens_block = prev_block is not None and not text[block.start : start].strip()
    if quote is None and opens_block and text[prev_block.start : prev_block.end].rstrip().endswith(":"):
        speaker = _previous_speaker(text, sents, start, (prev_block, block), previous, company_spans)
        speaker = speaker or names.announcing_document(text[prev_block.start : prev_block.end])
        quote = Quote(start, end, speaker or "", 0.6, "en-after-colon")
    if quote is not None and quote.speaker:
        quote.speaker = names.fullest_name(text, quote.speaker, company_spans)
    return quote


def _previous_speaker(text, sents, start, blocks, previous, company_spans) -> str | None:
    """Who speaks in the sentence just before an unattributed quotation that opens its own sentence.

    News goes on quoting the person just named: `Sullivan predicted a cut. "People aren't…"`, or a paragraph
    that is only a quotation after one that quoted someone. The previous sentence must be in the same
    paragraph, or, when the quotation opens its paragraph, end the paragraph before.
    """
    prev_block, block = blocks
    at_block_start = not text[block.start : start].strip()
    floor = prev_block.start if at_block_start and prev_block is not None else block.start
    before = [s for s in sents if floor <= s.start and s.end <= start]
    if not before:
        return None
    window = before[-1].start
    people = [p for p in en.people_before(text, start, company_spans) if p[0] >= window]
    people += [(q.start, q.speaker) for q in previous if q.start >= window and q.speaker not in {"he", "she"}]
    return max(people)[1] if people else None


def _classify_korean(text, sents, start, end, kind, previous, prefix, sentence_end, at_line_start):
    attributed = _korean_attribution(text, end, sentence_end)
    between = text[previous[-1].end : start] if previous and previous[-1].end <= start else None
    chained = between is not None and (ko.CHAIN.fullmatch(between) or ko.CONNECTIVE.fullmatch(between))
    if chained and between and between.strip():
        return Quote(start, end, previous[-1].speaker, previous[-1].confidence, previous[-1].rule)
    line_start = text.rfind("\n", 0, start) + 1
    speaker = None if at_line_start else ko.inline_caption(text[line_start:start])
    if speaker is not None:
        return Quote(start, end, speaker, 0.75, "ko-inline-caption")
    if at_line_start:
        speaker = ko.caption_speaker(text, line_start)
        if speaker is None and not prefix.strip():
            nxt = next((s for s in sents if s.start >= end), None)
            speaker = ko.this_way_speaker(nxt.slice(text)) if nxt else None
        if speaker is None and not prefix.strip():
            before = [s for s in sents if s.end <= start]
            speaker = ko.announcing_speaker(before[-1].slice(text)) if before else None
    if speaker is None and previous and ko.CONNECTIVE.fullmatch(prefix):
        speaker = previous[-1].speaker  # `그러면서 “…”`: the same speaker goes on
    if speaker is None and (attributed or prefix.strip()):
        speaker = ko.subject_before(prefix)
    if speaker is not None and ko.is_pronoun(speaker):
        # `그는` is the person named since the last quotation, else that quotation's speaker.
        since = previous[-1].end if previous else 0
        named = ko_names.latest_person(text, since, start)
        earlier = (q.speaker for q in reversed(previous) if q.speaker and not ko.is_pronoun(q.speaker))
        speaker = named or next(earlier, speaker)
    if kind == "single" and not attributed:
        return None
    if attributed and speaker:
        return Quote(start, end, speaker, 0.85, "ko-attributed")
    if speaker and at_line_start:
        return Quote(start, end, speaker, 0.75, "ko-caption")
    if attributed and previous and ko.same_speaker_goes_on(text[previous[-1].end : start]):
        # `다만 … 대해서는 “…”이라고 덧붙였다`: no subject, so the speaker of the quotation just before goes on
        return Quote(start, end, previous[-1].speaker, 0.6, "ko-continued")
    if attributed:
        return Quote(start, end, "", 0.6, "ko-quotative")
    return None


def _classify_english(text, start, end, kind, previous, prefix, block, company_spans):
    speaker = en.after_quote(text, end, block.end)
    rule = "en-said-after"
    if speaker is None:
        speaker = en.before_quote(prefix)
        rule = "en-said-before"
    if speaker is None and previous and block.start <= previous[-1].end <= start:
        # `"A," Bourbeau said. "B."` or `"A," Adler chimed in, telling the crowd, "B."` — B goes on with A's
        # speaker when the words between are A's attribution.
        between = text[previous[-1].end : start]
        one_sentence = between.rstrip().endswith((".", ",", ":")) and not re.search(r"[.!?]\s+\S", between.strip())
        if len(between) < 200 and one_sentence and en.after_quote(text, previous[-1].end, start):
            speaker, rule = previous[-1].speaker, "en-continued"
    if speaker is None and not _title_case(text[start + 1 : end - 1]):
        speaker = en.clause_subject(prefix)  # a title in marks ('Night Harbor Rising') is not speech
        rule = "en-clause-subject"
    if speaker is None and previous and previous[-1].speaker and previous[-1].end <= start:
        # `Customers "…," Falk told Adler, which meant building the "…"`: a later quotation in the sentence
        # of an attributed one, a clause away from that attribution, is the same speaker's.
        sentence_start = start - len(prefix)
        if previous[-1].start >= sentence_start and '"' not in text[previous[-1].end : start].replace("“", '"'):
            speaker, rule = previous[-1].speaker, "en-same-sentence"
    if speaker is None:
        return None
    if speaker in {"one", "another"}:
        speaker = en.one_of_group(text, start, speaker)
    if speaker in {"he", "she"}:
        people = en.people_before(text, start, company_spans)
        named = [(q.start, q.speaker) for q in previous if q.speaker and q.speaker not in {"he", "she"}]
        candidates = sorted(people + named)
        full = names.last_full_name(text, start, company_spans)
        # Someone named in full in this paragraph, after everyone who spoke in earlier ones, is who the
        # pronoun stands for ("Maria Chen, who heads research, spoke in Seoul. "…," she said").
        # So is a person who became the subject after the last speaker ("…, where Tomas Reyes took over").
        later_subject = bool(full and candidates and full[0] > candidates[-1][0] and names.is_subject(text, *full))
        if full and (later_subject or (full[0] >= block.start and (not candidates or candidates[-1][0] < block.start))):
            speaker, rule = full[1], rule + "-pronoun"
        elif candidates:
            speaker = candidates[-1][1]
            rule += "-pronoun"
    return Quote(start, end, speaker, 0.85 if kind == "double" else 0.6, rule)


def _title_case(content: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", content) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def quote_suggestions(quotes: list[Quote], text: str) -> list[Suggestion]:
    return [
        Suggestion(QUOTE, q.start, q.end, text[q.start : q.end], {"speaker": q.speaker}, q.confidence, q.rule)
        for q in quotes
    ]
