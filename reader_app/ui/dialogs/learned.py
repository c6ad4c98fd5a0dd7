"""The Learned dialog: what the engine learned from the analyst's tags and rejections, and forgetting it (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from reader_app.services import learning
from reader_app.services.learning import LearnedItem
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.hub import Change
from reader_app.ui.i18n import tr

KIND, PHRASE, MEANING = range(3)


def _kind_title(kind: str) -> str:
    return {"company": tr("Company"), "cue": tr("Speculation cue"), "rejection": tr("Rejected")}.get(kind, kind)


def _meaning(item: LearnedItem) -> str:
    if item.kind == "company":
        return tr("names {0}").format(item.value)
    if item.kind == "rejection":
        return tr("not suggested as {0} (rule {1})").format(item.value, item.rule or "?")
    return tr("marks a speculative sentence")


class LearnedTableModel(QAbstractTableModel):
    """One row per learned item; plain text only (the phrases come from articles)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[LearnedItem] = []

    def set_items(self, items: list[LearnedItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> LearnedItem:
        return self._items[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Learned"), tr("Text"), tr("Meaning")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self._items[index.row()]
        return [_kind_title(item.kind), item.phrase, _meaning(item)][index.column()]


class ForgetLearnedCommand(QUndoCommand):
    """Forgetting a learned item is one undoable step; its first run has happened when it is pushed."""

    def __init__(self, runner: ActionRunner, item: LearnedItem, rows, on_change) -> None:
        super().__init__(tr("Forget “{0}”").format(item.phrase[:40]))
        self._runner, self._item, self._rows, self._on_change = runner, item, rows, on_change
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        done = self._runner.run(learning.forget, self._item, change=Change.COMPANIES)
        if done.ok:
            self._rows = done.value
        self._on_change()

    def undo(self) -> None:
        self._runner.run(learning.restore, self._rows, change=Change.COMPANIES)
        self._on_change()


class LearnedDialog(QDialog):
    def __init__(self, runner: ActionRunner, undo_stack: QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("learnedDialog")
        self.setWindowTitle(tr("What Reader Learned"))
        self.resize(760, 420)
        self._runner = runner
        self._undo = undo_stack if undo_stack is not None else QUndoStack(self)
        self.changed = False
        self.model = LearnedTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("learnedTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(PHRASE, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        forget = QPushButton(tr("Forget"), self)
        forget.setEnabled(not runner.read_only)
        forget.clicked.connect(self.forget_selected)
        undo = QPushButton(tr("Undo"), self)
        undo.clicked.connect(self._undo.undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(forget)
        row.addWidget(undo)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Companies and cues you tagged by hand are suggested in later articles; suggestions you rejected "
                "are not proposed again. Forget an item to undo what Reader learned."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.model.set_items(self._runner.run(learning.list_learned, show_failure=self.status.setText).value or [])

    def _after_change(self) -> None:
        self.changed = True
        self.reload()

    @Slot()
    def forget_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.status.setText(tr("Select an item to forget."))
            return
        item = self.model.item(index.row())
        done = self._runner.run(learning.forget, item, change=Change.COMPANIES, show_failure=self.status.setText)
        if not done.ok:
            return
        self._undo.push(ForgetLearnedCommand(self._runner, item, done.value, self._after_change))
        self._after_change()
        self.status.setText(tr("Forgot “{0}”.").format(item.phrase))
