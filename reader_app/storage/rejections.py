"""Suggestions the analyst rejected, per article, so they are never proposed there again."""

from __future__ import annotations

from reader_app.storage.schema import RejectedSuggestionRow


def add(article_id: int, label: str, start: int, end: int, text: str) -> None:
    RejectedSuggestionRow.insert(
        article=article_id, label=label, start=start, end=end, text=text
    ).on_conflict_ignore().execute()


def remove(article_id: int, label: str, start: int, end: int) -> None:
    RejectedSuggestionRow.delete().where(
        (RejectedSuggestionRow.article == article_id)
        & (RejectedSuggestionRow.label == label)
        & (RejectedSuggestionRow.start == start)
        & (RejectedSuggestionRow.end == end)
    ).execute()


def for_article(article_id: int) -> set[tuple[str, int, int]]:
    rows = RejectedSuggestionRow.select().where(RejectedSuggestionRow.article == article_id)
    return {(r.label, r.start, r.end) for r in rows}
