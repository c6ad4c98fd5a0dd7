"""The user decides each conflict of an annotation import: keep mine, or take the colleague's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.model import Annotation
from reader_app.services.annotation_import import ImportPlan
from reader_app.ui.i18n import tr, tr_noop
from reader_app.ui.plain_text import plain_label

COLUMNS = (tr_noop("take theirs"), tr_noop("text"), tr_noop("mine"), tr_noop("theirs"))


def _describe(annotation: Annotation) -> str:
    parts = [annotation.label]
    parts += [f"{k}: {v}" for k, v in sorted(annotation.fields.items())]
    if annotation.note:
        parts.append(tr("note: {0}").format(annotation.note))
    return " · ".join(parts)


class ConflictsDialog(QDialog):
    """One row per conflict; a ticked row means the file's annotation replaces the one in the library."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(tr("Conflicting Annotations"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        intro = plain_label(  # the file's name is the colleague's: never read as rich text
            tr(
                "Conflicts in {1}: {0}. Each is on the same words as one of yours, by the same analyst, with "
                "another label, field or note. Tick the ones where the file should win; the others keep yours."
            ).format(len(plan.conflicts), plan.path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(plan.conflicts), len(COLUMNS), self)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, conflict in enumerate(plan.conflicts):
            check = QTableWidgetItem(tr("theirs"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            # QTableWidgetItem shows plain text: imported text is never interpreted as markup
            self.table.setItem(row, 1, QTableWidgetItem(" ".join(conflict.local.text.split())))
            self.table.setItem(row, 2, QTableWidgetItem(_describe(conflict.local)))
            self.table.setItem(row, 3, QTableWidgetItem(_describe(conflict.incoming)))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        take_all = QPushButton(tr("Take All Theirs"), self)
        keep_all = QPushButton(tr("Keep All Mine"), self)
        buttons.addButton(take_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(keep_all, QDialogButtonBox.ButtonRole.ActionRole)
        take_all.clicked.connect(lambda: self.set_all(True))
        keep_all.clicked.connect(lambda: self.set_all(False))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_all(self, take: bool) -> None:
        state = Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(state)

    def take_theirs(self) -> list[int]:
        """Indexes into plan.conflicts where the file wins."""
        return [r for r in range(self.table.rowCount()) if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]
