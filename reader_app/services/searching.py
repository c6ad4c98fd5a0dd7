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


def hits(library: Library, article_ids: list[int], query: str) -> Iterator[SearchHit]:
    """Snippets for the given found articles, read a batch at a time (a results view asks page by page)."""
    wanted = normalise_query(query)
    for at in range(0, len(article_ids), 200):
        with library.bound():  # a generator outlives the call: bind for each read, not across the yields
            found = article_store.by_ids(article_ids[at : at + 200])
        for article_id in article_ids[at : at + 200]:
            article = found.get(article_id)
            if article is None:
                continue
            text, start, end = snippet(article.text, wanted)
            yield SearchHit(article_id, article.title, text, (start, end), find_hit(article.text, wanted))


def search(library: Library, query: str) -> Iterator[SearchHit]:
    """Every matching article with a snippet, in id order."""
    return hits(library, matching_ids(library, query), query)
