"""User actions that write annotations out of the library: CSV for spreadsheets, W3C JSON for colleagues."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader_app.core.exporters.csv_export import RECORD, write_csv_records
from reader_app.core.exporters.w3c_json import write_json
from reader_app.core.model import Annotation, Article
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store

# Articles are read this many at a time: memory stays bounded however large the library is.
_ARTICLE_BATCH = 100
FORMATS = {".csv": "csv", ".json": "json"}


@dataclass(frozen=True)
class ExportScope:
    """What to export: one article, a list of articles or annotations (the current filter), or everything."""

    article_ids: Sequence[int] | None = None
    annotation_ids: Sequence[int] | None = None
    labels: Sequence[str] | None = None

    def articles(self) -> list[int]:
        if self.annotation_ids is not None:
            return annotation_store.article_ids_of(list(self.annotation_ids))
        if self.article_ids is not None:
            return sorted(set(self.article_ids))
        return article_store.all_ids()


def _scope(library: Library, article_id, article_ids, annotation_ids, labels) -> ExportScope:
    if article_id is not None:
        if article_store.get(article_id) is None:
            raise UserError(f"No article with id {article_id} in {library.path}.")
        article_ids = [article_id]
    if labels:
        known = {lab.name for lab in _labels()}
        unknown = [name for name in labels if name not in known]
        if unknown:
            raise UserError(f"Unknown label '{unknown[0]}'; the labels are: {', '.join(sorted(known))}.")
    return ExportScope(article_ids, annotation_ids, list(labels) if labels else None)


def _labels():
    from reader_app.storage import labels as label_store

    return label_store.all_labels()


def iter_pairs(scope: ExportScope, seen: list[int] | None = None) -> Iterator[tuple[Annotation, Article]]:
    """(annotation, its article) in article then reading order, read batch by batch; `seen` collects article ids."""
    wanted = set(scope.annotation_ids) if scope.annotation_ids is not None else None
    ids = scope.articles()
    for at in range(0, len(ids), _ARTICLE_BATCH):
        batch = ids[at : at + _ARTICLE_BATCH]
        articles = article_store.by_ids(batch)
        for annotation in annotation_store.for_articles(batch, list(scope.labels) if scope.labels else None):
            if wanted is not None and annotation.id not in wanted:
                continue
            if seen is not None and (not seen or seen[-1] != annotation.article_id):
                seen.append(annotation.article_id)
            yield annotation, articles[annotation.article_id]


_ANNOTATION_ID = RECORD.index("annotation_id")


def _export_records(scope: ExportScope) -> Iterator[tuple]:
    """The scope's CSV records (one streamed query for the whole library), in the order iter_pairs gives."""
    labels = list(scope.labels) if scope.labels else None
    if scope.annotation_ids is None and scope.article_ids is None:
        yield from annotation_store.iter_export_records(None, labels)
        return
    wanted = set(scope.annotation_ids) if scope.annotation_ids is not None else None
    for record in annotation_store.iter_export_records(scope.articles(), labels):
        if wanted is None or record[_ANNOTATION_ID] in wanted:
            yield record


def _iter_articles(ids: list[int]) -> Iterator[Article]:
    for at in range(0, len(ids), _ARTICLE_BATCH):
        batch = article_store.by_ids(ids[at : at + _ARTICLE_BATCH])
        for article_id in ids[at : at + _ARTICLE_BATCH]:
            yield batch[article_id]


def _check_folder(out_path: Path) -> None:
    if not out_path.parent.is_dir():
        raise UserError(f"Cannot write {out_path}: the folder {out_path.parent} does not exist.")


@uses_library
def export_csv(
    library: Library,
    out_path: Path,
    *,
    article_id: int | None = None,
    article_ids: Sequence[int] | None = None,
    annotation_ids: Sequence[int] | None = None,
    labels: Sequence[str] | None = None,
    bom: bool = True,
) -> int:
    """Write the scope's annotations to a CSV file; returns the number of rows."""
    scope = _scope(library, article_id, article_ids, annotation_ids, labels)
    out_path = Path(out_path)
    _check_folder(out_path)
    by_name = {label.name: label for label in _labels()}
    try:
        return write_csv_records(out_path, _export_records(scope), by_name, bom=bom)
    except OSError as exc:
        raise UserError(f"Cannot write {out_path}: {exc.strerror or exc}. Choose another place.") from exc


@uses_library
def export_json(
    library: Library,
    out_path: Path,
    *,
    article_id: int | None = None,
    article_ids: Sequence[int] | None = None,
    annotation_ids: Sequence[int] | None = None,
    labels: Sequence[str] | None = None,
    include_articles: bool = True,
) -> int:
    """Write the scope's annotations as W3C Web Annotation JSON, with their articles unless told not to."""
    scope = _scope(library, article_id, article_ids, annotation_ids, labels)
    out_path = Path(out_path)
    _check_folder(out_path)
    seen: list[int] = []
    pairs = iter_pairs(scope, seen)
    # without a label or annotation filter, every article in scope travels, annotated or not
    named = scope.articles() if scope.annotation_ids is None and not scope.labels else []

    def articles() -> Iterator[Article]:
        yield from _iter_articles(sorted(set(seen) | set(named)))

    try:
        return write_json(out_path, pairs, articles() if include_articles else None, labels=_labels())
    except OSError as exc:
        raise UserError(f"Cannot write {out_path}: {exc.strerror or exc}. Choose another place.") from exc


def check_suffix(out_path: Path) -> str:
    """The export format a file name asks for; any other suffix is an error, never a silent CSV."""
    kind = FORMATS.get(Path(out_path).suffix.lower())
    if kind is None:
        raise UserError(f"Cannot export to {out_path}: name the file .csv (spreadsheet) or .json (for colleagues).")
    return kind


@uses_library
def export_file(library: Library, out_path: Path, **options) -> int:
    """Export by the file's suffix: .csv or .json."""
    out_path = Path(out_path)
    if check_suffix(out_path) == "csv":
        options.pop("include_articles", None)
        return export_csv(library, out_path, **options)
    options.pop("bom", None)
    return export_json(library, out_path, **options)
