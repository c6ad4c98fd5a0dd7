"""Decide, for each placed annotation, whether it is new, already there, or in conflict with a local one.

Annotations by different analysts on the same span are both kept (that is what agreement compares). The same
analyst's annotation on the same span is the same annotation: identical content is not doubled, different
label, fields or note is a conflict the user decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reader_app.core.model import Annotation

NEW, DUPLICATE, CONFLICT = "new", "duplicate", "conflict"


@dataclass(frozen=True)
class Candidate:
    """An incoming annotation placed on a local article's text."""

    label: str
    start: int
    end: int
    fields: Mapping[str, str]
    note: str
    annotator: str


def _same_content(local: Annotation, candidate: Candidate) -> bool:
    return (
        local.label == candidate.label and dict(local.fields) == dict(candidate.fields) and local.note == candidate.note
    )


class MergeIndex:
    """The annotations of one article by (annotator, span), growing as the import adds to it."""

    def __init__(self, existing: Iterable[Annotation]) -> None:
        self._by_span: dict[tuple[str, int, int], list[Annotation]] = {}
        for annotation in existing:
            self.add(annotation)

    def add(self, annotation: Annotation) -> None:
        self._by_span.setdefault((annotation.annotator, annotation.start, annotation.end), []).append(annotation)

    def classify(self, candidate: Candidate) -> tuple[str, Annotation | None]:
        """(NEW, None), (DUPLICATE, the local twin) or (CONFLICT, the local annotation it disagrees with)."""
        same_span = self._by_span.get((candidate.annotator, candidate.start, candidate.end), [])
        for local in same_span:
            if _same_content(local, candidate):
                return DUPLICATE, local
        if same_span:
            # the local annotation of the same label disagrees on fields or note; else the label itself differs
            same_label = [a for a in same_span if a.label == candidate.label]
            return CONFLICT, (same_label or same_span)[0]
        return NEW, None
