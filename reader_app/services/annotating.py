"""User actions on annotations: tag a selection, edit fields and notes, delete, restore (undo)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from reader_app.core.anchoring import anchor_for
from reader_app.core.model import Annotation
from reader_app.core.text import utc_now
from reader_app.services import learning
from reader_app.services.errors import UserError
from reader_app.storage import Library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store
from reader_app.storage import labels as label_store


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Selections often catch a space or line break at either edge; the annotation should not."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tag_selection(
    library: Library,
    article_id: int,
    label: str,
    start: int,
    end: int,
    *,
    annotator: str = "",
    fields: Mapping[str, str] | None = None,
    note: str = "",
    suggested: bool = False,
) -> Annotation:
    """Create an annotation over text[start:end] of an article and return it as stored.

    The engine learns from it (a company's name, a hand-tagged sentence's cue) when it passes the plausibility
    checks of core.suggest.learning; `suggested` says it is an accepted suggestion, which teaches no cue.
    """
    article = article_store.get(article_id)
    if article is None:
        raise UserError(f"Article {article_id} no longer exists in the library.")
    if label not in {lab.name for lab in label_store.all_labels()}:
        raise UserError(f"Unknown label '{label}'.")
    start, end = trim_span(article.text, max(0, start), min(len(article.text), end))
    if start >= end:
        raise UserError("Select some text in the article first, then tag it.")
    anchor = anchor_for(article.text, start, end)
    now = utc_now()
    annotation = Annotation(
        id=0,
        article_id=article_id,
        label=label,
        start=start,
        end=end,
        text=article.text[start:end],
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        note=note,
        fields=dict(fields or {}),
        annotator=annotator,
        created_at=now,
        updated_at=now,
    )
    with library.atomic():
        new_id = annotation_store.insert(annotation)
        stored = replace(annotation, id=new_id)
        learning.learn_from_tag(library, stored, article.text, suggested=suggested)
    return stored


def edit_annotation(
    library: Library,
    annotation_id: int,
    *,
    note: str | None = None,
    fields: Mapping[str, str] | None = None,
) -> Annotation:
    """Change an annotation's note and/or fields; returns the stored result."""
    with library.atomic():
        current = annotation_store.get(annotation_id)
        if current is None:
            raise UserError(f"Annotation {annotation_id} no longer exists.")
        merged = None
        if fields is not None:
            merged = {**current.fields, **fields}
            merged = {k: v for k, v in merged.items() if v != ""}
        annotation_store.update(annotation_id, note=note, fields=merged, updated_at=utc_now())
        # What a company or cue tag taught is read through the annotation, so an edited field is learned as is.
        updated = annotation_store.get(annotation_id)
    assert updated is not None
    return updated


def delete_annotation(library: Library, annotation_id: int) -> Annotation:
    """Delete and return what was deleted, so undo can restore it exactly."""
    with library.atomic():
        current = annotation_store.get(annotation_id)
        if current is None:
            raise UserError(f"Annotation {annotation_id} no longer exists.")
        annotation_store.delete(annotation_id)
    return current


def restore_annotation(library: Library, annotation: Annotation) -> Annotation:
    """Put back a deleted annotation under its old id (undo of delete, redo of create)."""
    with library.atomic():
        if article_store.get(annotation.article_id) is None:
            raise UserError("The article of this annotation was deleted; it cannot be restored.")
        annotation_store.insert(annotation, keep_id=True)
    return annotation


def annotations_for(library: Library, article_id: int) -> list[Annotation]:
    return annotation_store.for_article(article_id)
