"""User action: bring a colleague's annotations (our JSON or CSV) into the library, merged, in one step.

plan_import reads and places everything without writing, so the window can show conflicts first;
apply_import writes the plan in one transaction; undo_import takes it back out (the window's undo).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader_app.core.anchoring import anchor_for
from reader_app.core.exchange.merge import CONFLICT, DUPLICATE, Candidate, MergeIndex
from reader_app.core.exchange.placing import place
from reader_app.core.exchange.reading import ReadCancelled, read_exchange_file
from reader_app.core.exchange.records import ExchangeFormatError, IncomingAnnotation, IncomingArticle
from reader_app.core.model import Annotation
from reader_app.core.text import utc_now
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store
from reader_app.storage import labels as label_store


class ImportCancelled(UserError):
    """Cancelled before anything was written."""


@dataclass(frozen=True)
class Unplaced:
    row: int
    text: str
    reason: str


@dataclass(frozen=True)
class Conflict:
    row: int
    local: Annotation
    incoming: Annotation  # placed on the local article, not yet stored (id 0)


@dataclass
class ImportPlan:
    path: Path
    new_articles: list[IncomingArticle] = field(default_factory=list)
    # new annotations; a negative article_id -n stands for new_articles[n - 1], stored with the plan
    new: list[Annotation] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)  # rows already in the library
    conflicts: list[Conflict] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    by_quote: int = 0  # placed by quote and context, because the offsets no longer fit

    def summary(self) -> str:
        return (
            f"{len(self.new)} new annotations, {len(self.new_articles)} new articles, "
            f"{len(self.duplicates)} already here, {len(self.conflicts)} conflicts, "
            f"{len(self.unplaced)} could not be placed"
        )


@dataclass
class AppliedImport:
    article_ids: list[int] = field(default_factory=list)
    annotation_ids: list[int] = field(default_factory=list)
    replaced: list[tuple[Annotation, Annotation]] = field(default_factory=list)  # (before, after)


class _Articles:
    """Finds the local article (or the bundled one) an incoming annotation belongs to."""

    def __init__(self, bundled: tuple[IncomingArticle, ...], plan: ImportPlan) -> None:
        self._bundled = {a.content_hash: a for a in bundled}
        self._plan = plan
        self._texts: dict[int, str] = {}
        self._indexes: dict[int, MergeIndex] = {}
        self._placeholders: dict[str, int] = {}
        self._by_hash: dict[str, int | None] = {}  # one query per article, not per annotation

    def find(self, incoming: IncomingAnnotation) -> int | str:
        """A local article id, a negative placeholder for a bundled one, or why none fits."""
        if incoming.article_hash:
            if incoming.article_hash not in self._by_hash:
                self._by_hash[incoming.article_hash] = article_store.id_for_hash(incoming.article_hash)
            local = self._by_hash[incoming.article_hash]
            if local is not None:
                return local
            if incoming.article_hash in self._bundled:
                return self._placeholder(incoming.article_hash)
        if incoming.article_url:
            found = article_store.ids_for_url(incoming.article_url)
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                return f"{len(found)} articles have its address {incoming.article_url}"
        if incoming.article_title:
            found = article_store.ids_for_title_and_date(incoming.article_title, incoming.article_published)
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                return f"{len(found)} articles have its title and date"
        return "its article is not in this library (import the article, or a JSON export that bundles it)"

    def _placeholder(self, digest: str) -> int:
        if digest not in self._placeholders:
            self._plan.new_articles.append(self._bundled[digest])
            self._placeholders[digest] = -len(self._plan.new_articles)
            self._texts[self._placeholders[digest]] = self._bundled[digest].text
            self._indexes[self._placeholders[digest]] = MergeIndex([])
        return self._placeholders[digest]

    def text(self, article_id: int) -> str:
        if article_id not in self._texts:
            article = article_store.get(article_id)
            self._texts[article_id] = article.text if article else ""
        return self._texts[article_id]

    def index(self, article_id: int) -> MergeIndex:
        if article_id not in self._indexes:
            self._indexes[article_id] = MergeIndex(annotation_store.for_article(article_id))
        return self._indexes[article_id]


@uses_library
def plan_import(
    library: Library,
    path: Path,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Read the file and decide where everything goes; writes nothing."""
    path = Path(path)
    try:
        exchange = read_exchange_file(path, cancelled=cancelled)
    except ReadCancelled as exc:
        raise ImportCancelled("Import cancelled; nothing was imported.") from exc
    except ExchangeFormatError as exc:
        raise UserError(str(exc)) from exc
    plan = ImportPlan(path)
    labels = {label.name for label in label_store.all_labels()}
    articles = _Articles(exchange.articles, plan)
    total = len(exchange.annotations)
    for number, incoming in enumerate(exchange.annotations):
        if cancelled is not None and number % 200 == 0 and cancelled():
            raise ImportCancelled("Import cancelled; nothing was imported.")
        if progress is not None and number % 200 == 0:
            progress(number, total, path.name)
        _plan_one(plan, articles, labels, incoming)
    if progress is not None:
        progress(total, total, path.name)
    return plan


