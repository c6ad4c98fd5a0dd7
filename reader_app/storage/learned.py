"""Rows of what the engine learned: companies and cues through their annotations, rejections on their own."""

from __future__ import annotations

import json
from dataclasses import dataclass

from reader_app.core.text import utc_now
from reader_app.storage.schema import AnnotationRow, LearnedItemRow

COMPANY_KIND = "company"
CUE_KIND = "cue"
REJECTION_KIND = "rejection"


@dataclass(frozen=True)
class LearnedRow:
    """One stored row, as undo needs it to put it back exactly."""

    id: int
    kind: str
    annotation_id: int | None
    label: str
    phrase: str
    rule: str
    created_at: str


@dataclass(frozen=True)
class Taught:
    """A company or cue row joined with the annotation that taught it (which must still exist)."""

    row_id: int
    kind: str
    annotation_id: int
    text: str  # the annotation's text
    value: str  # its canonical (company) or cue (speculation), as it is now


def _row(r: LearnedItemRow) -> LearnedRow:
    return LearnedRow(r.id, r.kind, r.annotation_id, r.label, r.phrase, r.rule, r.created_at)


def add_taught(kind: str, annotation_id: int) -> None:
    LearnedItemRow.insert(kind=kind, annotation_id=annotation_id, created_at=utc_now()).execute()


def add_rejection(label: str, phrase: str, rule: str) -> None:
    exists = LearnedItemRow.get_or_none(
        (LearnedItemRow.kind == REJECTION_KIND)
        & (LearnedItemRow.label == label)
        & (LearnedItemRow.phrase == phrase)
        & (LearnedItemRow.rule == rule)
    )
    if exists is None:
        LearnedItemRow.insert(
            kind=REJECTION_KIND, label=label, phrase=phrase, rule=rule, created_at=utc_now()
        ).execute()


def remove_rejection(label: str, phrase: str, rule: str) -> list[LearnedRow]:
    query = LearnedItemRow.select().where(
        (LearnedItemRow.kind == REJECTION_KIND)
        & (LearnedItemRow.label == label)
        & (LearnedItemRow.phrase == phrase)
        & (LearnedItemRow.rule == rule)
    )
    return remove([r.id for r in query])


def rejections() -> list[LearnedRow]:
    query = LearnedItemRow.select().where(LearnedItemRow.kind == REJECTION_KIND).order_by(LearnedItemRow.id)
    return [_row(r) for r in query]


def taught(kind: str) -> list[Taught]:
    """Rows of `kind` whose annotation still exists; an undone or deleted tag teaches nothing."""
    key = "canonical" if kind == COMPANY_KIND else "cue"
    query = (
        LearnedItemRow.select(LearnedItemRow.id, LearnedItemRow.annotation_id, AnnotationRow.text, AnnotationRow.fields)
        .join(AnnotationRow, on=(AnnotationRow.id == LearnedItemRow.annotation_id))
        .where(LearnedItemRow.kind == kind)
        .order_by(LearnedItemRow.id)
        .tuples()
    )
    found = []
    for row_id, annotation_id, text, fields in query:
        value = json.loads(fields or "{}").get(key, "")
        found.append(Taught(row_id, kind, annotation_id, text, value))
    return found


def remove(row_ids: list[int]) -> list[LearnedRow]:
    """Delete rows and return them, so undo can restore them under their ids."""
    if not row_ids:
        return []
    rows = [_row(r) for r in LearnedItemRow.select().where(LearnedItemRow.id.in_(row_ids))]
    LearnedItemRow.delete().where(LearnedItemRow.id.in_(row_ids)).execute()
    return rows


def restore(rows: list[LearnedRow]) -> None:
    for r in rows:
        LearnedItemRow.insert(
            id=r.id, kind=r.kind, annotation_id=r.annotation_id, label=r.label, phrase=r.phrase, rule=r.rule,
            created_at=r.created_at,
        ).on_conflict_ignore().execute()  # fmt: skip
