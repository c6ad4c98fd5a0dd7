"""The library-wide tables: search results with snippets, companies with counts, every annotation."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reader_app.services import exploring, searching
from reader_app.services.library import Library
from reader_app.ui.i18n import tr
from reader_app.ui.models.lazy_id_table import ID_ROLE, LazyIdTableModel

HIT_ROLE = Qt.ItemDataRole.UserRole + 3  # (start, end) of the hit in the snippet, for the snippet delegate

COMPANY_ROLE = Qt.ItemDataRole.UserRole + 2


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SearchResultsModel(LazyIdTableModel):
    """Found articles: title, date and the snippet around the first hit (plain text)."""

    TITLE, SNIPPET = range(2)

    def __init__(self, library: Library, parent=None) -> None:
        self.headers = (tr("Title"), tr("Where it matches"))
        self._library = library
        self._query = ""
        super().__init__(self._page, parent)

    def set_results(self, query: str, ids: list[int]) -> None:
        self._query = query
        self.set_ids(ids)

    def _page(self, ids: list[int]) -> dict[int, searching.SearchHit]:
        return {hit.article_id: hit for hit in searching.hits(self._library, ids, self._query)}

    def hit(self, row: int) -> searching.SearchHit | None:
        return self.row_object(row)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == HIT_ROLE and index.isValid() and index.column() == self.SNIPPET:
            hit = self.row_object(index.row()) if 0 <= index.row() < self.rowCount() else None
            return hit.snippet_hit if hit is not None and hit.snippet_hit[1] > hit.snippet_hit[0] else None
        return super().data(index, role)

    def cell(self, item: searching.SearchHit, column: int):
        return item.title if column == self.TITLE else item.snippet

    def tooltip(self, item: searching.SearchHit, column: int) -> str:
        return item.title


class AnnotationsModel(LazyIdTableModel):
    """Every annotation (or those passing the view's filters): label, text, field, article, date, annotator."""

    LABEL, TEXT, FIELD, ARTICLE, DATE, ANNOTATOR = range(6)
    SORT_KEYS = ("label", "text", "field", "article", "date", "annotator")

    def __init__(self, library: Library, parent=None) -> None:
        self.headers = (tr("Label"), tr("Text"), tr("Company, speaker or cue"), tr("Article"), tr("Date"),
                        tr("Annotator"))  # fmt: skip
        self._library = library
        self._filters: dict = {}
        self._sort = ("date", True)
        super().__init__(lambda ids: exploring.annotation_rows(library, ids), parent)

    def set_filters(self, **filters) -> None:
        self._filters = {k: v for k, v in filters.items() if v}
        self.reload()

    def reload(self) -> None:
        key, descending = self._sort
        self.set_ids(exploring.annotation_ids(self._library, sort=key, descending=descending, **self._filters))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        wanted = (self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = wanted
        key, descending = wanted
        self._ids = exploring.annotation_ids(self._library, sort=key, descending=descending, **self._filters)
        self.layoutChanged.emit()

    def annotation(self, row: int) -> exploring.AnnotationRowView | None:
        return self.row_object(row)

    def cell(self, item: exploring.AnnotationRowView, column: int):
        if column == self.LABEL:
            return item.label
        if column == self.TEXT:
            return _one_line(item.text)
        if column == self.FIELD:
            fields = json.loads(item.fields or "{}")
            return next((str(v) for v in fields.values() if v), "")
        if column == self.ARTICLE:
            return item.article_title
        if column == self.DATE:
            return item.article_published[:10]
        return item.annotator

    def tooltip(self, item: exploring.AnnotationRowView, column: int) -> str:
        return _one_line(item.text, 600) + (f"\n{item.note}" if item.note else "")


class CompaniesModel(QAbstractTableModel):
    """Every canonical company with its mentions and articles; a few hundred rows, so all are held."""

    NAME, MENTIONS, ARTICLES = range(3)

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[exploring.CompanyCount] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = exploring.companies(self._library)
        self.endResetModel()

    def company(self, row: int) -> str:
        return self._rows[row].canonical

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Company"), tr("Mentions"), tr("Articles"))[section] if 0 <= section < 3 else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == COMPANY_ROLE:
            return item.canonical
        if role == ID_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.canonical, item.mentions, item.articles)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 3:
            return
        self.layoutAboutToBeChanged.emit()
        key = [lambda r: r.canonical.lower(), lambda r: r.mentions, lambda r: r.articles][column]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
