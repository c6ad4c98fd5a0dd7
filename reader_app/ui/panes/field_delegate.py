"""Inline editor for an annotation's field that says what to type (Speaker, Cue) while it is empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from reader_app.ui.i18n import tr
from reader_app.ui.models.annotation_table import FIELD_TITLE_ROLE


class FieldDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            title = index.data(FIELD_TITLE_ROLE) or tr("Note")
            editor.setPlaceholderText(tr("{0}, then Enter").format(title))
        return editor
