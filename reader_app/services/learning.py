"""What the engine learned from the analyst: learn from a tag or a rejection, list it, forget it, put it back.

A tagged company or cue is learned through its annotation, so undoing the tag undoes the learning and redoing it
brings the learning back. A rejected suggestion (its phrase and rule) is not proposed again in any article of the
library until the analyst forgets the rejection in the Learned dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.core.model import COMPANY, SPECULATION, Annotation, Suggestion
from reader_app.core.suggest import CompanyRegistry
from reader_app.core.suggest.learning import company_alias_problem, cue_problem, normalise_phrase
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import learned as learned_store
from reader_app.storage.learned import COMPANY_KIND, CUE_KIND, REJECTION_KIND, LearnedRow


@dataclass(frozen=True)
class LearnedItem:
    """One line of the Learned dialog (and of the library's JSON export)."""

    kind: str  # "company", "cue" or "rejection"
    phrase: str  # the company's alias, the cue, or the rejected suggestion's text
    value: str  # company: canonical name; rejection: the suggestion's label; cue: ""
    rule: str  # rejection: the rule that proposed it
    row_ids: tuple[int, ...]  # the stored rows behind it (a company tagged in three articles has three)

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "phrase": self.phrase, "value": self.value, "rule": self.rule}


@uses_library
def learn_from_tag(
    library: Library,
    annotation: Annotation,
    article_text: str,
    *,
    suggested: bool,
    registry: CompanyRegistry | None = None,
) -> str:
    """Learn from an annotation just stored (caller holds the transaction); returns why nothing was learned.

    A company is learned when its text is plausible as a name and `registry` (the library's, passed by the
    caller) does not already know it under that canonical name. A cue is learned only from a sentence tagged by
    hand (`suggested` False): accepting a suggestion teaches the engine nothing it did not know.
    """
    before = article_text[max(0, annotation.start - 1) : annotation.start]
    after = article_text[annotation.end : annotation.end + 4]
    if annotation.label == COMPANY:
        problem = company_alias_problem(annotation.text, before, after)
        if problem:
            return problem
        canonical = annotation.fields.get("canonical", "")
        known = registry.lookup(normalise_phrase(annotation.text)) if canonical and registry is not None else None
        if known is not None and known.canonical == canonical:
            return "the registry knows it already"
        learned_store.add_taught(COMPANY_KIND, annotation.id)
        return ""
    if annotation.label == SPECULATION and not suggested:
        cue = annotation.fields.get("cue", "")
        problem = cue_problem(cue, annotation.text) if cue else "it has no cue"
        if problem:
            return problem
        learned_store.add_taught(CUE_KIND, annotation.id)
        return ""
    return "only companies and speculation cues are learned"


@uses_library
def learned_companies(library: Library) -> list[tuple[str, str]]:
    """(alias, canonical) pairs taught by company tags that still exist, oldest first, without repeats."""
    pairs = [(normalise_phrase(t.text), t.value.strip()) for t in learned_store.taught(COMPANY_KIND)]
    return list(dict.fromkeys(p for p in pairs if p[0] and p[1]))


@uses_library
def learned_cues(library: Library) -> list[str]:
    cues = [normalise_phrase(t.value) for t in learned_store.taught(CUE_KIND)]
    return list(dict.fromkeys(c for c in cues if c))


@uses_library
def rejected_keys(library: Library) -> set[tuple[str, str, str]]:
    """(label, phrase, rule) of every suggestion rejected in this library."""
    return {(r.label, r.phrase, r.rule) for r in learned_store.rejections()}


def rejection_key(suggestion: Suggestion) -> tuple[str, str, str]:
    return suggestion.label, normalise_phrase(suggestion.text), suggestion.rule


@uses_library
def learn_rejection(library: Library, suggestion: Suggestion) -> None:
    """Caller holds the transaction."""
    learned_store.add_rejection(*rejection_key(suggestion))


@uses_library
def unlearn_rejection(library: Library, suggestion: Suggestion) -> None:
    """Caller holds the transaction."""
    learned_store.remove_rejection(*rejection_key(suggestion))


@uses_library
def list_learned(library: Library) -> list[LearnedItem]:
    """Everything the engine learned in this library: companies, cues, then rejections."""
    items: list[LearnedItem] = []
    grouped: dict[tuple[str, str, str], list[int]] = {}
    for taught in learned_store.taught(COMPANY_KIND):
        if taught.value.strip():
            key = (COMPANY_KIND, normalise_phrase(taught.text), taught.value.strip())
            grouped.setdefault(key, []).append(taught.row_id)
    for taught in learned_store.taught(CUE_KIND):
        if taught.value.strip():
            grouped.setdefault((CUE_KIND, normalise_phrase(taught.value), ""), []).append(taught.row_id)
    for (kind, phrase, value), ids in grouped.items():
        items.append(LearnedItem(kind, phrase, value, "", tuple(ids)))
    for row in learned_store.rejections():
        items.append(LearnedItem(REJECTION_KIND, row.phrase, row.label, row.rule, (row.id,)))
    return items


@uses_library
def forget(library: Library, item: LearnedItem) -> list[LearnedRow]:
    """Remove a learned item (one write); returns the removed rows so undo can put them back."""
    with library.atomic():
        return learned_store.remove(list(item.row_ids))


@uses_library
def restore(library: Library, rows: list[LearnedRow]) -> None:
    with library.atomic():
        learned_store.restore(rows)


@uses_library
def forget_company(library: Library, canonical: str) -> list[LearnedRow]:
    """Forget every alias tags taught for `canonical` (the Companies dialog's Delete); [] when none was learned."""
    removed: list[LearnedRow] = []
    with library.atomic():
        for item in list_learned(library):
            if item.kind == COMPANY_KIND and item.value == canonical:
                removed += learned_store.remove(list(item.row_ids))
    return removed
