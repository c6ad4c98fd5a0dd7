"""Metadata and body boundaries of scraped plain text (saved pages, copied text, corpus .txt files).

Two layouts are recognised. A saved page: menu lines, a section, the headline, a byline and/or a date
line, then the body. A clean text file: the headline on the first line, a blank line, the body. The
body ends at the last line that is not furniture (furniture.py); sign-offs, datelines and closers
yield the byline and publication (bylines.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from . import furniture, lines
from .bylines import byline_in, people
from .dates import find_date
from .lines import Line

_HEADER_SCAN = 30  # non-blank lines searched for a byline/date block; headers are short
_SKIP_SCAN = 20  # captions and menu lines between header and body; more means it is not furniture
_TAIL_SCAN = 400  # furniture lines after an article; a longer run is content, not page chrome
_PROSE_LEN = 60  # a line this long ending a sentence is body text, so the header is over
_TITLE_LEN = 300  # longer "headlines" are paragraphs of text that has no headline
_TITLE_CUT = 80
_META_LEN = 100  # byline and date lines are short; longer lines are never tested (nor slow to test)
_DATE_LABELS = re.compile(
    r"^(입력|수정|등록|기사\s*입력|최종\s*수정|송고|발행|게재|작성|승인|published|updated|posted|"
    r"first published|last updated|date)(일|일시|시간)?\s*[:：]?\s*$",
    re.IGNORECASE,
)
_READS_LIKE_PROSE = furniture.SENTENCE_END
_FULL_STOP = re.compile(r"[.。]['\"”’)]*$")


@dataclass(frozen=True)
class PlainLayout:
    title: str = ""
    published: str = ""
    byline: str = ""
    source: str = ""
    section: str = ""
    body_start: int = 0
    body_end: int = 0


def analyse(text: str, offset: int = 0) -> PlainLayout:
    """Layout of text; offsets are shifted by offset (for text that follows front matter)."""
    head = list(islice(lines.forward(text, 0, offset), _HEADER_SCAN))
    if not head:
        return PlainLayout(body_start=offset, body_end=offset + len(text))
    header = _find_header(head)
    meta: list[Line] = []
    if header is not None:
        title_i, meta = header
        after = meta[-1]
    else:
        title_i = next((i for i, line in enumerate(head) if not furniture.is_menu(line.stripped)), 0)
        after = head[title_i]
    title = head[title_i].stripped
    if header is None and len(title) > _TITLE_LEN:
        # A paragraph, not a headline: it starts the body, and a shortened copy names the article.
        after = head[title_i]
        title = title[:_TITLE_CUT].rstrip() + "…"
        span = _body(text, offset, after.start - offset, "")
    else:
        span = _body(text, offset, after.end - offset + 1, title)
    if span is None:  # nothing but a headline: the whole text is the article
        first, last, tail = head[title_i], next(lines.backward(text, None, offset)), list[Line]()
    else:
        first, last, tail = span
    byline, source = people(_texts(meta), *_edges(text, offset, first, last), _texts(tail))
    before_body = sum(1 for line in head if line.start < first.start)
    return PlainLayout(
        title=title,
        # The header, the first body line and the next: broadcast transcripts date themselves there.
        published=_published(meta, head[: before_body + 2]),
        byline=byline,
        source=source,
        section=_section(head, title_i),
        body_start=first.content_start,
        body_end=last.content_end,
    )


def body_span(text: str, title: str = "") -> tuple[int, int, str, str]:
    """(body_start, body_end, byline, source) of text whose headline is known from elsewhere (HTML).

    Extractors often keep the headline, a byline or a date line above the article: when the known
    title or such a block opens the text, the body starts after it.
    """
    head = list(islice(lines.forward(text), 8))
    if not head:
        return 0, len(text), "", ""
    pos = 0
    wanted = _comparable(title)
    for line in head[:3]:
        if wanted and _comparable(line.stripped) == wanted:
            pos = line.end + 1
    header = _find_header(head)
    meta = header[1] if header is not None and header[1][-1] in head[:6] else []
    if meta:
        pos = max(pos, meta[-1].end + 1)
    span = _body(text, 0, pos, title) or _body(text, 0, 0, "")
    if span is None:
        return 0, len(text), "", ""
    first, last, tail = span
    byline, source = people(_texts(meta), *_edges(text, 0, first, last), _texts(tail))
    return first.content_start, last.content_end, byline, source


def _body(text: str, offset: int, pos: int, title: str) -> tuple[Line, Line, list[Line]] | None:
    """First and last body lines from line start pos, and the furniture after the body."""
    first = _skip_leading(lines.forward(text, min(pos, len(text)), offset), title)
    if first is None:
        return None
    found = _find_body_end(text, offset, first)
    if found is None:
        return None
    last, tail = found
    return first, last, tail


def _comparable(text: str) -> str:
    """Headline text with quotes, spaces and punctuation dropped, to spot a repeated headline."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _find_header(head: list[Line]) -> tuple[int, list[Line]] | None:
    """(title index, meta lines) when a byline/date block heads the page."""
    meta_idx: list[int] = []
    content = 0  # non-menu lines seen before the block: section, title, maybe a subtitle
    for i, line in enumerate(head):
        s = line.stripped
        if _is_byline(s) or _is_date_line(s):
            if meta_idx and i > meta_idx[-1] + 1:
                break  # a second, separate block belongs to the body
            meta_idx.append(i)
            continue
        if meta_idx:
            break
        if furniture.is_menu(s):
            continue
        content += 1
        if content > 3 or (len(s) >= _PROSE_LEN and _READS_LIKE_PROSE.search(s)):
            return None
    if not meta_idx:
        return None
    title_i = next((i for i in range(meta_idx[0] - 1, -1, -1) if not furniture.is_menu(head[i].stripped)), None)
    if title_i is None:
        return None
    return title_i, [head[i] for i in meta_idx]


