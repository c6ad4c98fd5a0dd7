"""The article list: a table model over article ids whose rows load lazily, sorted by the database."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reader_app.core.model import ArticleSummary
from reader_app.services import library as library_service
from reader_app.services.library import Library
from reader_app.ui.i18n import tr
from reader_app.ui.plain_text import tooltip

TITLE, SOURCE, PUBLISHED, ANNOTATIONS = range(4)
_SORT_KEYS = {TITLE: "title", SOURCE: "source", PUBLISHED: "published", ANNOTATIONS: "annotations"}
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PAGE = 200  # rows fetched together when the view asks for one not yet loaded


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids: list[int] = []
        self._rows: dict[int, ArticleSummary] = {}
        self._sort = ("published", True)  # what the list shows first; Qt's first sort() calls then change nothing
        self._query = ""
        self.reload()

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._ids = library_service.article_ids(
            self._library, sort=self._sort[0], descending=self._sort[1], query=self._query
        )
        self._rows.clear()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        self._query = text.strip()
        self.reload()

    def refresh_article(self, article_id: int) -> None:
        """Reload one row (e.g. its annotation count changed) without resetting the view."""
        if article_id not in self._rows and article_id not in self._ids:
            return
        self._rows.pop(article_id, None)
        row = self.row_of(article_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _summary(self, row: int) -> ArticleSummary | None:
        article_id = self._ids[row]
        if article_id not in self._rows:
            page_start = max(0, row - _PAGE // 4)
            wanted = [i for i in self._ids[page_start : page_start + _PAGE] if i not in self._rows]
            self._rows.update(library_service.article_summaries(self._library, wanted))
        return self._rows.get(article_id)

    # --- lookups -------------------------------------------------------------------------------
    def article_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    # --- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Title"), tr("Source"), tr("Date"), "#"][section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return [tr("Headline"), tr("Publication"), tr("Published"), tr("Number of annotations")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ARTICLE_ID_ROLE:
            return self._ids[index.row()]
        summary = self._summary(index.row())
        if summary is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return summary.title
            if column == SOURCE:
                return summary.source
            if column == PUBLISHED:
                return summary.published[:10]
            if column == ANNOTATIONS:
                return summary.annotation_count or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return tooltip(summary.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ANNOTATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(column)
        if key is None or (key, order == Qt.SortOrder.DescendingOrder) == self._sort:
            return  # already in this order: at 100,000 articles another read costs a visible pause
        self.layoutAboutToBeChanged.emit()
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self._ids = library_service.article_ids(
            self._library, sort=self._sort[0], descending=self._sort[1], query=self._query
        )
        self.layoutChanged.emit()
