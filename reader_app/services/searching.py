"""User actions that search the library: full-text search over titles and bodies, with snippets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reader_app.core.search_text import find_hit, normalise_query, snippet
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library, search_index
from reader_app.storage import articles as article_store


@dataclass(frozen=True)
class SearchHit:
    """One article found: where the first hit is in its stored text (-1 when only the title matched)."""

    article_id: int
    title: str
    snippet: str
    snippet_hit: tuple[int, int]  # the hit's bounds inside `snippet`, for highlighting
    offset: int


@uses_library
def matching_ids(library: Library, query: str) -> list[int]:
    """Ids of every article whose title or text contains the query (case, NFC and NBSP folded)."""
    return search_index.matching_ids(query)


@uses_library
def hits(library: Library, article_ids: list[int], query: str) -> list[SearchHit]:
    """Snippets for a page of found articles (a results view asks page by page), in the order given."""
    wanted = normalise_query(query)
    found = article_store.by_ids(article_ids)
    result = []
    for article_id in article_ids:
        article = found.get(article_id)
        if article is not None:
            text, start, end = snippet(article.text, wanted)
            result.append(SearchHit(article_id, article.title, text, (start, end), find_hit(article.text, wanted)))
    return result


@uses_library
def search(library: Library, query: str) -> Iterator[SearchHit]:
    """Every matching article with a snippet, in id order, read a page at a time (bounded memory)."""
    return _pages(library, search_index.matching_ids(query), query)


def _pages(library: Library, article_ids: list[int], query: str) -> Iterator[SearchHit]:
    for at in range(0, len(article_ids), 200):
        yield from hits(library, article_ids[at : at + 200], query)  # each page binds the library itself
