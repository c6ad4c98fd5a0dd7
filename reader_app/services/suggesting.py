"""User actions on suggestions: compute them for an article, accept (one or all of a label), reject."""

from __future__ import annotations

from collections.abc import Iterable

from reader_app.core.model import LABEL_FIELD, Annotation, Suggestion
from reader_app.core.suggest import suggest
from reader_app.core.suggest.learning import learned_cue_suggestions
from reader_app.services import annotating, companies, learning
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library, rejections
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store


@uses_library
def raw_suggestions(library: Library, article_id: int) -> list[Suggestion]:
    """What the engines propose for the article's text, before the analyst's decisions are applied."""
    article = article_store.get(article_id)
    if article is None:
        return []
    body = (article.body_start, article.body_end or len(article.text))
    found = suggest(
        article.text, language=article.language, body=body, registry=companies.registry(library), title=article.title
    )
    taught = learned_cue_suggestions(article.text, body, learning.learned_cues(library), found)
    return sorted(found + taught, key=lambda s: (s.start, s.end, s.label)) if taught else found


@uses_library
def pending(library: Library, article_id: int, proposed: Iterable[Suggestion]) -> list[Suggestion]:
    """Drop suggestions the analyst already tagged (any overlap with the same label) or rejected.

    Rejected means in this article by position, or by phrase and rule when it was rejected in another article:
    in the article where the analyst rejected one mention of a phrase, its other mentions are still proposed,
    since each occurrence is its own decision (the guide tags every occurrence separately).
    """
    proposed = list(proposed)
    taken: dict[str, list[tuple[int, int]]] = {}
    for annotation in annotation_store.for_article(article_id):
        taken.setdefault(annotation.label, []).append((annotation.start, annotation.end))
    rejected = rejections.for_article(article_id)
    decided_here = {learning.rejection_key(s) for s in proposed if (s.label, s.start, s.end) in rejected}
    rejected_elsewhere = learning.rejected_keys(library) - decided_here
    return [
        s
        for s in proposed
        if (s.label, s.start, s.end) not in rejected
        and learning.rejection_key(s) not in rejected_elsewhere
        and not any(s.start < end and start < s.end for start, end in taken.get(s.label, ()))
    ]


@uses_library
def suggestions_for(library: Library, article_id: int) -> list[Suggestion]:
    return pending(library, article_id, raw_suggestions(library, article_id))


def _fields(suggestion: Suggestion) -> dict[str, str]:
    key = LABEL_FIELD.get(suggestion.label)
    return {key: suggestion.fields.get(key, "")} if key and suggestion.fields.get(key) else {}


@uses_library
def accept(library: Library, article_id: int, suggestion: Suggestion, *, annotator: str = "") -> Annotation:
    return annotating.tag_selection(
        library, article_id, suggestion.label, suggestion.start, suggestion.end,
        annotator=annotator, fields=_fields(suggestion), suggested=True,
    )  # fmt: skip


@uses_library
def accept_all(
    library: Library, article_id: int, proposed: Iterable[Suggestion], *, annotator: str = ""
) -> list[Annotation]:
    """Accept every pending suggestion given, in one transaction: all of them are stored or none.

    Every row is read back before the transaction commits, so the count a caller reports is what was stored.
    """
    created: list[Annotation] = []
    with library.atomic():
        for suggestion in pending(library, article_id, proposed):
            # pending() is re-checked inside the transaction, so two overlapping suggestions of one label
            # never both become annotations.
            if any(
                a.label == suggestion.label and a.start < suggestion.end and suggestion.start < a.end for a in created
            ):
                continue
            created.append(accept(library, article_id, suggestion, annotator=annotator))
    return created


@uses_library
def reject(library: Library, article_id: int, suggestion: Suggestion) -> None:
    with library.atomic():
        if article_store.get(article_id) is None:
            raise UserError(f"Article {article_id} no longer exists.")
        rejections.add(article_id, suggestion.label, suggestion.start, suggestion.end, suggestion.text)
        learning.learn_rejection(library, suggestion)


@uses_library
def unreject(library: Library, article_id: int, suggestion: Suggestion) -> None:
    with library.atomic():
        rejections.remove(article_id, suggestion.label, suggestion.start, suggestion.end)
        learning.unlearn_rejection(library, suggestion)
