"""The article list's filters as SQL over the article table, so the list gets ids and never loads the library."""

from __future__ import annotations

from reader_app.core.article_filter import ArticleFilter
from reader_app.storage import articles, search_index


def condition(wanted: ArticleFilter) -> tuple[str, list] | None:
    """(SQL condition on `article`, parameters) for every facet but search; None when there is none."""
    parts: list[str] = []
    params: list = []
    if wanted.label:
        parts.append("article.id IN (SELECT article_id FROM annotation WHERE label = ?)")
        params.append(wanted.label)
    if wanted.company:
        parts.append(
            "article.id IN (SELECT article_id FROM annotation WHERE label = 'company' "
            "AND json_extract(fields, '$.canonical') = ?)"
        )
        params.append(wanted.company)
    if wanted.annotator:
        parts.append("article.id IN (SELECT article_id FROM annotation WHERE annotator = ?)")
        params.append(wanted.annotator)
    if wanted.unannotated:
        parts.append("NOT EXISTS (SELECT 1 FROM annotation WHERE annotation.article_id = article.id)")
    if wanted.source:
        parts.append("article.source = ?")
        params.append(wanted.source)
    if wanted.published_from:
        parts.append("article.published >= ?")
        params.append(wanted.published_from[:10])
    if wanted.published_to:
        # Dates may carry a time ("2024-05-31T09:00"): compare the date part so the end day is included.
        parts.append("substr(article.published, 1, 10) <= ?")
        params.append(wanted.published_to[:10])
    if wanted.published_from or wanted.published_to:
        parts.append("article.published != ''")
    return (" AND ".join(parts), params) if parts else None


def ids(wanted: ArticleFilter, sort: str = "imported", descending: bool = False, query: str = "") -> list[int]:
    """Ids of the articles that pass every facet (and contain the search text), in display order."""
    found = articles.ids(sort, descending, query, condition(wanted))
    if wanted.search.strip():
        hits = set(search_index.matching_ids(wanted.search))
        found = [i for i in found if i in hits]
    return found


def sources() -> list[str]:
    """Every source in the library, for the source facet's choices."""
    rows = articles.ArticleRow._meta.database.execute_sql(
        "SELECT DISTINCT source FROM article WHERE source != '' ORDER BY lower(source)"
    )
    return [r[0] for r in rows]


def annotators() -> list[str]:
    rows = articles.ArticleRow._meta.database.execute_sql(
        "SELECT DISTINCT annotator FROM annotation WHERE annotator != '' ORDER BY annotator"
    )
    return [r[0] for r in rows]
