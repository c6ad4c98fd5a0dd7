"""The hub: a typed Change announced once reaches every narrower signal the panes listen to."""

from __future__ import annotations

from reader_app.ui.hub import Change


def _record(hub) -> list:
    seen: list = []
    hub.changed.connect(lambda change, article_id: seen.append(("changed", change, article_id)))
    hub.articles_changed.connect(lambda: seen.append(("articles_changed",)))
    hub.annotations_changed.connect(lambda article_id: seen.append(("annotations_changed", article_id)))
    hub.article_selected.connect(lambda article_id: seen.append(("article_selected", article_id)))
    return seen


def test_annotations_of_one_article(hub):
    seen = _record(hub)
    hub.announce(Change.ANNOTATIONS, 4)
    assert seen == [("changed", Change.ANNOTATIONS, 4), ("annotations_changed", 4)]


def test_rejections_refresh_like_annotations(hub):
    seen = _record(hub)
    hub.announce(Change.REJECTIONS, 4)
    assert seen == [("changed", Change.REJECTIONS, 4), ("annotations_changed", 4)]


def test_one_articles_text_or_metadata_reloads_it(hub):
    seen = _record(hub)
    hub.announce(Change.ARTICLE, 9)
    assert seen == [("changed", Change.ARTICLE, 9), ("articles_changed",), ("article_selected", 9)]


def test_articles_added_or_removed_reload_the_list(hub):
    seen = _record(hub)
    hub.announce(Change.ARTICLES)
    assert seen == [("changed", Change.ARTICLES, 0), ("articles_changed",)]


def test_a_replaced_library_deselects_then_reloads(hub):
    seen = _record(hub)
    hub.announce(Change.LIBRARY)
    assert seen == [("changed", Change.LIBRARY, 0), ("article_selected", 0), ("articles_changed",)]


def test_the_registry_is_announced_only_as_itself(hub):
    seen = _record(hub)
    hub.announce(Change.COMPANIES)
    assert seen == [("changed", Change.COMPANIES, 0)]


def test_nothing_announces_nothing(hub):
    seen = _record(hub)
    hub.announce(Change.NOTHING, 3)
    assert seen == []
