"""The current article's annotations in reading order; the label's field and the note edit in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from reader_app.core.model import Annotation, Label
from reader_app.ui.i18n import tr
from reader_app.ui.icons import label_icon, warning_icon
from reader_app.ui.plain_text import tooltip
from reader_app.ui.theme import warning_color

LABEL, TEXT, FIELD, NOTE = range(4)
ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
FIELD_TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # "Company", "Speaker", "Cue": the editor's placeholder
FIELD_KEY_ROLE = Qt.ItemDataRole.UserRole + 4  # "canonical", "speaker", "cue": what the editor completes from


class AnnotationTableModel(QAbstractTableModel):
    # (annotation id, new fields or None, new note or None): the controller turns it into an undoable edit
    edit_requested = Signal(int, object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._annotations: list[Annotation] = []
        self._labels: dict[str, Label] = {}
        self._icons: dict[str, object] = {}
        self._lost_icon = warning_icon()

    def set_labels(self, labels: list[Label]) -> None:
        self._labels = {label.name: label for label in labels}
        self._icons = {label.name: label_icon(label.icon, label.color) for label in labels}

    def set_annotations(self, annotations: list[Annotation]) -> None:
        ordered = sorted(annotations, key=lambda a: (a.start, a.end, a.id))
        if [a.id for a in ordered] == [a.id for a in self._annotations] and ordered:
            # Same rows (an edit): update in place, so an open editor and the selection survive.
            self._annotations = ordered
            self.dataChanged.emit(self.index(0, 0), self.index(len(ordered) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._annotations = ordered
        self.endResetModel()

    def annotation(self, row: int) -> Annotation:
        return self._annotations[row]

    def row_of(self, annotation_id: int) -> int:
        for row, annotation in enumerate(self._annotations):
            if annotation.id == annotation_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._annotations)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ["", tr("Text"), tr("Details"), tr("Note")][section]
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == NOTE:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.isValid() and index.column() == FIELD:
            label = self._labels.get(self._annotations[index.row()].label)
            if label is not None and label.field_key:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._annotations):
            return None
        annotation = self._annotations[index.row()]
        label = self._labels.get(annotation.label)
        column = index.column()
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        if role == LABEL_NAME_ROLE:
            return annotation.label
        if role == Qt.ItemDataRole.DecorationRole and column == LABEL:
            return self._lost_icon if annotation.anchor_lost else self._icons.get(annotation.label)
        if role == Qt.ItemDataRole.ForegroundRole and annotation.anchor_lost:
            return warning_color()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TEXT:
                return " ".join(annotation.text.split())
            if column == FIELD:
                return annotation.fields.get(label.field_key, "") if label and label.field_key else ""
            if column == NOTE:
                return annotation.note
        if role == FIELD_TITLE_ROLE:
            return label.field_title if label else ""
        if role == FIELD_KEY_ROLE:
            return (label.field_key or "") if label and column == FIELD else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            name = label.display_name if label else annotation.label
            field = ""
            if label and label.field_key and annotation.fields.get(label.field_key):
                field = f"\n{label.field_title}: {annotation.fields[label.field_key]}"
            note = f"\n{tr('Note')}: {annotation.note}" if annotation.note else ""
            lost = (
                "\n" + tr("This text was not found after the article was decoded again; tag it anew and delete this.")
                if annotation.anchor_lost
                else ""
            )
            return tooltip(f"{name}: {annotation.text}{field}{note}{lost}")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        annotation = self._annotations[index.row()]
        value = str(value).strip()
        if index.column() == NOTE and value != annotation.note:
            self.edit_requested.emit(annotation.id, None, value)
            return True
        label = self._labels.get(annotation.label)
        if index.column() == FIELD and label and label.field_key:
            if value != annotation.fields.get(label.field_key, ""):
                self.edit_requested.emit(annotation.id, {label.field_key: value}, None)
            return True
        return False