def _plan_one(plan: ImportPlan, articles: _Articles, labels: set[str], incoming: IncomingAnnotation) -> None:
    def unplaced(reason: str) -> None:
        plan.unplaced.append(Unplaced(incoming.row, incoming.exact, reason))

    if incoming.label not in labels:
        return unplaced(
            f"its label '{incoming.label}' is not in this library: add it in Annotate › Labels… "
            "(named as your colleague named it), then import again"
        )
    article_id = articles.find(incoming)
    if isinstance(article_id, str):
        return unplaced(article_id)
    text = articles.text(article_id)
    placed = place(incoming, text)
    lost = False
    if isinstance(placed, str):
        if not (incoming.anchor_lost and 0 <= incoming.start < incoming.end <= len(text)):
            return unplaced(placed)
        lost = True  # it was already marked lost in the colleague's library: kept, and still marked
        start, end = incoming.start, incoming.end
    else:
        start, end = placed.start, placed.end
        plan.by_quote += placed.how == "quote"
    anchor = anchor_for(text, start, end)
    now = utc_now()
    annotation = Annotation(
        id=0,
        article_id=article_id,
        label=incoming.label,
        start=start,
        end=end,
        text=incoming.exact if lost else text[start:end],
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        note=incoming.note,
        fields={k: v for k, v in incoming.fields.items() if v != ""},
        annotator=incoming.annotator,
        created_at=incoming.created_at or now,
        updated_at=incoming.updated_at or incoming.created_at or now,
        anchor_lost=lost,
    )
    candidate = Candidate(annotation.label, start, end, annotation.fields, annotation.note, annotation.annotator)
    index = articles.index(article_id)
    verdict, local = index.classify(candidate)
    if verdict == DUPLICATE:
        plan.duplicates.append(incoming.row)
    elif verdict == CONFLICT:
        assert local is not None
        plan.conflicts.append(Conflict(incoming.row, local, annotation))
    else:
        plan.new.append(annotation)
        index.add(annotation)  # a second copy further down the same file is a duplicate, not a new one


@uses_library
def apply_import(library: Library, plan: ImportPlan, *, take_theirs: Collection[int] = ()) -> AppliedImport:
    """Write the plan in one transaction; take_theirs: indexes into plan.conflicts where the file wins."""
    applied = AppliedImport()
    with library.atomic():
        placeholder_ids: dict[int, int] = {}
        for number, article in enumerate(plan.new_articles, start=1):
            existing = article_store.id_for_hash(article.content_hash)
            if existing is None:
                existing = article_store.insert(_article_values(article, plan.path))
                applied.article_ids.append(existing)
            placeholder_ids[-number] = existing
        rows = [replace(a, article_id=placeholder_ids.get(a.article_id, a.article_id)) for a in plan.new]
        applied.annotation_ids.extend(annotation_store.insert_many(rows))
        for at in sorted(set(take_theirs)):
            conflict = plan.conflicts[at]
            after = replace(conflict.incoming, id=conflict.local.id, article_id=conflict.local.article_id)
            annotation_store.delete(conflict.local.id)
            annotation_store.insert(after, keep_id=True)
            applied.replaced.append((conflict.local, after))
    return applied


@uses_library
def undo_import(library: Library, applied: AppliedImport) -> None:
    """Take an applied import back out, in one transaction."""
    with library.atomic():
        for before, _after in applied.replaced:
            annotation_store.delete(before.id)
            annotation_store.insert(before, keep_id=True)
        for annotation_id in applied.annotation_ids:
            annotation_store.delete(annotation_id)
        for article_id in applied.article_ids:
            article_store.delete(article_id)


@uses_library
def redo_import(library: Library, plan: ImportPlan, applied: AppliedImport) -> AppliedImport:
    """Apply the same plan again after an undo (the window's redo); returns the new record."""
    take = [at for at, c in enumerate(plan.conflicts) if any(b.id == c.local.id for b, _ in applied.replaced)]
    return apply_import(library, plan, take_theirs=take)


@uses_library
def import_annotations(library: Library, path: Path, *, take_theirs: bool = False) -> tuple[ImportPlan, AppliedImport]:
    """Plan and apply in one go (the command line): conflicts keep the local annotation unless take_theirs."""
    plan = plan_import(library, path)
    applied = apply_import(library, plan, take_theirs=range(len(plan.conflicts)) if take_theirs else ())
    return plan, applied


def _article_values(article: IncomingArticle, path: Path) -> dict:
    return {
        "title": article.title or "Untitled",
        "text": article.text,
        "format": article.format or "txt",
        "encoding": article.encoding or "utf-8",
        "content_hash": article.content_hash,
        "imported_at": utc_now(),
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "byline": article.byline,
        "section": article.section,
        "language": article.language,
        "body_start": article.body_start,
        "body_end": article.body_end or len(article.text),
        "source_path": "",
    }


def plan_as_json(plan: ImportPlan, applied: AppliedImport) -> dict:
    """The report `reader-app import-annotations --json` prints."""
    return {
        "file": str(plan.path),
        "new_annotations": len(applied.annotation_ids),
        "new_articles": len(applied.article_ids),
        "duplicates": len(plan.duplicates),
        "placed_by_quote": plan.by_quote,
        "conflicts": [
            {
                "row": c.row,
                "local_id": c.local.id,
                "label": c.local.label,
                "text": c.local.text,
                "local": {"label": c.local.label, "fields": dict(c.local.fields), "note": c.local.note},
                "incoming": {"label": c.incoming.label, "fields": dict(c.incoming.fields), "note": c.incoming.note},
                "taken": any(before.id == c.local.id for before, _ in applied.replaced),
            }
            for c in plan.conflicts
        ],
        "unplaced": [{"row": u.row, "text": u.text, "reason": u.reason} for u in plan.unplaced],
    }
