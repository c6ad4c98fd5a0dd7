"""Help › Keyboard Shortcuts: every key of the window, read from its actions so the list cannot drift."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui.i18n import tr


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of the window with a key, in the order the menus show them."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(menu_title: str, action: QAction) -> None:
        if id(action) in seen or action.isSeparator():
            return
        if action.menu() is not None:
            for inner in action.menu().actions():
                add(menu_title, inner)
            return
        # dict.fromkeys: one key given twice (a platform's standard key and our own) is listed once
        keys = list(dict.fromkeys(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()))
        keys = [k for k in keys if k]
        if keys:
            seen.add(id(action))
            rows.append((menu_title, action.text().replace("&", "").rstrip("…"), ", ".join(keys)))

    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is not None:
        for menu_action in menu_bar.actions():
            if menu_action.menu() is not None:
                title = menu_action.text().replace("&", "")
                for action in menu_action.menu().actions():
                    add(title, action)
    # Keys on no menu (none today) are listed too, so adding one without a menu entry cannot hide it.
    for action in window.findChildren(QAction):
        if action.objectName():
            add(tr("Window"), action)
    return rows


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("keyboardShortcutsDialog")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.resize(560, 560)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Find a command or a key"))
        self.filter.setClearButtonEnabled(True)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Keys")])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))  # items show plain text
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for r in range(self.table.rowCount()):
            hay = " ".join(self.table.item(r, c).text() for c in range(3)).casefold()
            self.table.setRowHidden(r, bool(needle) and needle not in hay)
