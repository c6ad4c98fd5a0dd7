"""The company registry as a table: the analyst's own entries first, then the shipped ones."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from reader_app.ui.i18n import tr

CANONICAL, ALIASES, EXCHANGE, TICKER, ORIGIN = range(5)
_KEYS = ("canonical", "aliases", "exchange", "ticker")


@dataclass(frozen=True)
class CompanyRowData:
    company_id: int | None  # None: a shipped entry the analyst has not changed
    canonical: str
    aliases: tuple[str, ...]
    exchange: str
    ticker: str


class CompanyTableModel(QAbstractTableModel):
    # (company id or None, canonical, aliases, exchange, ticker): the dialog saves it through the service
    save_requested = Signal(object, str, list, str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CompanyRowData] = []
        self._query = ""
        self._all: list[CompanyRowData] = []
        self.editable = True  # False for a read-only library: look-up only

    def set_rows(self, rows: list[CompanyRowData]) -> None:
        self._all = rows
        self._apply_filter()

    def set_query(self, text: str) -> None:
        self._query = text.strip().lower()
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.beginResetModel()
        q = self._query
        self._rows = [
            r for r in self._all if not q or q in r.canonical.lower() or any(q in a.lower() for a in r.aliases)
        ]
        self.endResetModel()

    def row_data(self, row: int) -> CompanyRowData:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Company"), tr("Also written as"), tr("Exchange"), tr("Ticker"), tr("From")][section]
        return None

    def flags(self, index):
        base = super().flags(index)
        editable = self.editable and index.isValid() and index.column() != ORIGIN
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == ORIGIN:
            return tr("you") if row.company_id is not None else tr("built in")
        if column == ALIASES:
            return ", ".join(row.aliases)
        return getattr(row, _KEYS[column])

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == ORIGIN:
            return False
        row = self._rows[index.row()]
        values = {
            "canonical": row.canonical,
            "aliases": list(row.aliases),
            "exchange": row.exchange,
            "ticker": row.ticker,
        }
        text = str(value).strip()
        if index.column() == ALIASES:
            values["aliases"] = [a.strip() for a in text.split(",") if a.strip()]
        else:
            values[_KEYS[index.column()]] = text
        self.save_requested.emit(
            row.company_id, values["canonical"], values["aliases"], values["exchange"], values["ticker"]
        )
        return True
