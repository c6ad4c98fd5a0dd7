"""Domain types shared by every layer; plain dataclasses, no Qt and no database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The three labels the app ships with. Labels are data (see storage), these are only the seeds' names.
COMPANY = "company"
QUOTE = "quote"
SPECULATION = "speculation"

# Each built-in label carries one field of its own; the key is also the JSON/CLI key.
LABEL_FIELD = {COMPANY: "canonical", QUOTE: "speaker", SPECULATION: "cue"}


@dataclass(frozen=True)
class Label:
    name: str
    display_name: str
    color: str
    icon: str
    shortcut: str
    field_key: str | None = None
    field_title: str | None = None
    position: int = 0


@dataclass(frozen=True)
class ParsedDocument:
    """What an importer makes of one file or page before it is stored."""

    text: str  # decoded, line endings normalised to "\n", nothing else changed
    title: str
    format: str  # "txt", "md" or "html"
    encoding: str
    source: str = ""
    url: str = ""
    published: str = ""  # ISO 8601, "" when unknown
    byline: str = ""
    section: str = ""
    language: str = ""  # "ko", "en" or ""
    body_start: int = 0
    body_end: int | None = None  # None: to the end of text
    raw: bytes | None = None  # the original bytes, kept to decode again ("Reopen with Encoding") or re-extract
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    text: str
    format: str
    encoding: str
    content_hash: str
    imported_at: str
    source: str = ""
    url: str = ""
    published: str = ""
    byline: str = ""
    section: str = ""
    language: str = ""
    body_start: int = 0
    body_end: int = 0
    source_path: str = ""


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article list: what the list shows, without the text."""

    id: int
    title: str
    source: str
    published: str
    imported_at: str
    annotation_count: int


@dataclass(frozen=True)
class Annotation:
    id: int
    article_id: int
    label: str
    start: int  # code point offsets into Article.text, end exclusive
    end: int
    text: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    annotator: str = ""
    created_at: str = ""
    updated_at: str = ""
    anchor_lost: bool = False  # its text was not found again after the article was re-decoded

    def field_value(self) -> str:
        key = LABEL_FIELD.get(self.label)
        return self.fields.get(key, "") if key else ""


@dataclass(frozen=True)
class Suggestion:
    """A proposed annotation from a suggestion engine."""

    label: str
    start: int
    end: int
    text: str
    fields: Mapping[str, str] = field(default_factory=dict)
    confidence: float = 0.5
    rule: str = ""
