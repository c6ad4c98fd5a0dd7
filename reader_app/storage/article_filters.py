"""The article list's filters as SQL over the article table, so the list gets ids and never loads the library."""

from __future__ import annotations

from reader_app.core.article_filter import ArticleFilter
from reader_app.storage import articles, search_index
from reader_app.storage.schema import database

# Facets answered from an annotation index alone (a covering scan), as the set of article ids they allow.
_FACET_SQL = {
    "label": "SELECT DISTINCT article_id FROM annotation WHERE label = ?",
    "company": ("SELECT DISTINCT article_id FROM annotation WHERE label = 'company' AND company_canonical = ?"),
    "annotator": "SELECT DISTINCT article_id FROM annotation WHERE annotator = ?",
}


def condition(wanted: ArticleFilter) -> tuple[str, list] | None:
    """(SQL condition on `article`, parameters) for the facets read from the article row; None when none."""
    parts: list[str] = []
    params: list = []
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


def _allowed(wanted: ArticleFilter) -> set[int] | None:
    """Article ids the annotation facets and the search allow (their intersection); None when none is set.

    Each comes from an index scan, and the list's ids are then kept in Python: asking SQLite to join the
    article table instead reads article rows, text and all, one by one (2 s at 100,000 articles).
    """
    allowed: set[int] | None = None
    for facet, value in (("label", wanted.label), ("company", wanted.company), ("annotator", wanted.annotator)):
        if value:
            found = {r[0] for r in database.execute_sql(_FACET_SQL[facet], (value,))}
            allowed = found if allowed is None else allowed & found
    if wanted.search.strip():
        found = set(search_index.matching_ids(wanted.search))
        allowed = found if allowed is None else allowed & found
    return allowed


def ids(wanted: ArticleFilter, sort: str = "imported", descending: bool = False, query: str = "") -> list[int]:
    """Ids of the articles that pass every facet (and contain the search text), in display order."""
    found = articles.ids(sort, descending, query, condition(wanted))
    allowed = _allowed(wanted)
    if allowed is not None:
        found = [i for i in found if i in allowed]
    if wanted.unannotated:
        annotated = {r[0] for r in database.execute_sql("SELECT DISTINCT article_id FROM annotation")}
        found = [i for i in found if i not in annotated]
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
