"""User actions that look across the whole library: companies, all annotations, a company over time."""

from __future__ import annotations

from collections.abc import Sequence

from reader_app.services.uses_library import uses_library
from reader_app.storage import Library, library_views
from reader_app.storage.library_views import AnnotationRowView, CompanyCount

__all__ = ["AnnotationRowView", "CompanyCount", "annotation_ids", "annotation_rows", "companies", "monthly_counts"]


@uses_library
def companies(library: Library) -> list[CompanyCount]:
    return library_views.companies()


@uses_library
def annotation_ids(library: Library, **filters) -> list[int]:
    """Annotation ids by label, company, text contained, annotator, articles; sorted by `sort`."""
    return library_views.annotation_ids(**filters)


@uses_library
def annotation_rows(library: Library, ids: Sequence[int]) -> dict[int, AnnotationRowView]:
    return library_views.annotation_rows(ids)


@uses_library
def monthly_counts(library: Library, company: str) -> list[tuple[str, int, int]]:
    return library_views.monthly_counts(company)
