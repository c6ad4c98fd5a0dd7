"""The article list's filters: each facet alone and combined with search, checked against the rows themselves."""

from __future__ import annotations

import itertools

import pytest

from reader_app.core.article_filter import ArticleFilter
from reader_app.core.model import Annotation
from reader_app.storage import annotations as annotation_store
from reader_app.storage import article_filters
from reader_app.storage import articles as article_store

ARTICLES = [
    # title, text, source, published, annotations as (label, canonical, annotator)
    ("KT deal", "KT와 우리금융이 손잡았다.", "연합뉴스", "2024-05-31T09:00", [("company", "KT", "kim")]),
    ("Bank rates", "Rates may rise, analysts said.", "Reuters", "2024-06-01", [("speculation", "", "lee")]),
    ("Quiet day", "Nothing happened in the market.", "Reuters", "2023-12-31", []),
    ("LG news", "LG Uplus and KT compete.", "Korea Herald", "", [("company", "LG Uplus", "kim"), ("quote", "", "")]),
]


@pytest.fixture
def filled(library):
    counter = itertools.count()
    with library.atomic():
        for title, text, source, published, notes in ARTICLES:
            article_id = article_store.insert(
                {"title": title, "text": text, "source": source, "published": published,
                 "content_hash": f"h{next(counter)}", "imported_at": "2026-01-01T00:00:00Z"}
            )  # fmt: skip
            for label, canonical, annotator in notes:
                fields = {"canonical": canonical} if canonical else {}
                annotation_store.insert(
                    Annotation(id=0, article_id=article_id, label=label, start=0, end=2, text=text[:2],
                               fields=fields, annotator=annotator, created_at="x", updated_at="x")
                )  # fmt: skip
    return library


def _titles(ids):
    return sorted(article_store.get(i).title for i in ids)


@pytest.mark.parametrize(
    ("wanted", "titles"),
    [
        (ArticleFilter(), ["Bank rates", "KT deal", "LG news", "Quiet day"]),
        (ArticleFilter(label="company"), ["KT deal", "LG news"]),
        (ArticleFilter(label="speculation"), ["Bank rates"]),
        (ArticleFilter(company="KT"), ["KT deal"]),
        (ArticleFilter(source="Reuters"), ["Bank rates", "Quiet day"]),
        (ArticleFilter(published_from="2024-01-01"), ["Bank rates", "KT deal"]),
        (ArticleFilter(published_to="2024-05-31"), ["KT deal", "Quiet day"]),
        (ArticleFilter(published_from="2024-05-31", published_to="2024-05-31"), ["KT deal"]),
        (ArticleFilter(annotator="kim"), ["KT deal", "LG news"]),
        (ArticleFilter(unannotated=True), ["Quiet day"]),
        (ArticleFilter(search="KT"), ["KT deal", "LG news"]),
        (ArticleFilter(search="KT", company="LG Uplus"), ["LG news"]),
        (ArticleFilter(search="market", source="Reuters", unannotated=True), ["Quiet day"]),
        (ArticleFilter(search="KT", label="speculation"), []),
    ],
)
def test_each_filter_and_their_combinations(filled, wanted, titles):
    assert _titles(article_filters.ids(wanted)) == titles


def test_filters_keep_the_requested_order(filled):
    ids = article_filters.ids(ArticleFilter(source="Reuters"), sort="published", descending=True)
    assert [article_store.get(i).published for i in ids] == ["2024-06-01", "2023-12-31"]


def test_the_choices_offered_come_from_the_library(filled):
    assert article_filters.sources() == ["Korea Herald", "Reuters", "연합뉴스"]
    assert article_filters.annotators() == ["kim", "lee"]
