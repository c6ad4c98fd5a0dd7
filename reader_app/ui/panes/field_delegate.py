"""Inline editor for an annotation's field that says what to type (Speaker, Cue) while it is empty.

A company's name completes from the registry (Korean and English names); choosing a name fills in the canonical
name it is filed under.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate

from reader_app.ui.i18n import tr
from reader_app.ui.models.annotation_table import FIELD_KEY_ROLE, FIELD_TITLE_ROLE
from reader_app.ui.models.company_names import CANONICAL_ROLE, CompanyNameModel

COMPANY_FIELD = "canonical"
_POPUP_MIN_WIDTH = 380


class FieldDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, company_names: Callable[[], CompanyNameModel] | None = None) -> None:
        super().__init__(parent)
        self._company_names = company_names

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            title = index.data(FIELD_TITLE_ROLE) or tr("Note")
            editor.setPlaceholderText(tr("{0}, then Enter").format(title))
            if index.data(FIELD_KEY_ROLE) == COMPANY_FIELD and self._company_names is not None:
                editor.setCompleter(self._completer(editor))
        return editor

    def _completer(self, editor: QLineEdit) -> QCompleter:
        completer = QCompleter(self._company_names(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        # Wider than the narrow Details column, so "우리금융지주 → Woori Financial Group" reads in full.
        completer.popup().setMinimumWidth(_POPUP_MIN_WIDTH)

        def chosen(index: QModelIndex) -> None:
            # Connected after the line edit's own slot, which put the shown "name → canonical" text in.
            canonical = index.data(CANONICAL_ROLE)
            if canonical:
                editor.setText(canonical)

        completer.activated[QModelIndex].connect(chosen)
        return completer

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QLineEdit) and index.data(FIELD_KEY_ROLE) == COMPANY_FIELD and " → " in editor.text():
            # A completion highlighted with the arrow keys and left as shown: store the canonical name only.
            editor.setText(editor.text().rsplit(" → ", 1)[1].strip())
        super().setModelData(editor, model, index)
