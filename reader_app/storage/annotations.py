"""Annotation rows: create, update, delete and restore, and the queries the sidebar and exports need."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

from reader_app.core.model import Annotation
from reader_app.storage.errors import NotStoredError
from reader_app.storage.schema import AnnotationRow

# Built once: peewee takes longer to build a query than SQLite to run these.
_NAMES = [f.name for f in AnnotationRow._meta.sorted_fields]
_SELECT = "SELECT {} FROM annotation".format(", ".join(f'"{f.column_name}"' for f in AnnotationRow._meta.sorted_fields))
_last_read: dict[int, tuple[tuple, list[Annotation]]] = {}  # per thread: the last article read and its key


def _to_annotation(row: dict) -> Annotation:
    """From a row read with .dicts(): plain dicts skip peewee's model objects, which exports feel at 50,000 rows."""
    return Annotation(
        id=row["id"],
        article_id=row["article"],
        label=row["label"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        note=row["note"],
        fields=json.loads(row["fields"] or "{}"),
        annotator=row["annotator"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        anchor_lost=bool(row["anchor_lost"]),
    )


def insert(annotation: Annotation, *, keep_id: bool = False) -> int:
    """Insert (caller holds the transaction). keep_id restores a deleted annotation under its old id (undo)."""
    values = {
        "article": annotation.article_id,
        "label": annotation.label,
        "start": annotation.start,
        "end": annotation.end,
        "text": annotation.text,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        "note": annotation.note,
        "fields": json.dumps(dict(annotation.fields), ensure_ascii=False, sort_keys=True),
        "annotator": annotation.annotator,
        "created_at": annotation.created_at,
        "updated_at": annotation.updated_at,
        "anchor_lost": int(annotation.anchor_lost),
        "company_canonical": _company_canonical(annotation.label, annotation.fields),
    }
    if keep_id:
        values["id"] = annotation.id
    new_id = AnnotationRow.insert(**values).execute()
    # Read back inside the transaction: what the analyst sees as saved is what the file holds.
    stored = AnnotationRow.select(AnnotationRow.start, AnnotationRow.end, AnnotationRow.label, AnnotationRow.text)
    row = stored.where(AnnotationRow.id == new_id).tuples().first()
    if row != (annotation.start, annotation.end, annotation.label, annotation.text):
        raise NotStoredError(f'the library did not keep the annotation "{annotation.text[:40]}"')
    return new_id


def _company_canonical(label: str, fields) -> str | None:
    """What the company index holds for an annotation: its canonical name, for companies only."""
    return (fields.get("canonical") or None) if label == "company" else None


def get(annotation_id: int) -> Annotation | None:
    row = AnnotationRow.select().where(AnnotationRow.id == annotation_id).dicts().first()
    return _to_annotation(row) if row else None


def for_article(article_id: int) -> list[Annotation]:
    """The article's annotations in reading order.

    Opening an article asks from three places (reader, sidebar, suggestions); the answer is kept until the next
    commit on any connection (total_changes, data_version), so it is read once and is never stale.
    """
    database = AnnotationRow._meta.database
    changes = database.execute_sql("SELECT total_changes()").fetchone()[0]
    data_version = database.execute_sql("PRAGMA data_version").fetchone()[0]
    key = (threading.get_ident(), id(database.obj), article_id, changes, data_version)
    cached = _last_read.get(key[0])
    if cached is not None and cached[0] == key:
        return list(cached[1])
    rows = database.execute_sql(_SELECT + ' WHERE article_id = ? ORDER BY start, "end", id', (article_id,))
    found = [_to_annotation(dict(zip(_NAMES, row, strict=True))) for row in rows]
    _last_read[key[0]] = (key, found)
    return list(found)


def exists_span(article_id: int, label: str, start: int, end: int) -> bool:
    return (
        AnnotationRow.select()
        .where(
            (AnnotationRow.article == article_id)
            & (AnnotationRow.label == label)
            & (AnnotationRow.start == start)
            & (AnnotationRow.end == end)
        )
        .exists()
    )


def update(annotation_id: int, *, note: str | None, fields: dict | None, updated_at: str) -> None:
    values: dict = {"updated_at": updated_at}
    if note is not None:
        values["note"] = note
    if fields is not None:
        values["fields"] = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        label = AnnotationRow.select(AnnotationRow.label).where(AnnotationRow.id == annotation_id).scalar()
        values["company_canonical"] = _company_canonical(label or "", fields)
    AnnotationRow.update(**values).where(AnnotationRow.id == annotation_id).execute()


def update_span(annotation_id: int, start: int, end: int, prefix: str, suffix: str, anchor_lost: bool) -> None:
    AnnotationRow.update(start=start, end=end, prefix=prefix, suffix=suffix, anchor_lost=int(anchor_lost)).where(
        AnnotationRow.id == annotation_id
    ).execute()


def delete(annotation_id: int) -> None:
    AnnotationRow.delete().where(AnnotationRow.id == annotation_id).execute()


def for_export(article_id: int | None = None) -> list[Annotation]:
    """Annotations in article order, then reading order."""
    return list(iter_for_export(article_id))


def iter_for_export(article_id: int | None = None) -> Iterator[Annotation]:
    """Annotations in article order, then reading order, streamed from one cursor (bounded memory)."""
    sql, params = _SELECT, tuple[int, ...]()
    if article_id is not None:
        sql, params = sql + " WHERE article_id = ?", (article_id,)
    for row in AnnotationRow._meta.database.execute_sql(sql + ' ORDER BY article_id, start, "end", id', params):
        yield _to_annotation(dict(zip(_NAMES, row, strict=True)))


# Columns in core's csv_export.RECORD order: one joined, streamed query, so an export neither reads each article's
# text nor builds Annotation and Article objects per row.
_EXPORT_SELECT = (
    'SELECT a.title, n.label, n.text, n.start, n."end", n.note, n.fields, a.source, a.url, a.published, '
    "n.annotator, n.created_at, n.article_id, n.id, a.content_hash, n.updated_at, n.prefix, n.suffix "
    "FROM annotation n JOIN article a ON a.id = n.article_id"
)
_EXPORT_ORDER = ' ORDER BY n.article_id, n.start, n."end", n.id'


def iter_export_records(article_ids: list[int] | None = None, labels: list[str] | None = None) -> Iterator[tuple]:
    """Export records (core csv_export.RECORD) in article then reading order, from a cursor (bounded memory).

    article_ids None: every annotation in the library; labels: only those labels.
    """
    database = AnnotationRow._meta.database
    label_sql = " n.label IN ({})".format(", ".join("?" * len(labels))) if labels else ""
    label_params = tuple(labels or ())
    if article_ids is None:
        where = " WHERE" + label_sql if labels else ""
        yield from database.execute_sql(_EXPORT_SELECT + where + _EXPORT_ORDER, label_params)
        return
    wanted = sorted(set(article_ids))
    for at in range(0, len(wanted), 500):  # stay under SQLite's limit on bound parameters
        batch = tuple(wanted[at : at + 500])
        where = " WHERE n.article_id IN ({})".format(", ".join("?" * len(batch)))
        where += " AND" + label_sql if labels else ""
        yield from database.execute_sql(_EXPORT_SELECT + where + _EXPORT_ORDER, batch + label_params)


def for_articles(article_ids: list[int], labels: list[str] | None = None) -> list[Annotation]:
    """One batch of articles' annotations, in article then reading order (exports stream batch by batch)."""
    found: list[Annotation] = []
    for at in range(0, len(article_ids), 500):  # stay under SQLite's limit on bound parameters
        query = AnnotationRow.select().where(AnnotationRow.article.in_(article_ids[at : at + 500]))
        if labels:
            query = query.where(AnnotationRow.label.in_(labels))
        found.extend(_to_annotation(r) for r in query.dicts())
    found.sort(key=lambda a: (a.article_id, a.start, a.end, a.id))
    return found


def by_ids(annotation_ids: list[int]) -> list[Annotation]:
    found: list[Annotation] = []
    for at in range(0, len(annotation_ids), 500):
        query = AnnotationRow.select().where(AnnotationRow.id.in_(annotation_ids[at : at + 500]))
        found.extend(_to_annotation(r) for r in query.dicts())
    return found


def article_ids_of(annotation_ids: list[int]) -> list[int]:
    """The articles a set of annotations belong to, in id order."""
    found: set[int] = set()
    for at in range(0, len(annotation_ids), 500):
        query = AnnotationRow.select(AnnotationRow.article).where(AnnotationRow.id.in_(annotation_ids[at : at + 500]))
        found.update(row["article"] for row in query.dicts())
    return sorted(found)


def annotator_names() -> list[str]:
    rows = AnnotationRow.select(AnnotationRow.annotator).distinct().order_by(AnnotationRow.annotator)
    return [row["annotator"] for row in rows.dicts()]


def for_annotator(annotator: str) -> list[Annotation]:
    query = AnnotationRow.select().where(AnnotationRow.annotator == annotator)
    return [_to_annotation(r) for r in query.order_by(AnnotationRow.article, AnnotationRow.start).dicts()]


_INSERT_SQL = (
    'INSERT INTO "annotation" ("article_id", "label", "start", "end", "text", "prefix", "suffix", "note", "fields", '
    '"annotator", "created_at", "updated_at", "anchor_lost", "company_canonical") '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def insert_many(annotations: list[Annotation]) -> list[int]:
    """Insert many (caller holds the transaction); their new ids in order.

    One prepared statement instead of peewee's per-row query building: an import of 20,000 annotations spent
    most of its time composing SQL.
    """
    database = AnnotationRow._meta.database
    ids = []
    for a in annotations:
        fields = json.dumps(dict(a.fields), ensure_ascii=False, sort_keys=True)
        values = (a.article_id, a.label, a.start, a.end, a.text, a.prefix, a.suffix, a.note, fields)
        cursor = database.execute_sql(
            _INSERT_SQL,
            (
                *values,
                a.annotator,
                a.created_at,
                a.updated_at,
                int(a.anchor_lost),
                _company_canonical(a.label, a.fields),
            ),
        )
        ids.append(cursor.lastrowid)
    return ids