def _is_byline(s: str) -> bool:
    return len(s) <= _META_LEN and bool(byline_in(s))


def _is_date_line(s: str) -> bool:
    if len(s) > _META_LEN:
        return False
    found = find_date(s)
    if not found:
        return False
    _, match = found
    rest = (s[: match.start()] + " " + s[match.end() :]).strip(" \t\xa0/|·,:()[]-")
    return not rest or bool(_DATE_LABELS.match(rest)) or _is_byline(rest)


def _skip_leading(candidates: Iterator[Line], title: str) -> Line | None:
    """The first body line: past a repeated headline, menu lines and photo captions."""
    for line in islice(candidates, _SKIP_SCAN):
        s = line.stripped
        if not (s == title or furniture.is_menu(s) or furniture.is_caption(s)):
            return line
    return None


def _find_body_end(text: str, offset: int, first: Line) -> tuple[Line, list[Line]] | None:
    """The last body line at or after first, and the furniture lines after it (for sign-offs)."""
    # Extractors and scrapers keep other stories after an article; a closing credit ends it for good.
    marker = furniture.find_end_marker(text, first.end - offset)
    limit = None if marker is None else max(marker - 1, 0)
    # The closing lines themselves ("Reuter", "Reporting by …") still name the writer and the wire.
    closer = [] if marker is None else list(islice(lines.forward(text, marker, offset), 5))
    tail: list[Line] = []
    previous_kind = ""
    for line in islice(lines.backward(text, limit, offset), _TAIL_SCAN):
        if line.start < first.start:
            return None
        s = line.stripped
        if line.start > first.start and furniture.is_headline_item(s):
            previous_kind = "list"
        elif line.start > first.start and furniture.is_tail_furniture(s):
            previous_kind = "other"
        elif line.start > first.start and previous_kind == "list" and len(s) <= 20 and not _FULL_STOP.search(s):
            previous_kind = "heading"  # a short line over a headline list: "이 기사는 꼭!", "Related"
        else:
            return line, tail[::-1] + closer
        tail.append(line)
    # Hundreds of furniture-like lines are not page chrome: keep them in the body.
    return next(lines.backward(text, limit, offset)), closer


def _edges(text: str, offset: int, first: Line, last: Line) -> tuple[list[str], list[str]]:
    """The first two and the last three body lines, where datelines and sign-offs sit."""
    opening = [line for line in islice(lines.forward(text, first.start - offset, offset), 2) if line.end <= last.end]
    closing = [line for line in islice(lines.backward(text, last.end - offset, offset), 3) if line.start >= first.start]
    return _texts(opening), _texts(closing[::-1])


def _published(meta: list[Line], top: list[Line]) -> str:
    for line in meta + [line for line in top if len(line.stripped) <= _PROSE_LEN]:
        found = find_date(line.stripped)
        if found:
            return found[0]
    return ""


def _section(head: list[Line], title_i: int) -> str:
    for i in range(title_i - 1, -1, -1):
        s = head[i].stripped
        if furniture.is_menu(s):
            continue
        if len(s) <= 20 and not _READS_LIKE_PROSE.search(s) and not find_date(s):
            return s
        return ""
    return ""


def _texts(found: list[Line]) -> list[str]:
    return [line.stripped for line in found]
