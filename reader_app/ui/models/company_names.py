"""Company names for completing a company field: each known name, shown with the canonical name it stands for."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

CANONICAL_ROLE = Qt.ItemDataRole.UserRole + 1


class CompanyNameModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pairs: list[tuple[str, str]] = []

    def set_names(self, pairs: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        name, canonical = self._pairs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            # A Korean or former name is matched as typed and shows the canonical name it is filed under.
            return name if name == canonical else f"{name} → {canonical}"
        if role == CANONICAL_ROLE:
            return canonical
        return None
