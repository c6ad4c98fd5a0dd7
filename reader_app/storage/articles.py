"""Article rows: add, fetch, list for the article table, update metadata, delete."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reader_app.core.model import Article, ArticleSummary
from reader_app.storage import search_index
from reader_app.storage.errors import NotStoredError
from reader_app.storage.schema import ArticleRawRow, ArticleRow

_METADATA_FIELDS = [f for name, f in ArticleRow._meta.fields.items() if name != "text"]
# Built once: peewee takes longer to build a query than SQLite to run this one (an export asks per article).
_METADATA_SQL = "SELECT {} FROM article WHERE id = ?".format(", ".join(f'"{f.column_name}"' for f in _METADATA_FIELDS))
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


def insert(values: dict, raw: bytes | None = None, *, index: bool = True) -> int:
    """Insert one article (caller holds the transaction); returns its id.

    index=False: the caller indexes it with `search_index.add_many` before the transaction ends (a batch).
    """
    article_id = ArticleRow.insert(**values).execute()
    if index:
        search_index.add(article_id, values.get("title", ""), values.get("text", ""))
    if raw is not None:
        ArticleRawRow.insert(article=article_id, data=raw).execute()
    # Read back inside the transaction, so an import is reported only once the file really holds it.
    kept = ArticleRow.select(ArticleRow.content_hash).where(ArticleRow.id == article_id).scalar()
    if kept != values.get("content_hash") or (raw is not None and not ArticleRawRow.get_or_none(article=article_id)):
        raise NotStoredError(f'the library did not keep the article "{str(values.get("title", ""))[:40]}"')
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


# Sort keys the article table may ask for, as SQL over the article table only (no join, no text read).
_ORDER = {
    "title": "lower(title)",
    "source": "lower(source)",
    "published": "published",
    "imported": "id",
    "annotations": "coalesce(counts.n, 0)",
}


def ids(
    sort: str = "imported", descending: bool = False, query: str = "", where: tuple[str, list] | None = None
) -> list[int]:
    """Article ids in display order, as plain ints; the table loads each row's fields lazily by id.

    Only a sort by annotation count reads the annotation table. `where` is an extra SQL condition on the
    article table with its parameters (see article_filters.py).
    """
    order = _ORDER.get(sort, "id")
    direction = "DESC" if descending else "ASC"
    conditions, params = [], []
    if query:
        like = f"%{query}%"
        conditions.append("(title LIKE ? OR source LIKE ?)")
        params += [like, like]
    if where is not None:
        conditions.append(where[0])
        params += where[1]
    sql = "SELECT article.id FROM article"
    if sort == "annotations":
        sql += " LEFT JOIN (SELECT article_id, count(*) AS n FROM annotation GROUP BY article_id) AS counts"
        sql += " ON counts.article_id = article.id"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += f" ORDER BY {order} {direction}, article.id {direction}"
    return [row[0] for row in ArticleRow._meta.database.execute_sql(sql, params)]


def summaries(article_ids: Sequence[int]) -> dict[int, ArticleSummary]:
    """List rows for a page of ids: the narrow columns and each one's annotation count, never the text."""
    found: dict[int, ArticleSummary] = {}
    wanted = list(dict.fromkeys(article_ids))
    database = ArticleRow._meta.database
    for at in range(0, len(wanted), 500):
        chunk = wanted[at : at + 500]
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(
            "SELECT id, title, source, published, imported_at, "
            "(SELECT count(*) FROM annotation WHERE annotation.article_id = article.id) "
            f"FROM article WHERE id IN ({marks})",
            chunk,
        )
        found.update((r[0], ArticleSummary(*r)) for r in rows)
    return found


def iter_metadata() -> Iterator[Article]:
    """Every article without its text, in id order, streamed from one cursor (bounded memory, no text read).

    The query runs now, on the library bound to the caller; the rows are read as the result is iterated.
    """
    cursor = ArticleRow._meta.database.execute_sql(_METADATA_SQL.replace(" WHERE id = ?", " ORDER BY id"))
    names = [f.name for f in _METADATA_FIELDS]
    return (Article(text="", **dict(zip(names, row, strict=True))) for row in cursor)


def all_articles() -> list[Article]:
    return [_to_article(r) for r in ArticleRow.select().order_by(ArticleRow.id)]


def count() -> int:
    return ArticleRow.select().count()


def update_fields(article_id: int, values: dict) -> None:
    unknown = set(values) - set(EDITABLE_FIELDS) - {"text", "encoding", "body_start", "body_end", "content_hash"}
    if unknown:
        raise ValueError(f"not an article field: {', '.join(sorted(unknown))}")
    before = _indexed_fields(article_id) if {"title", "text"} & set(values) else None
    if before is not None:
        search_index.remove(article_id, *before)
    ArticleRow.update(**values).where(ArticleRow.id == article_id).execute()
    if before is not None:
        search_index.add(article_id, values.get("title", before[0]), values.get("text", before[1]))


def delete(article_id: int) -> None:
    before = _indexed_fields(article_id)
    if before is not None:
        search_index.remove(article_id, *before)
    ArticleRow.delete().where(ArticleRow.id == article_id).execute()


def _indexed_fields(article_id: int) -> tuple[str, str] | None:
    """(title, text) as the search index holds them; the caller holds the transaction."""
    return ArticleRow.select(ArticleRow.title, ArticleRow.text).where(ArticleRow.id == article_id).tuples().first()


def all_ids() -> list[int]:
    return [row.id for row in ArticleRow.select(ArticleRow.id).order_by(ArticleRow.id)]


def ids_for_url(url: str) -> list[int]:
    return [row.id for row in ArticleRow.select(ArticleRow.id).where(ArticleRow.url == url).order_by(ArticleRow.id)]


def ids_for_title_and_date(title: str, published: str) -> list[int]:
    query = ArticleRow.select(ArticleRow.id).where((ArticleRow.title == title) & (ArticleRow.published == published))
    return [row.id for row in query.order_by(ArticleRow.id)]
