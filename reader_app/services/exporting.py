"""User actions that write annotations out of the library."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.exporters.csv_export import row_for, write_csv
from reader_app.core.exporters.json_export import document_for, write_json
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store
from reader_app.storage import labels as label_store


@uses_library
def export_csv(library: Library, out_path: Path, *, article_id: int | None = None) -> int:
    """Write every annotation (or one article's) to a CSV file (JSON when the name ends in .json); returns the count."""
    if article_id is not None and article_store.get(article_id) is None:
        raise UserError(f"No article with id {article_id} in {library.path}.")
    annotations = annotation_store.for_export(article_id)
    articles = article_store.by_ids([a.article_id for a in annotations])
    labels = {label.name: label for label in label_store.all_labels()}
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise UserError(f"Cannot write {out_path}: the folder {out_path.parent} does not exist.")
    try:
        if out_path.suffix.lower() == ".json":
            write_json(out_path, document_for(annotations, articles, labels))
        else:
            rows = [row_for(a, articles[a.article_id], labels.get(a.label)) for a in annotations]
            write_csv(out_path, rows)
    except OSError as exc:
        raise UserError(f"Cannot write {out_path}: {exc.strerror or exc}. Choose another place.") from exc
    return len(annotations)
