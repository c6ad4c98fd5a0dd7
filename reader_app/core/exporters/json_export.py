"""Annotations as JSON: one object per article with its annotations, labels named as the analyst named them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader_app.core.atomic_write import write_bytes_atomically
from reader_app.core.model import Annotation, Article, Label


def document_for(
    annotations: Iterable[Annotation], articles: Mapping[int, Article], labels: Mapping[str, Label]
) -> dict:
    by_article: dict[int, list[dict]] = {}
    for annotation in annotations:
        label = labels.get(annotation.label)
        by_article.setdefault(annotation.article_id, []).append(
            {
                "id": annotation.id,
                "label": annotation.label,
                "label_name": label.display_name if label else annotation.label,
                "text": annotation.text,
                "start": annotation.start,
                "end": annotation.end,
                "note": annotation.note,
                "fields": dict(annotation.fields),
                "annotator": annotation.annotator,
                "created_at": annotation.created_at,
            }
        )
    return {
        "labels": [
            {
                "label": label.name,
                "name": label.display_name,
                "color": label.color,
                "field": label.field_key,
                "field_name": label.field_title,
            }
            for label in labels.values()
        ],
        "articles": [
            {
                "id": article_id,
                "title": articles[article_id].title,
                "source": articles[article_id].source,
                "url": articles[article_id].url,
                "published": articles[article_id].published,
                "annotations": items,
            }
            for article_id, items in by_article.items()
        ],
    }


def write_json(path: Path, document: dict) -> None:
    write_bytes_atomically(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
