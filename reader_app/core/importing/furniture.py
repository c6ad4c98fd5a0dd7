"""Recognise page furniture lines in scraped news text: menus, lists, counters, sign-offs, credits.

Each test looks at one line's shape (length, leading marker, vocabulary of site chrome), never at the
wording of a particular article. plaintext.py decides where they may apply: only around the body.
"""

from __future__ import annotations

import re

_MENU_LEN = 30  # menu and share lines are a word or two
_FURNITURE_LEN = 120  # longer lines are article text; the limit also keeps every test below cheap
# Site chrome vocabulary that appears as whole lines on saved pages (compared case-insensitively).
MENU_WORDS = frozenset(
    (
        *("검색", "메뉴", "전체메뉴", "닫기", "열기", "로그인", "로그아웃", "회원가입", "마이페이지", "홈"),
        *("처음으로", "이전", "다음", "목록", "맨위로", "공유", "공유하기", "스크랩", "인쇄", "프린트"),
        *("글자크기", "기사저장", "구독", "구독하기", "좋아요", "페이스북", "트위터", "카카오톡"),
        *("카카오스토리", "네이버", "밴드", "url복사", "링크복사", "댓글", "댓글쓰기", "기사듣기", "가+", "가-"),
        *("menu", "search", "close", "home", "login", "log in", "sign in", "sign up", "subscribe", "share"),
        *("tweet", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "email", "e-mail", "print"),
        *("copy link", "copied!", "comments", "advertisement", "skip to content", "back to top", "read more"),
    )
)
# Headings that introduce related or popular articles (the list items themselves are caught by shape).
LIST_HEADINGS = re.compile(
    r"^(관련\s*기사|관련\s*뉴스|인기\s*기사|추천\s*기사|많이\s*본\s*(뉴스|기사)|주요\s*뉴스|최신\s*기사|"
    r"related( articles| stories| news)?|read (more|next|also)|more from .{1,30}|most (read|popular|viewed)|"
    r"trending( now)?|recommended( for you)?|you (may|might) also like)\s*[:!]?$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[•·▶▷►■□◆◇○●◦‣∙*–-])\s*(?P<rest>\S.*)$")
_SPEAKER = re.compile(r"^\S{1,8}\s*:")
_COUNTER = re.compile(
    r"(댓글|공감|추천|조회(수)?|좋아요)\s*[:(]?\s*\d[\d,]*\s*(개|건|회)?\)?|\d[\d,]*\s*(개의\s*)?댓글|"
    r"\b\d[\d,]*\s+comments?\b|\bcomments?\s*\(?\d+\)?|\b\d[\d,]*\s+(shares|likes|views)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "[비즈니스포스트 윤종학 기자]", "(서울=연합뉴스) 홍길동 기자": publication and reporter in brackets.
SIGNOFF = re.compile(
    r"[\[(]\s*(?P<source>[^\[\]()=\s][^\[\]()=]{0,30}?)\s*[=\s]\s*(?P<name>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)"
    r"\s*(?:기자|특파원|선임기자|논설위원|위원)\s*[\])]"
)
# Broadcast closers: "MBN뉴스 장가희입니다.", "KBS 뉴스 김수연입니다.", "YTN 조예진 (x@ytn.co.kr)".
BROADCAST_SIGNOFF = re.compile(
    r"^(?P<source>[A-Z][A-Za-z0-9]{1,6}(?:\s*뉴스)?|[가-힣]{1,6}뉴스(?:TV)?)\s+"
    r"(?P<name>[가-힣]{2,4})(?:\s*(?:기자|특파원))?(?:입니다\.?(?:\s*{email})?|\s*{email})\s*$".replace(
        "{email}", r"[\[(]?\s*[\w.+-]+@[\w.-]+\s*[\])]?"
    )
)
_CREDIT = re.compile(
    r"^[\[(]?\s*(영상\s*(취재|편집|촬영|디자인)|촬영\s*기자|그래픽|자막|CG|편집|사진|사진\s*출처|사진\s*제공|"
    r"출처|자료|인턴기자|"
    r"photo(graph)?( by)?|image( by)?|(source|credit)s?)\s*[:=/]|"
    r"^\(?(additional )?(reporting|writing|editing|compiled|produced) by\b",
    re.IGNORECASE,
)
_CLOSER = re.compile(r"^\s*(reuter|reuters|\(끝\)|-\s*끝\s*-|<\s*끝\s*>|end|###|-30-|ⓒ.*|©.*)\s*$", re.I)
_RIGHTS = re.compile(
    r"(무단\s*전재|재배포\s*금지|저작권자|all rights reserved|copyright\s*(©|\(c\)|\d{4}))", re.IGNORECASE
)
_HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*)+$")  # each tag one way only: no backtracking blow-up
_BRACKET_LABEL = re.compile(r"^\s*[\[【<(]\s*[^\]】>)]{1,12}\s*[\]】>)]\s*\S.{0,40}$")
_PHOTO = re.compile(r"(사진|제공|캡처|자료|그래픽|photo|getty images|image|file photo)", re.IGNORECASE)
_NEWSLETTER = re.compile(r"(sign up for|subscribe to|newsletter|뉴스레터|구독\s*신청|채널\s*추가)", re.I)
# Tip-off and contact lines under Korean broadcast articles ("기사문의 및 제보 : …"), and their English kin.
_CONTACT = re.compile(r"(제보|기사\s*문의|보도\s*자료|문의\s*[:：]|send (us )?tips|contact us|tips@)", re.I)
SENTENCE_END = re.compile(r"[.!?。…다요죠]['\"”’)]*\s*$")
# Headlines end without a full stop even in Korean, where they may end in 다 ("…우치야마다").
_STOP = re.compile(r"[.!?。]['\"”’)]*\s*$")


