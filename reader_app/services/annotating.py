"""User actions on annotations: tag a selection (with the fields the engine would give it), edit, delete, restore."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from reader_app.core.anchoring import anchor_for
from reader_app.core.model import COMPANY, LABEL_FIELD, SPECULATION, Annotation, Suggestion
from reader_app.core.suggest import suggest
from reader_app.core.text import utc_now
from reader_app.services import companies, learning
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
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


@uses_library
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
        registry = companies.registry(library) if label == COMPANY else None
        learning.learn_from_tag(library, stored, article.text, suggested=suggested, registry=registry)
    return stored


@uses_library
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


@uses_library
def delete_annotation(library: Library, annotation_id: int) -> Annotation:
    """Delete and return what was deleted, so undo can restore it exactly."""
    with library.atomic():
        current = annotation_store.get(annotation_id)
        if current is None:
            raise UserError(f"Annotation {annotation_id} no longer exists.")
        annotation_store.delete(annotation_id)
    return current


@uses_library
def restore_annotation(library: Library, annotation: Annotation) -> Annotation:
    """Put back a deleted annotation under its old id (undo of delete, redo of create)."""
    with library.atomic():
        if article_store.get(annotation.article_id) is None:
            raise UserError("The article of this annotation was deleted; it cannot be restored.")
        annotation_store.insert(annotation, keep_id=True)
    return annotation


@uses_library
def delete_annotations(library: Library, annotation_ids: list[int]) -> list[Annotation]:
    """Delete several annotations in one transaction (undo of accept-all): all of them or none."""
    with library.atomic():
        return [delete_annotation(library, annotation_id) for annotation_id in annotation_ids]


@uses_library
def restore_annotations(library: Library, annotations: list[Annotation]) -> list[Annotation]:
    """Put back several annotations in one transaction (redo of accept-all): all of them or none."""
    with library.atomic():
        return [restore_annotation(library, annotation) for annotation in annotations]


@uses_library
def annotations_for(library: Library, article_id: int) -> list[Annotation]:
    return annotation_store.for_article(article_id)


def _overlap(suggestion: Suggestion, start: int, end: int) -> float:
    """Intersection over union of two character ranges."""
    inter = min(end, suggestion.end) - max(start, suggestion.start)
    union = max(end, suggestion.end) - min(start, suggestion.start)
    return inter / union if inter > 0 and union > 0 else 0.0


@uses_library
def fields_for_selection(
    library: Library, text: str, label: str, start: int, end: int, proposed: Iterable[Suggestion]
) -> dict[str, str]:
    """The field (canonical, speaker, cue) the engine would give a span the analyst tagged by hand.

    A suggestion of the same label over about the same text lends its field; otherwise a company still gets
    its canonical name and a sentence its cue from the text alone. Empty when nothing fits: the analyst types it.
    """
    key = LABEL_FIELD.get(label)
    if not key:
        return {}
    near = [s for s in proposed if s.label == label and _overlap(s, start, end) >= 0.5 and s.fields.get(key)]
    if near:
        return {key: max(near, key=lambda s: _overlap(s, start, end)).fields[key]}
    selected = text[start:end]
    if label == COMPANY:
        canonical = canonical_for(library, selected)
        return {key: canonical} if canonical else {}  # unknown: the analyst names it, with completion
    if label == SPECULATION:
        alone = " ".join(selected.split())
        for suggestion in suggest(alone, body=(0, len(alone)), registry=companies.registry(library)):
            if suggestion.label == SPECULATION and suggestion.fields.get(key):
                return {key: suggestion.fields[key]}
    return {}


@uses_library
def canonical_for(library: Library, text: str) -> str:
    """The canonical company for a mention the analyst tags by hand; empty when the registry does not know it
    (the selected text is not a canonical name: the analyst gives one)."""
    mention = " ".join(text.split())
    for suggestion in suggest(mention, body=(0, len(mention)), registry=companies.registry(library)):
        if suggestion.label == COMPANY and suggestion.start == 0 and suggestion.end == len(mention):
            return suggestion.fields.get("canonical", "")
    return ""
