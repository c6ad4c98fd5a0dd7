"""Sentences written for the exchange tests, and helpers that put them into a library as named analysts."""

from __future__ import annotations

import contextlib

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing

# Written for these tests: a cell that starts with a formula character, Korean text, a line break in a quote.
KO_TEXT = (
    "=HYPERLINK 로 시작하는 줄.\n"
    "한빛전자는 내년 배터리 공장을 지을 가능성이 있다.\n"
    '회사 관계자는 "투자 규모는, 아직\n정하지 않았다"고 말했다.\n'
    "-2% 감소한 매출은 다음 분기에 회복될 전망이다.\n"
)
EN_TEXT = (
    "Harbor Chips may open a second plant next year, people familiar with the matter said.\n"
    '"We are not in a hurry," said Dana Kim, the chief executive.\n'
    "The company reported revenue of $2 billion.\n"
)


def add_article(library, text: str, title: str, **meta) -> int:
    doc = ParsedDocument(text=text, title=title, format="txt", encoding="utf-8", **meta)
    return importing.store_document(library, doc).article_id


def tag(library, article_id: int, text: str, phrase: str, label: str, annotator: str = "ana", **fields) -> object:
    start = text.index(phrase)
    return annotating.tag_selection(
        library, article_id, label, start, start + len(phrase), annotator=annotator, fields=fields
    )


@contextlib.contextmanager
def using(path):
    """Open a library file for a block. The storage layer binds one library at a time, so tests that play
    two analysts open their libraries one after the other, as two machines would."""
    from reader_app.storage import open_library

    lib = open_library(path)
    try:
        yield lib
    finally:
        lib.close()
