"""Queries for the views across the whole library: companies and their mentions, all annotations, monthly counts.

Every list query returns ids (or small aggregate rows); the rows a view shows are read a page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.storage.schema import database

_CANONICAL = "company_canonical"  # the partial index's column (migration 7)
_BATCH = 500  # ids per IN (...): under SQLite's limit on bound parameters


@dataclass(frozen=True)
class CompanyCount:
    canonical: str
    mentions: int
    articles: int


@dataclass(frozen=True)
class AnnotationRowView:
    """One annotation as the library-wide views show it: with its article's title and date."""

    id: int
    article_id: int
    label: str
    text: str
    start: int
    end: int
    fields: str  # JSON
    note: str
    annotator: str
    article_title: str
    article_published: str


def companies() -> list[CompanyCount]:
    """Every canonical company tagged in the library, with its mentions and the articles it appears in."""
    # INDEXED BY: the planner prefers the label index, which reads every company row (4x slower at 1M).
    rows = database.execute_sql(
        f"SELECT {_CANONICAL} AS c, count(*), count(DISTINCT article_id) FROM annotation "
        "INDEXED BY annotation_company_article WHERE label = 'company' "
        f"GROUP BY {_CANONICAL} HAVING c IS NOT NULL AND c != '' ORDER BY count(*) DESC, c"
    )
    return [CompanyCount(*row) for row in rows]


# Sort keys of the annotations view, as SQL over annotation joined to article.
ANNOTATION_SORT = {
    "label": "annotation.label",
    "text": "lower(annotation.text)",
    "field": "annotation.fields",
    "article": "lower(article.title)",
    "date": "article.published",
    "annotator": "annotation.annotator",
    "id": "annotation.id",
}


def annotation_ids(
    *,
    label: str = "",
    company: str = "",
    contains: str = "",
    annotator: str = "",
    article_ids: Sequence[int] | None = None,
    sort: str = "date",
    descending: bool = False,
) -> list[int]:
    """Ids of the annotations passing the filters, in the requested order."""
    conditions, params = [], []
    if label:
        conditions.append("annotation.label = ?")
        params.append(label)
    if company:
        conditions.append(f"annotation.label = 'company' AND {_CANONICAL} = ?")
        params.append(company)
    if contains:
        conditions.append("(annotation.text LIKE ? OR annotation.note LIKE ? OR annotation.fields LIKE ?)")
        params += [f"%{contains}%"] * 3
    if annotator:
        conditions.append("annotation.annotator = ?")
        params.append(annotator)
    order = ANNOTATION_SORT.get(sort, "annotation.id")
    direction = "DESC" if descending else "ASC"
    join = " JOIN article ON article.id = annotation.article_id" if sort in ("article", "date") else ""
    where = (" WHERE " + " AND ".join(conditions)) if conditions else ""
    sql = f"SELECT annotation.id, annotation.article_id FROM annotation{join}{where} ORDER BY {order} {direction}"
    rows = database.execute_sql(f"{sql}, annotation.id {direction}", params)
    if article_ids is None:
        return [r[0] for r in rows]
    wanted = set(article_ids)
    return [r[0] for r in rows if r[1] in wanted]


def annotation_rows(annotation_ids: Sequence[int]) -> dict[int, AnnotationRowView]:
    found: dict[int, AnnotationRowView] = {}
    for at in range(0, len(annotation_ids), _BATCH):
        chunk = list(annotation_ids[at : at + _BATCH])
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(
            'SELECT annotation.id, article_id, label, annotation.text, start, "end", fields, note, annotator, '
            "article.title, article.published FROM annotation JOIN article ON article.id = annotation.article_id "
            f"WHERE annotation.id IN ({marks})",
            chunk,
        )
        found.update((r[0], AnnotationRowView(*r)) for r in rows)
    return found


def monthly_counts(company: str) -> list[tuple[str, int, int]]:
    """(YYYY-MM, mentions of the company, speculative claims in articles mentioning it), oldest first.

    Articles without a date are left out: a chart over time has no place for them.
    """
    rows = database.execute_sql(
        "WITH mentioned AS (SELECT DISTINCT article_id FROM annotation "
        f"WHERE label = 'company' AND {_CANONICAL} = ?) "
        "SELECT substr(article.published, 1, 7) AS month, "
        f"sum(annotation.label = 'company' AND {_CANONICAL} = ?), sum(annotation.label = 'speculation') "
        "FROM annotation JOIN mentioned ON mentioned.article_id = annotation.article_id "
        "JOIN article ON article.id = annotation.article_id "
        "WHERE article.published != '' GROUP BY month ORDER BY month",
        (company, company),
    )
    return [(r[0], r[1] or 0, r[2] or 0) for r in rows]
