"""What a colleague's file holds once read: articles and annotations as plain values, not yet placed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


class ExchangeFormatError(Exception):
    """A file that is not a Reader export (or is damaged): one message naming the file and what is wrong."""


@dataclass(frozen=True)
class IncomingArticle:
    content_hash: str
    title: str
    text: str
    format: str = "txt"
    encoding: str = "utf-8"
    source: str = ""
    url: str = ""
    published: str = ""
    byline: str = ""
    section: str = ""
    language: str = ""
    body_start: int = 0
    body_end: int = 0


@dataclass(frozen=True)
class IncomingAnnotation:
    row: int  # where it is in the file (CSV line, or item number in JSON), for the report
    label: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    annotator: str = ""
    created_at: str = ""
    updated_at: str = ""
    anchor_lost: bool = False
    article_hash: str = ""
    article_url: str = ""
    article_title: str = ""
    article_published: str = ""


@dataclass(frozen=True)
class ExchangeFile:
    kind: str  # "json" or "csv"
    annotations: tuple[IncomingAnnotation, ...]
    articles: tuple[IncomingArticle, ...] = ()


def check_rows(name: str, problems: list[str], total: int) -> None:
    """Any malformed row rejects the whole file: half an import is worse than none, and one message says why."""
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ExchangeFormatError(
            f"{name}: {len(problems)} of {total} rows are malformed, first {problems[0]}{more}. "
            "Nothing was imported; export the file again from Reader."
        )
