"""Annotations as W3C Web Annotation JSON, bundled with their articles: the lossless exchange format.

The file is one AnnotationCollection with its first page embedded (`first.items`), so generic Web Annotation
tools read it. Each annotation's target is its article (a content-hash IRI) with a TextQuoteSelector (exact,
prefix, suffix) and a TextPositionSelector (code points, end exclusive, as the model asks); the body holds the
label (purpose "tagging"), each field (purpose "describing", named by `reader:field`) and the note (purpose
"commenting"). What the model has no word for sits under the `reader:` prefix. Rows stream: the writer never
holds more than one annotation or article in memory.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from pathlib import Path

from reader_app.core.atomic_write import open_atomically
from reader_app.core.model import Annotation, Article, Label

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
READER_NS = "urn:reader-app:ns:"
FORMAT_NAME = "reader-annotations"
FORMAT_VERSION = 1
ARTICLE_IRI_PREFIX = "urn:reader-app:article:sha256:"
# Article metadata carried in the bundle; text is added beside it, imported_at and source_path stay local.
ARTICLE_KEYS = ("title", "format", "encoding", "source", "url", "published", "byline", "section", "language")


def article_iri(content_hash: str) -> str:
    return ARTICLE_IRI_PREFIX + content_hash


def annotation_to_w3c(annotation: Annotation, article: Article, label_name: str | None = None) -> dict:
    tag: dict = {"type": "TextualBody", "purpose": "tagging", "value": annotation.label}
    if label_name:
        tag["reader:labelName"] = label_name  # the label as the analyst named it (Annotate › Labels…)
    body: list[dict] = [tag]
    for key in sorted(annotation.fields):
        body.append(
            {"type": "TextualBody", "purpose": "describing", "value": annotation.fields[key], "reader:field": key}
        )
    if annotation.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.note})
    item: dict = {
        "@context": ANNO_CONTEXT,
        "id": "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{article.content_hash}/{annotation.id}")),
        "type": "Annotation",
        "motivation": "classifying",
        "body": body,
        "target": {
            "source": article_iri(article.content_hash),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.text,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
            ],
            # what matches the article when the bundle leaves the text out (--no-articles)
            "reader:articleUrl": article.url,
            "reader:articleTitle": article.title,
            "reader:articlePublished": article.published,
        },
    }
    if annotation.annotator:
        item["creator"] = {"type": "Person", "name": annotation.annotator}
    # the model's date-time needs a timezone; an empty stamp is left out rather than written invalid
    if annotation.created_at:
        item["created"] = annotation.created_at
    if annotation.updated_at:
        item["modified"] = annotation.updated_at
    if annotation.anchor_lost:
        item["reader:anchorLost"] = True
    return item


def article_to_json(article: Article) -> dict:
    entry: dict[str, object] = {"id": article_iri(article.content_hash), "contentHash": article.content_hash}
    entry.update({key: getattr(article, key) for key in ARTICLE_KEYS})
    entry["bodyStart"] = article.body_start
    entry["bodyEnd"] = article.body_end
    entry["text"] = article.text
    return entry


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def write_json(
    path: Path,
    pairs: Iterable[tuple[Annotation, Article]],
    articles: Iterable[Article] | None = None,
    *,
    collection_id: str | None = None,
    labels: Iterable[Label] = (),
) -> int:
    """Stream annotations (and, unless articles is None, the articles) into `path` atomically; returns the count.

    `articles` is consumed after every annotation is written, so a caller may fill it lazily from the ids seen.
    """
    head: dict[str, object] = {
        "@context": [ANNO_CONTEXT, {"reader": READER_NS}],
        "id": collection_id or "urn:uuid:" + str(uuid.uuid4()),
        "type": "AnnotationCollection",
        "label": "Reader annotations",
        "reader:format": FORMAT_NAME,
        "reader:version": FORMAT_VERSION,
    }
    labels = list(labels)
    if labels:  # the library's labels, the analyst's own among them, so a colleague sees the same names
        head["reader:labels"] = [
            {"name": x.name, "displayName": x.display_name, "color": x.color, "field": x.field_key,
             "fieldTitle": x.field_title}
            for x in labels
        ]  # fmt: skip
    names = {x.name: x.display_name for x in labels}
    count = 0
    with open_atomically(path, honour_umask=True) as out:

        def put(text: str) -> None:
            out.write(text.encode("utf-8"))

        put(_dump(head)[:-1])  # the head object without its closing brace; the rest streams after it
        page = {"id": f"{head['id']}#page-1", "type": "AnnotationPage", "startIndex": 0}
        put(', "first": ' + _dump(page)[:-1] + ', "items": [')
        for annotation, article in pairs:
            item = annotation_to_w3c(annotation, article, names.get(annotation.label))
            put(("\n" if count == 0 else ",\n") + _dump(item))
            count += 1
        put("\n]}")
        if articles is not None:
            put(', "reader:articles": [')
            for n, article in enumerate(articles):
                put(("\n" if n == 0 else ",\n") + _dump(article_to_json(article)))
            put("\n]")
        put(f', "total": {count}}}\n')
    return count
