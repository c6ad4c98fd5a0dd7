"""User action: compare analysts' annotations on the articles they both annotated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.core.agreement import AgreementReport, alpha_by_label, compare
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store


@dataclass(frozen=True)
class Agreement:
    report: AgreementReport  # the first two analysts, one against the other
    alpha: dict[str, float | None]  # Krippendorff's alpha per label over every analyst named
    annotators: tuple[str, ...]


@uses_library
def annotators(library: Library) -> list[str]:
    return annotation_store.annotator_names()


@uses_library
def agreement(library: Library, names: Sequence[str]) -> Agreement:
    """P/R/F1 and kappa of names[1] against names[0]; alpha over all names (two or more)."""
    if len(names) < 2 or len(set(names)) != len(names):
        raise UserError("Name two different analysts (or more, for Krippendorff's alpha).")
    known = set(annotation_store.annotator_names())
    for name in names:
        if name not in known:
            shown = ", ".join(repr(n) for n in sorted(known)) or "none yet"
            raise UserError(f"No annotations by '{name}' in {library.path}; the analysts here are: {shown}.")
    by_name = {name: annotation_store.for_annotator(name) for name in names}
    article_ids = sorted({a.article_id for anns in by_name.values() for a in anns})
    texts = {k: v.text for k, v in article_store.by_ids(article_ids).items()}
    report = compare(names[0], names[1], by_name[names[0]], by_name[names[1]], texts)
    return Agreement(report, alpha_by_label(by_name, texts), tuple(names))
