"""User actions that bring articles into the library: files, folders, and (later) URLs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader_app.core.fetch import TIMEOUT_S, FetchError, fetch
from reader_app.core.importing import SUPPORTED_SUFFIXES, ImportCancelled, ImportFailure, parse_bytes, parse_file
from reader_app.core.model import ParsedDocument
from reader_app.core.text import content_hash, guess_language, utc_now
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library, search_index
from reader_app.storage import articles as article_store

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"
# A batch stores parsed articles in groups: at most this many, or what was parsed in this many seconds.
_GROUP_SIZE = 200
_GROUP_SECONDS = 0.5


@dataclass(frozen=True)
class ImportItem:
    source: str
    status: str
    article_id: int | None = None
    message: str = ""
    title: str = ""


@dataclass
class ImportReport:
    items: list[ImportItem] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def imported_ids(self) -> list[int]:
        return [i.article_id for i in self.items if i.status == IMPORTED and i.article_id is not None]

    def summary(self) -> str:
        text = (
            f"{self.count(IMPORTED)} imported, {self.count(DUPLICATE)} already in the library, "
            f"{self.count(FAILED)} failed"
        )
        return text + (" (cancelled)" if self.cancelled else "")


def report_as_dict(report: ImportReport) -> dict:
    """The report as `reader-app import --json` prints it (and as a window sends it back to the command)."""
    items = [
        {"source": i.source, "status": i.status, "article_id": i.article_id, "title": i.title, "message": i.message}
        for i in report.items
    ]
    return {"items": items, "summary": report.summary(), "cancelled": report.cancelled}


def report_from_dict(data: dict) -> ImportReport:
    items = [
        ImportItem(
            str(i["source"]), str(i["status"]), i.get("article_id"), str(i.get("message", "")), str(i.get("title", ""))
        )
        for i in data.get("items", [])
    ]
    return ImportReport(items=items, cancelled=bool(data.get("cancelled", False)))


def _expand_one(item) -> list:
    """A URL stays a string; a path becomes the files it stands for."""
    if is_url(str(item)):
        return [str(item)]
    return list(expand_paths([Path(item)]))


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and folders walked recursively for supported files, in a stable order."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


@uses_library
def store_document(library: Library, doc: ParsedDocument, *, source_path: str = "") -> ImportItem:
    """Store one parsed document unless the same text is already there; one transaction."""
    with library.atomic():
        return _store(doc, source_path, None)


def _store(doc: ParsedDocument, source_path: str, to_index: list[tuple[int, str, str]] | None) -> ImportItem:
    """Store one document (caller holds the transaction). to_index: where a batch collects the stored
    article for one `search_index.add_many` at its end; None indexes it at once."""
    digest = content_hash(doc.text)
    label = source_path or doc.url or doc.title
    existing = article_store.id_for_hash(digest)
    if existing is not None:
        return ImportItem(label, DUPLICATE, existing, "already in the library", doc.title)
    body_end = len(doc.text) if doc.body_end is None else doc.body_end
    title = doc.title or Path(source_path).stem or "Untitled"
    article_id = article_store.insert(
        {
            "title": title,
            "text": doc.text,
            "format": doc.format,
            "encoding": doc.encoding,
            "content_hash": digest,
            "imported_at": utc_now(),
            "source": doc.source,
            "url": doc.url,
            "published": doc.published,
            "byline": doc.byline,
            "section": doc.section,
            "language": doc.language or guess_language(doc.text),
            "body_start": doc.body_start,
            "body_end": body_end,
            "source_path": source_path,
        },
        raw=doc.raw,
        index=to_index is None,
    )
    if to_index is not None:
        to_index.append((article_id, title, doc.text))
    return ImportItem(label, IMPORTED, article_id, "; ".join(doc.warnings), doc.title)


def read_file(path: Path, cancelled: Callable[[], bool] | None = None) -> tuple[ParsedDocument, str] | ImportItem:
    """Parse one file (no database work): the document and its source path, or a failed item.
    ImportCancelled passes through when cancelled() turns true while the file is read."""
    path = Path(path)
    try:
        doc = parse_file(path, cancelled=cancelled)  # keeps the original bytes in doc.raw for "Reopen with Encoding"
    except ImportFailure as exc:
        return ImportItem(str(path), FAILED, None, str(exc))
    return doc, str(path.resolve())


def read_url(
    url: str, cancelled: Callable[[], bool] | None = None, *, timeout: float = TIMEOUT_S
) -> tuple[ParsedDocument, str] | ImportItem:
    """Fetch and parse a page the analyst asked for (timeout: for the whole download); its address is recorded
    with the article. ImportCancelled passes through when cancelled() turns true during the download."""
    try:
        page = fetch(url, cancelled=cancelled, timeout=timeout)
        doc = parse_bytes(page.data, filename=page.filename, url=page.url, content_type=page.content_type)
    except (FetchError, ImportFailure) as exc:
        return ImportItem(url, FAILED, None, str(exc))
    if not doc.url:
        doc = replace(doc, url=page.url)
    return doc, ""


@uses_library
def import_file(library: Library, path: Path) -> ImportItem:
    read = read_file(path)
    return read if isinstance(read, ImportItem) else store_document(library, read[0], source_path=read[1])


@uses_library
def import_url(library: Library, url: str) -> ImportItem:
    read = read_url(url)
    return read if isinstance(read, ImportItem) else store_document(library, read[0], source_path=read[1])


def is_url(item: str) -> bool:
    return str(item).lower().startswith(("http://", "https://"))


@uses_library
@uses_library
def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import files, folders and web addresses one by one; a bad item is reported and the rest still import."""
    items = [one for item in paths for one in _expand_one(item)]
    report = ImportReport()
    results: list[ImportItem | None] = []
    parsed: list[tuple[int, ParsedDocument, str]] = []  # read but not yet stored
    last_store = time.monotonic()

    def store_parsed() -> None:
        # Parsed documents are stored together: one commit (one fsync) per group instead of per article.
        # Parsing happens outside the transaction, so the write lock is held only for the inserts. The group is
        # indexed at its end, in one go: see storage/search_index.py on why not article by article.
        to_index: list[tuple[int, str, str]] = []
        with library.atomic():
            for slot, doc, source_path in parsed:
                results[slot] = _store(doc, source_path, to_index)
            search_index.add_many(to_index)
        parsed.clear()

    for index, item in enumerate(items):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(index, len(items), str(item))
        try:
            read = read_url(item, cancelled) if isinstance(item, str) else read_file(item, cancelled)
        except ImportCancelled:
            # Cancel interrupts the item being read, not only the gap between items.
            report.cancelled = True
            break
        results.append(read if isinstance(read, ImportItem) else None)
        if not isinstance(read, ImportItem):
            parsed.append((len(results) - 1, *read))
        if len(parsed) >= _GROUP_SIZE or (parsed and time.monotonic() - last_store > _GROUP_SECONDS):
            store_parsed()
            last_store = time.monotonic()
    if parsed:
        store_parsed()
    report.items = [r for r in results if r is not None]
    if progress is not None and not report.cancelled:
        progress(len(items), len(items), "")
    return report