def is_menu(line: str) -> bool:
    """A line of site chrome: a menu word, a lone symbol or a one- or two-character fragment."""
    s = line.strip()
    if not s or len(s) > _MENU_LEN:
        return False
    if s.casefold() in MENU_WORDS:
        return True
    if len(s) == 1 and not s.isdigit():
        return True  # "X", "|", "▲": nothing an article consists of
    if len(s) == 2 and not s.isalnum():
        return True  # "가+", "<<"; but a two-syllable word ("속보", "제목") may be a headline
    return all(not ch.isalnum() for ch in s)


def list_item_text(line: str) -> str | None:
    """The text of a numbered or bulleted item, or None when the line is not one."""
    if len(line) > _FURNITURE_LEN * 4:
        return None
    match = _LIST_ITEM.match(line)
    return match.group("rest") if match else None


def is_headline_item(line: str) -> bool:
    """A list item that reads like a linked headline: short and not a full sentence."""
    rest = list_item_text(line)
    if rest is None:
        return False
    rest = rest.strip()
    if _SPEAKER.match(rest):
        return False  # "◆ 조원진: …" is an interview turn, not a link
    return len(rest) <= 100 and not _STOP.search(rest)


def is_tail_furniture(line: str) -> bool:
    """Furniture that shows up below an article: footers, credits, counters, share and tip-off lines."""
    s = line.strip()
    if not s or len(s) > _FURNITURE_LEN:
        return False  # article sentences are long; furniture lines are not
    if is_menu(s) or _CLOSER.match(s) or _HASHTAGS.match(s) or LIST_HEADINGS.match(s):
        return True
    if _COUNTER.search(s) and len(s) <= 40:
        return True
    if BROADCAST_SIGNOFF.match(s) or (SIGNOFF.fullmatch(s) is not None):
        return True
    if EMAIL.search(s) and len(s) <= 80:
        return True
    if _CREDIT.match(s) or _RIGHTS.search(s) or (_NEWSLETTER.search(s) and len(s) <= 80):
        return True
    if _CONTACT.search(s) and len(s) <= 60:
        return True
    if s.startswith("※") and len(s) <= 60:
        return True
    return bool(_BRACKET_LABEL.match(s) and (len(s) <= 30 or _PHOTO.search(s)))


# Lines that close an article for good: whatever follows them on a page is other content.
# Searched over the whole text at once ([^\S\n] is whitespace within one line).
_END_MARKER = re.compile(
    r"^[^\S\n]*(?:reuter|\(끝\)|-[^\S\n]*끝[^\S\n]*-)[^\S\n]*$|"
    r"^[^\S\n]*(?:this|the) (?:report|story|article) (?:by|from) [^\n]{2,60}? (?:was )?(?:first )?published\b|"
    r"\breporting by [^\n]{2,80}?;[^\S\n]*editing by\b|"
    r"무단[^\S\n]*전재[^\n]{0,10}재배포[^\S\n]*금지|all rights reserved",
    re.IGNORECASE | re.MULTILINE,
)
_END_MARKER_LINE = 200  # a marker inside a long paragraph is part of the article, not a credit line


def find_end_marker(text: str, pos: int = 0) -> int | None:
    """Start offset of the first line at or after pos that closes the article (wire credit, ©, "(끝)")."""
    for match in _END_MARKER.finditer(text, pos):
        start = text.rfind("\n", 0, match.start()) + 1
        stop = text.find("\n", match.end())
        if (len(text) if stop < 0 else stop) - start <= _END_MARKER_LINE:
            return start
    return None


def is_caption(line: str) -> bool:
    """A photo caption or credit line such as "[사진 출처 : …]" or "(사진=연합뉴스)"."""
    s = line.strip()
    return bool(s) and len(s) <= 80 and s[0] in "[(【<" and bool(_PHOTO.search(s))
