"""User actions on the library as a whole: open it, list and read articles, edit their metadata."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from reader_app.core.article_filter import ArticleFilter
from reader_app.core.model import Article, Label
from reader_app.services import backups, known_libraries
from reader_app.services.errors import UserError
from reader_app.services.leftovers import SetAside, clean_leftovers, newest_set_aside
from reader_app.services.recovery import LibraryBroken, set_aside_broken
from reader_app.services.uses_library import uses_library
from reader_app.storage import (  # the UI takes Library from here
    Library,
    LibraryError,
    article_filters,
    library_lock,
    open_library,
)
from reader_app.storage import articles as article_store
from reader_app.storage import labels as label_store
from reader_app.storage.db import BrokenLibraryError
from reader_app.storage.library_lock import EXCLUSIVE


class MissingLibrary(UserError):
    """A library that was opened here before is gone: moved, renamed, deleted, or set aside by Reader itself
    (damaged, or kept by an interrupted restore). Never replaced silently."""

    def __init__(
        self, path: Path, last_opened: str, newest_backup: Path | None, moved_aside: SetAside | None = None
    ) -> None:
        self.path = path
        self.last_opened = last_opened
        self.newest_backup = newest_backup
        self.moved_aside = moved_aside
        hint = (
            f" The newest good backup is {newest_backup}: restore it with "
            f"`reader-app --db {path} restore {newest_backup}`."
            if newest_backup
            else ""
        )
        super().__init__(f"{self.what_happened()}{hint} To start an empty library there, add --new-library.")

    def _opened_since(self, aside: SetAside) -> bool:
        """The library was opened (or a restore into it finished) after that copy was set aside.

        A restore killed half-way leaves its incoming copy (`.NAME.restoring`) behind until the next start cleans
        it; one that finished recorded the library as opened when it was done.
        """
        if self.path.with_name(f".{self.path.name}.restoring").exists():
            return False
        try:
            return datetime.fromisoformat(self.last_opened).timestamp() >= aside.at
        except ValueError:
            return False

    def what_happened(self) -> str:
        """Where the library went, as far as Reader knows."""
        aside = self.moved_aside
        if aside is not None and aside.reason == "broken":
            found = f" (found: {aside.problem})" if aside.problem else ""
            return (
                f"The library {self.path} was damaged{found}, so Reader moved it aside on {aside.when} to "
                f"{aside.path}; nothing was deleted."
            )
        if aside is not None and not self._opened_since(aside):
            return (
                f"A restore into {self.path} did not finish: the library it was replacing is kept as {aside.path} "
                f"(since {aside.when}). Restore a backup, or rename that file back to {self.path.name}."
            )
        return (
            f"The library {self.path} is missing (it was last opened {self.last_opened[:16].replace('T', ' ')} "
            "UTC). If you moved it, open it with --db NEW_PATH."
        )


def open_or_explain(
    path: Path,
    *,
    read_only: bool | None = None,
    allow_new: bool = False,
    remember: bool = False,
    for_window: bool = False,
    reads_only: bool = False,
    create: bool = True,
) -> Library:
    """Open the library; a damaged one is moved aside and LibraryBroken names it and the backup to offer.

    A library that was opened here before and is now missing raises MissingLibrary unless allow_new.
    remember: the analyst opened it (window or command line), so its absence later is worth a question;
    scratch libraries (self-test, automation) are not remembered. create=False (commands that only read): a
    missing library is an error, never an empty new one, unless allow_new.
    for_window: the window holds the library alone (waiting a moment for a running command) and opens it
    read-only when another process keeps it. reads_only: a command that only reads (list, export) reads beside
    a window instead of refusing; every other command is refused while a window has the library.
    """
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a library file. Name a file, e.g. --db {path / 'library.sqlite3'}.")
    if not allow_new and not path.exists():
        seen = known_libraries.last_opened(path)
        if seen is not None:
            newest = backups.newest_valid(path)  # only a backup that can really be restored is offered
            raise MissingLibrary(path, seen, newest.path if newest else None, newest_set_aside(path))
    if not create and not allow_new and not path.exists():
        raise UserError(
            f"No library at {path}; nothing was created. Check the path given with --db "
            "(`reader-app --db PATH import FILE` creates a library)."
        )
    try:
        if for_window:
            library = open_library(
                path, read_only=read_only, hold=EXCLUSIVE, purpose="window", wait_seconds=5.0, read_when_held=True
            )
        else:
            library = open_library(path, read_only=read_only, read_when_held=reads_only)
    except BrokenLibraryError as exc:
        raise LibraryBroken(set_aside_broken(exc)) from exc
    except LibraryError as exc:
        raise UserError(str(exc)) from exc
    if remember:
        known_libraries.remember(library.path)
    if not library.read_only:
        library.notices.extend(clean_leftovers(library.path))
    return library


def holder_of(path: Path) -> str | None:
    """Who else has the library open exclusively ("a Reader window (pid 4242)"), or None."""
    holder = library_lock.holder_of(Path(path).expanduser().resolve())
    return holder.describe() if holder is not None else None


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
def data_version(library: Library) -> int:
    """Changes when another connection commits to the library (not this one's own commits)."""
    return library.db.execute_sql("PRAGMA data_version").fetchone()[0]


@uses_library
def article_count(library: Library) -> int:
    return article_store.count()
