"""A table model over a list of ids whose rows are read a page at a time, the first time the view asks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200  # rows read together when the view asks for one not yet read
MAX_CACHED = 5_000  # rows kept; beyond this the cache starts over, so memory stays bounded while scrolling


class LazyIdTableModel(QAbstractTableModel):
    """Subclasses give the column titles, a page loader (ids -> {id: row}) and the cell text of a row."""

    headers: Sequence[str] = ()

    def __init__(self, load_page: Callable[[list[int]], Mapping[int, object]], parent=None) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._ids: list[int] = []
        self._rows: dict[int, object] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_object(self, row: int):
        item_id = self._ids[row]
        if item_id not in self._rows:
            if len(self._rows) > MAX_CACHED:
                self._rows.clear()
            start = max(0, row - PAGE // 4)
            wanted = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(self._load_page(wanted))
        return self._rows.get(item_id)

    def cell(self, item, column: int) -> object:  # overridden
        return None

    def tooltip(self, item, column: int) -> str | None:
        return None

    # --- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.row_object(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        return self.cell(item, index.column())
