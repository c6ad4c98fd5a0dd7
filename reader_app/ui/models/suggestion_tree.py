"""Pending suggestions grouped by label: a two-level model (label groups, then suggestions in reading order)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from reader_app.core.model import LABEL_FIELD, Label, Suggestion
from reader_app.ui.i18n import tr
from reader_app.ui.icons import label_icon
from reader_app.ui.plain_text import tooltip
from reader_app.ui.theme import dimmed_text

TEXT, DETAIL = range(2)
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
# internalId of group rows is 0; a suggestion row carries its group's row + 1 (ids are unsigned in Qt).
_GROUP = 0


class SuggestionTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._labels: list[Label] = []
        self._groups: list[list[Suggestion]] = []
        self._icons: dict[str, object] = {}

    def set_labels(self, labels: list[Label]) -> None:
        self.beginResetModel()
        self._labels = list(labels)
        self._icons = {label.name: label_icon(label.icon, label.color) for label in labels}
        self._groups = [[] for _ in labels]
        self.endResetModel()

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self._groups = [sorted((s for s in suggestions if s.label == label.name), key=lambda s: (s.start, s.end))
                        for label in self._labels]  # fmt: skip
        self.endResetModel()

    def suggestions_of(self, label: str) -> list[Suggestion]:
        for label_row, group in zip(self._labels, self._groups, strict=True):
            if label_row.name == label:
                return list(group)
        return []

    def index_of(self, suggestion: Suggestion) -> QModelIndex:
        for group_row, group in enumerate(self._groups):
            for row, candidate in enumerate(group):
                if candidate == suggestion:
                    return self.createIndex(row, TEXT, group_row + 1)
        return QModelIndex()

    # --- structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Suggestion"), tr("Details")][section]
        return None

    # --- data -----------------------------------------------------------------------------------
    def suggestion(self, index: QModelIndex | QPersistentModelIndex) -> Suggestion | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        suggestion = self._groups[index.internalId() - 1][index.row()]
        if role == SUGGESTION_ROLE:
            return suggestion
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == TEXT:
                return " ".join(suggestion.text.split())
            key = LABEL_FIELD.get(suggestion.label)
            return suggestion.fields.get(key, "") if key else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            key = LABEL_FIELD.get(suggestion.label)
            detail = f"\n{key}: {suggestion.fields.get(key)}" if key and suggestion.fields.get(key) else ""
            return tooltip(
                tr("{0}{1}\nconfidence {2:.0%} · rule: {3}\nEnter accepts, Delete rejects").format(
                    suggestion.text, detail, suggestion.confidence, suggestion.rule
                )
            )
        if role == Qt.ItemDataRole.ForegroundRole and suggestion.confidence < 0.5 and index.column() == TEXT:
            return dimmed_text()
        return None

    def _group_data(self, index, role):
        label = self._labels[index.row()]
        count = len(self._groups[index.row()])
        if role == Qt.ItemDataRole.DisplayRole and index.column() == TEXT:
            return f"{label.display_name} ({count})"
        if role == Qt.ItemDataRole.DecorationRole and index.column() == TEXT:
            return self._icons.get(label.name)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == GROUP_LABEL_ROLE:
            return label.name
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
