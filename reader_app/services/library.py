"""User actions on the library as a whole: open it, list and read articles, edit their metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reader_app.core.article_filter import ArticleFilter
from reader_app.core.model import Article, Label
from reader_app.services import backups, known_libraries
from reader_app.services.errors import UserError
from reader_app.services.recovery import LibraryBroken, set_aside_broken
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library, LibraryError, article_filters, open_library  # the UI takes Library from here
from reader_app.storage import articles as article_store
from reader_app.storage import labels as label_store
from reader_app.storage.db import BrokenLibraryError


class MissingLibrary(UserError):
    """A library that was opened here before is gone: moved, renamed or deleted. Never replaced silently."""

    def __init__(self, path: Path, last_opened: str, newest_backup: Path | None) -> None:
        self.path = path
        self.last_opened = last_opened
        self.newest_backup = newest_backup
        hint = (
            f" The newest backup is {newest_backup}: restore it with `reader-app --db {path} restore {newest_backup}`."
            if newest_backup
            else ""
        )
        super().__init__(
            f"The library {path} is missing (it was last opened {last_opened[:16].replace('T', ' ')} UTC). "
            f"If you moved it, open it with --db NEW_PATH.{hint} To start an empty library there, add --new-library."
        )


def open_or_explain(
    path: Path, *, read_only: bool | None = None, allow_new: bool = False, remember: bool = False
) -> Library:
    """Open the library; a damaged one is moved aside and LibraryBroken names it and the backup to offer.

    A library that was opened here before and is now missing raises MissingLibrary unless allow_new.
    remember: the analyst opened it (window or command line), so its absence later is worth a question;
    scratch libraries (self-test, automation) are not remembered.
    """
    path = Path(path)
    if not allow_new and not path.exists():
        seen = known_libraries.last_opened(path)
        if seen is not None:
            found = backups.list_backups(path)
            raise MissingLibrary(path, seen, found[0].path if found else None)
    try:
        library = open_library(path, read_only=read_only)
    except BrokenLibraryError as exc:
        raise LibraryBroken(set_aside_broken(exc)) from exc
    except LibraryError as exc:
        raise UserError(str(exc)) from exc
    if remember:
        known_libraries.remember(library.path)
    return library


@uses_library
def article(library: Library, article_id: int) -> Article | None:
    return article_store.get(article_id)


@uses_library
def labels(library: Library) -> list[Label]:
    return label_store.all_labels()


@uses_library
def edit_article_metadata(library: Library, article_id: int, **values: str) -> Article:
    with library.atomic():
        if article_store.get(article_id) is None:
            raise UserError(f"Article {article_id} no longer exists.")
        article_store.update_fields(article_id, values)
    result = article_store.get(article_id)
    assert result is not None
    return result


@uses_library
def delete_article(library: Library, article_id: int) -> None:
    with library.atomic():
        article_store.delete(article_id)


def article_as_json(item: Article) -> dict:
    """The object `reader-app list --json` prints for one article."""
    return {
        "id": item.id,
        "title": item.title,
        "source": item.source,
        "url": item.url,
        "published": item.published,
        "byline": item.byline,
        "section": item.section,
        "language": item.language,
        "encoding": item.encoding,
        "format": item.format,
        "body_start": item.body_start,
        "body_end": item.body_end,
        "imported_at": item.imported_at,
        "content_hash": item.content_hash,
    }


@uses_library
def all_articles(library: Library) -> list[Article]:
    return article_store.all_articles()


@uses_library
def iter_article_metadata(library: Library) -> Iterator[Article]:
    """Every article's metadata (no text), streamed: `reader-app list` at any library size."""
    return article_store.iter_metadata()


@uses_library
def article_ids(library: Library, *, sort: str = "imported", descending: bool = False, query: str = "") -> list[int]:
    return article_store.ids(sort, descending, query)


@uses_library
def filtered_article_ids(
    library: Library, wanted: ArticleFilter, *, sort: str = "imported", descending: bool = False, query: str = ""
) -> list[int]:
    """Ids of the articles passing every filter (search, label, company, source, dates, annotator, unannotated)."""
    return article_filters.ids(wanted, sort, descending, query)


@uses_library
def filter_choices(library: Library) -> dict[str, list[str]]:
    """The values the source and annotator filters can take."""
    return {"source": article_filters.sources(), "annotator": article_filters.annotators()}


@uses_library
def article_summaries(library: Library, ids: list[int]):
    return article_store.summaries(ids)


@uses_library
def article_count(library: Library) -> int:
    return article_store.count()
