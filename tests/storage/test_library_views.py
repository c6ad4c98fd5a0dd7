"""Library-wide views: companies with counts, every annotation filtered and sorted, a company month by month."""

from __future__ import annotations

import itertools

import pytest

from reader_app.core.model import Annotation
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store
from reader_app.storage import library_views

ARTICLES = [
    ("KT deal", "2024-05-31", [("company", "KT", "kim"), ("company", "KT", "kim"), ("speculation", "", "lee")]),
    ("Bank rates", "2024-06-02", [("company", "Woori Financial Group", "lee"), ("company", "KT", "")]),
    ("Undated", "", [("company", "KT", "kim"), ("speculation", "", "kim")]),
    ("Other", "2024-06-09", [("speculation", "", "lee")]),
]


@pytest.fixture
def filled(library):
    counter = itertools.count()
    with library.atomic():
        for title, published, notes in ARTICLES:
            article_id = article_store.insert(
                {"title": title, "text": f"{title} text", "published": published,
                 "content_hash": f"h{next(counter)}", "imported_at": "2026-01-01T00:00:00Z"}
            )  # fmt: skip
            for n, (label, canonical, annotator) in enumerate(notes):
                annotation_store.insert(
                    Annotation(id=0, article_id=article_id, label=label, start=n, end=n + 2, text=f"{title}{n}",
                               fields={"canonical": canonical} if canonical else {}, annotator=annotator,
                               created_at="x", updated_at="x")
                )  # fmt: skip
    return library


def test_companies_with_mentions_and_articles(filled):
    assert library_views.companies() == [
        library_views.CompanyCount("KT", 4, 3),
        library_views.CompanyCount("Woori Financial Group", 1, 1),
    ]


def test_annotations_filtered_and_sorted(filled):
    rows = lambda ids: library_views.annotation_rows(ids)  # noqa: E731
    kt = library_views.annotation_ids(company="KT", sort="date")
    assert len(kt) == 4
    found = rows(kt)
    assert [found[i].article_published for i in kt] == ["", "2024-05-31", "2024-05-31", "2024-06-02"]
    assert len(library_views.annotation_ids(label="speculation", annotator="lee")) == 2
    newest_first = library_views.annotation_ids(label="speculation", sort="date", descending=True)
    assert [rows(newest_first)[i].article_title for i in newest_first] == ["Other", "KT deal", "Undated"]
    assert [rows([i])[i].text for i in library_views.annotation_ids(contains="Bank rates1")] == ["Bank rates1"]


def test_monthly_counts_of_a_company_and_the_claims_beside_it(filled):
    # June: one KT mention (Bank rates); "Other" has a claim but no KT, so it does not count.
    assert library_views.monthly_counts("KT") == [("2024-05", 2, 1), ("2024-06", 1, 0)]
