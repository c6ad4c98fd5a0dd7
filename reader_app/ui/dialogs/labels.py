"""Annotate › Labels…: the analyst's kinds of annotation (name, colour, shortcut, field); built-ins kept.

The dialog edits a working copy (a handful of rows, so a QListWidget); Save hands the whole set to the window,
which stores it in one undoable step.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from reader_app.core import label_rules
from reader_app.core.errors import UserError
from reader_app.core.model import Label
from reader_app.ui.i18n import tr
from reader_app.ui.icons import label_icon

# A new label's colours, in turn; the analyst can pick any other.
_NEW_COLORS = ("#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#d35400", "#2c3e50")


class LabelDialog(QDialog):
    # the set of labels the analyst saved, in order
    save_requested = Signal(list)

    def __init__(self, labels: list[Label], usage: dict[str, int], taken_shortcuts: dict[str, str], parent=None):
        super().__init__(parent)
        self.setObjectName("labelDialog")
        self.setWindowTitle(tr("Labels"))
        self.resize(640, 380)
        self._labels = list(labels)
        self._usage = usage
        self._taken = taken_shortcuts  # key text -> the other action's name, so a label cannot steal its key
        self._loading = False
        self._new: set[str] = set()  # keys of labels added here: their final key comes from their name

        self.list = QListWidget(self)
        self.list.setObjectName("labelList")
        self.name = QLineEdit(self)
        self.name.setObjectName("labelName")
        self.color = QLineEdit(self)
        self.color.setObjectName("labelColor")
        self.color.setPlaceholderText("#2f7fd8")
        self.pick_color = QPushButton(tr("Choose…"), self)
        self.shortcut = QKeySequenceEdit(self)
        self.shortcut.setObjectName("labelShortcut")
        self.shortcut.setMaximumSequenceLength(1)
        self.clear_shortcut = QPushButton(tr("No Shortcut"), self)
        self.field = QLineEdit(self)
        self.field.setObjectName("labelField")
        self.field.setPlaceholderText(tr("none (e.g. Severity)"))
        self.field.setToolTip(tr("A field each annotation of this label carries, edited in the sidebar"))
        self.add_button = QPushButton(tr("Add Label"), self)
        self.add_button.setObjectName("addLabel")
        self.delete_button = QPushButton(tr("Delete Label"), self)
        self.delete_button.setObjectName("deleteLabel")
        self.error = QLabel(self)
        self.error.setObjectName("labelError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        color_row = QHBoxLayout()
        color_row.addWidget(self.color, 1)
        color_row.addWidget(self.pick_color)
        shortcut_row = QHBoxLayout()
        shortcut_row.addWidget(self.shortcut, 1)
        shortcut_row.addWidget(self.clear_shortcut)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Colour"), color_row)
        form.addRow(tr("Shortcut"), shortcut_row)
        form.addRow(tr("Field"), self.field)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._show_row)
        for editor in (self.name, self.color, self.field):
            editor.textEdited.connect(self._store_row)
        self.shortcut.keySequenceChanged.connect(self._store_row)
        self.clear_shortcut.clicked.connect(self.shortcut.clear)
        self.pick_color.clicked.connect(self._choose_color)
        self.add_button.clicked.connect(self.add_label)
        self.delete_button.clicked.connect(self.delete_label)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self._fill_list()
        self.list.setCurrentRow(0)

    # --- the working copy -------------------------------------------------------------------------
    def labels(self) -> list[Label]:
        return list(self._labels)

    def _fill_list(self) -> None:
        self.list.clear()
        for label in self._labels:
            item = QListWidgetItem(label_icon(label.icon, label.color), self._row_text(label))
            self.list.addItem(item)

    @staticmethod
    def _row_text(label: Label) -> str:
        keys = QKeySequence(label.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        return f"{label.display_name}   {keys}" if keys else label.display_name

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._labels):
            return
        label = self._labels[row]
        built_in = label_rules.is_built_in(label.name)
        self._loading = True
        self.name.setText(label.display_name)
        self.color.setText(label.color)
        self.shortcut.setKeySequence(QKeySequence(label.shortcut))
        self.field.setText(label.field_title or "")
        self._loading = False
        # The suggestion engines fill the built-ins' fields: their field stays, only its title may change.
        self.field.setPlaceholderText(tr("none (e.g. Severity)") if not built_in else "")
        self.delete_button.setEnabled(not built_in)
        self.delete_button.setToolTip(
            tr("The three built-in labels are kept; rename them if you like") if built_in else ""
        )

    @Slot()
    def _store_row(self, *_args) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._labels):
            return
        label = self._labels[row]
        field_title = " ".join(self.field.text().split())
        if label_rules.is_built_in(label.name):
            field_key = label.field_key
            field_title = field_title or label.field_title or ""
        else:
            field_key = label_rules.field_key_for(field_title) if field_title else None
        shortcut = self.shortcut.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        self._labels[row] = replace(
            label,
            display_name=self.name.text(),
            color=self.color.text().strip(),
            shortcut=shortcut,
            field_key=field_key,
            field_title=field_title or None,
        )
        updated = self._labels[row]
        item = self.list.item(row)
        item.setText(self._row_text(updated))
        if QColor.isValidColorName(updated.color):
            item.setIcon(label_icon(updated.icon, updated.color))
        self.error.clear()

    @Slot()
    def _choose_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color.text()), self, tr("Label Colour"))
        if color.isValid():
            self.color.setText(color.name())
            self._store_row()

    @Slot()
    def add_label(self) -> None:
        taken = {label.name for label in self._labels}
        names = {label.display_name for label in self._labels}
        shown, n = tr("New Label"), 2
        while shown in names:
            shown, n = f"{tr('New Label')} {n}", n + 1
        color = _NEW_COLORS[(len(self._labels) - 3) % len(_NEW_COLORS)]
        label = Label(label_rules.key_for(shown, taken), shown, color, label_rules.DEFAULT_ICON, "")
        self._new.add(label.name)
        self._labels.append(label)
        self._fill_list()
        self.list.setCurrentRow(len(self._labels) - 1)
        self.name.setFocus()
        self.name.selectAll()

    @Slot()
    def delete_label(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._labels):
            return
        label = self._labels[row]
        if label_rules.is_built_in(label.name):
            return
        if self._usage.get(label.name):
            self.error.setText(
                tr("'{0}' is used by {1} annotations: delete them first, or keep the label.").format(
                    label.display_name, self._usage[label.name]
                )
            )
            return
        del self._labels[row]
        self._fill_list()
        self.list.setCurrentRow(min(row, len(self._labels) - 1))

    def _new_keys(self) -> list[Label]:
        """New labels get their key from the name they were given (a key written in exports, never changed)."""
        taken = {label.name for label in self._labels}
        result = []
        for label in self._labels:
            if label.name in self._new:
                taken.discard(label.name)
                key = label_rules.key_for(label.display_name, taken)
                taken.add(key)
                label = replace(label, name=key)
            result.append(label)
        return result

    @Slot()
    def try_save(self) -> None:
        labels = self._new_keys()
        try:
            label_rules.check([replace(label, display_name=label.display_name.strip()) for label in labels])
            for label in labels:
                if label.shortcut and label.shortcut in self._taken:
                    raise UserError(
                        tr("{0} is already {1}: give '{2}' another shortcut.").format(
                            label.shortcut, self._taken[label.shortcut], label.display_name
                        )
                    )
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self._labels = labels
        self.save_requested.emit(labels)
        self.accept()
