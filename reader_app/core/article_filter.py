"""What the article list is narrowed to: search text, title filter and the facets, combinable, Qt-free."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleFilter:
    """Every field left empty means "any"; set fields combine with AND."""

    search: str = ""  # full text: title or body contains it
    label: str = ""  # has at least one annotation of this label
    company: str = ""  # has a company annotation resolved to this canonical name
    source: str = ""  # published by exactly this source
    published_from: str = ""  # ISO date, inclusive
    published_to: str = ""  # ISO date, inclusive
    annotator: str = ""  # has an annotation made by this annotator
    unannotated: bool = False  # has no annotation at all

    def is_empty(self) -> bool:
        return self == ArticleFilter()
