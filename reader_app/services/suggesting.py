"""User actions on suggestions: compute them for an article, accept (one or all of a label), reject."""

from __future__ import annotations

from collections.abc import Iterable

from reader_app.core.model import COMPANY, LABEL_FIELD, SPECULATION, Annotation, Suggestion
from reader_app.core.suggest import suggest
from reader_app.services import annotating, companies
from reader_app.services.errors import UserError
from reader_app.storage import Library, LibraryError, rejections
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store


def raw_suggestions(library: Library, article_id: int) -> list[Suggestion]:
    """What the engines propose for the article's text, before the analyst's decisions are applied."""
    article = article_store.get(article_id)
    if article is None:
        return []
    body = (article.body_start, article.body_end or len(article.text))
    return suggest(article.text, language=article.language, body=body, registry=companies.registry(library))


def pending(library: Library, article_id: int, proposed: Iterable[Suggestion]) -> list[Suggestion]:
    """Drop suggestions the analyst already tagged (any overlap with the same label) or rejected."""
    taken: dict[str, list[tuple[int, int]]] = {}
    for annotation in annotation_store.for_article(article_id):
        taken.setdefault(annotation.label, []).append((annotation.start, annotation.end))
    rejected = rejections.for_article(article_id)
    return [
        s
        for s in proposed
        if (s.label, s.start, s.end) not in rejected
        and not any(s.start < end and start < s.end for start, end in taken.get(s.label, ()))
    ]


def suggestions_for(library: Library, article_id: int) -> list[Suggestion]:
    return pending(library, article_id, raw_suggestions(library, article_id))


def _fields(suggestion: Suggestion) -> dict[str, str]:
    key = LABEL_FIELD.get(suggestion.label)
    return {key: suggestion.fields.get(key, "")} if key and suggestion.fields.get(key) else {}


def accept(library: Library, article_id: int, suggestion: Suggestion, *, annotator: str = "") -> Annotation:
    return annotating.tag_selection(
        library, article_id, suggestion.label, suggestion.start, suggestion.end,
        annotator=annotator, fields=_fields(suggestion),
    )  # fmt: skip


def accept_all(
    library: Library, article_id: int, proposed: Iterable[Suggestion], *, annotator: str = ""
) -> list[Annotation]:
    """Accept every pending suggestion given, in one transaction: all of them are stored or none.

    Every row is read back before the transaction commits, so the count a caller reports is what was stored.
    """
    created = []
    try:
        with library.atomic():
            for suggestion in pending(library, article_id, proposed):
                # pending() is re-checked inside the transaction, so two overlapping suggestions of one label
                # never both become annotations.
                if any(
                    a.label == suggestion.label and a.start < suggestion.end and suggestion.start < a.end
                    for a in created
                ):
                    continue
                created.append(accept(library, article_id, suggestion, annotator=annotator))
    except LibraryError as exc:
        raise UserError(str(exc)) from exc
    return created


def reject(library: Library, article_id: int, suggestion: Suggestion) -> None:
    with library.atomic():
        if article_store.get(article_id) is None:
            raise UserError(f"Article {article_id} no longer exists.")
        rejections.add(article_id, suggestion.label, suggestion.start, suggestion.end, suggestion.text)


def unreject(library: Library, article_id: int, suggestion: Suggestion) -> None:
    with library.atomic():
        rejections.remove(article_id, suggestion.label, suggestion.start, suggestion.end)


def _overlap(suggestion: Suggestion, start: int, end: int) -> float:
    """Intersection over union of two character ranges."""
    inter = min(end, suggestion.end) - max(start, suggestion.start)
    union = max(end, suggestion.end) - min(start, suggestion.start)
    return inter / union if inter > 0 and union > 0 else 0.0


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
        return {key: canonical_for(library, selected)}
    if label == SPECULATION:
        alone = " ".join(selected.split())
        for suggestion in suggest(alone, body=(0, len(alone)), registry=companies.registry(library)):
            if suggestion.label == SPECULATION and suggestion.fields.get(key):
                return {key: suggestion.fields[key]}
    return {}


def canonical_for(library: Library, text: str) -> str:
    """The canonical company for a mention the analyst tags by hand; the text itself when none is known."""
    mention = " ".join(text.split())
    for suggestion in suggest(mention, body=(0, len(mention)), registry=companies.registry(library)):
        if suggestion.label == COMPANY and suggestion.start == 0 and suggestion.end == len(mention):
            return suggestion.fields.get("canonical") or mention
    return mention
