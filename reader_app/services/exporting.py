"""User actions that write annotations out of the library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reader_app.core.exporters.csv_export import row_for, write_csv
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store


@uses_library
def export_csv(library: Library, out_path: Path, *, article_id: int | None = None) -> int:
    """Write every annotation (or one article's) to a CSV file; returns the number of rows."""
    if article_id is not None and article_store.get(article_id) is None:
        raise UserError(f"No article with id {article_id} in {library.path}.")
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise UserError(f"Cannot write {out_path}: the folder {out_path.parent} does not exist.")
    try:
        return write_csv(out_path, _rows(article_id))
    except OSError as exc:
        raise UserError(f"Cannot write {out_path}: {exc.strerror or exc}. Choose another place.") from exc


def _rows(article_id: int | None) -> Iterator[dict[str, str]]:
    """One CSV row per annotation, streamed: annotations come in article order, so one article is held at a time."""
    article = None
    for annotation in annotation_store.iter_for_export(article_id):
        if article is None or article.id != annotation.article_id:
            article = article_store.metadata_by_id(annotation.article_id)
        yield row_for(annotation, article)
