"""Article rows: add, fetch, list for the article table, update metadata, delete."""

from __future__ import annotations

from collections.abc import Sequence

from peewee import JOIN, fn

from reader_app.core.model import Article, ArticleSummary
from reader_app.storage.schema import AnnotationRow, ArticleRawRow, ArticleRow

# Sort keys the article table may ask for, mapped to SQL expressions.
_SORT = {
    "title": fn.lower(ArticleRow.title),
    "source": fn.lower(ArticleRow.source),
    "published": ArticleRow.published,
    "imported": ArticleRow.id,
    "annotations": fn.COUNT(AnnotationRow.id),
}

EDITABLE_FIELDS = ("title", "source", "url", "published", "byline", "section", "language")


def _to_article(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        title=row.title,
        text=row.text,
        format=row.format,
        encoding=row.encoding,
        content_hash=row.content_hash,
        imported_at=row.imported_at,
        source=row.source,
        url=row.url,
        published=row.published,
        byline=row.byline,
        section=row.section,
        language=row.language,
        body_start=row.body_start,
        body_end=row.body_end,
        source_path=row.source_path,
    )


def insert(values: dict, raw: bytes | None = None) -> int:
    """Insert one article (caller holds the transaction); returns its id."""
    article_id = ArticleRow.insert(**values).execute()
    if raw is not None:
        ArticleRawRow.insert(article=article_id, data=raw).execute()
    return article_id


def get(article_id: int) -> Article | None:
    row = ArticleRow.get_or_none(ArticleRow.id == article_id)
    return _to_article(row) if row else None


def by_ids(article_ids: Sequence[int]) -> dict[int, Article]:
    """Many articles in a few queries (exports), instead of one query per article."""
    found: dict[int, Article] = {}
    wanted = list(dict.fromkeys(article_ids))
    for at in range(0, len(wanted), 500):  # stay under SQLite's limit on bound parameters
        for row in ArticleRow.select().where(ArticleRow.id.in_(wanted[at : at + 500])):
            found[row.id] = _to_article(row)
    return found


def id_for_hash(content_hash: str) -> int | None:
    row = ArticleRow.select(ArticleRow.id).where(ArticleRow.content_hash == content_hash).first()
    return row.id if row else None


def raw_bytes(article_id: int) -> bytes | None:
    row = ArticleRawRow.get_or_none(ArticleRawRow.article == article_id)
    return bytes(row.data) if row else None


def ids(sort: str = "imported", descending: bool = False, query: str = "") -> list[int]:
    """Article ids in display order; the table loads each row's fields lazily by id."""
    order = _SORT.get(sort, _SORT["imported"])
    select = (
        ArticleRow.select(ArticleRow.id)
        .join(AnnotationRow, JOIN.LEFT_OUTER)
        .group_by(ArticleRow.id)
        .order_by(order.desc() if descending else order.asc(), ArticleRow.id)
    )
    if query:
        like = f"%{query}%"
        select = select.where(ArticleRow.title**like | ArticleRow.source**like)
    return [row.id for row in select]


def summaries(article_ids: Sequence[int]) -> dict[int, ArticleSummary]:
    if not article_ids:
        return {}
    count = fn.COUNT(AnnotationRow.id).alias("n")
    rows = (
        ArticleRow.select(
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.source,
            ArticleRow.published,
            ArticleRow.imported_at,
            count,
        )
        .join(AnnotationRow, JOIN.LEFT_OUTER)
        .where(ArticleRow.id.in_(list(article_ids)))
        .group_by(ArticleRow.id)
    )
    return {r.id: ArticleSummary(r.id, r.title, r.source, r.published, r.imported_at, r.n) for r in rows}


def all_articles() -> list[Article]:
    return [_to_article(r) for r in ArticleRow.select().order_by(ArticleRow.id)]


def count() -> int:
    return ArticleRow.select().count()


def update_fields(article_id: int, values: dict) -> None:
    unknown = set(values) - set(EDITABLE_FIELDS) - {"text", "encoding", "body_start", "body_end", "content_hash"}
    if unknown:
        raise ValueError(f"not an article field: {', '.join(sorted(unknown))}")
    ArticleRow.update(**values).where(ArticleRow.id == article_id).execute()


def delete(article_id: int) -> None:
    ArticleRow.delete().where(ArticleRow.id == article_id).execute()


def all_ids() -> list[int]:
    return [row.id for row in ArticleRow.select(ArticleRow.id).order_by(ArticleRow.id)]


def ids_for_url(url: str) -> list[int]:
    return [row.id for row in ArticleRow.select(ArticleRow.id).where(ArticleRow.url == url).order_by(ArticleRow.id)]


def ids_for_title_and_date(title: str, published: str) -> list[int]:
    query = ArticleRow.select(ArticleRow.id).where((ArticleRow.title == title) & (ArticleRow.published == published))
    return [row.id for row in query.order_by(ArticleRow.id)]
