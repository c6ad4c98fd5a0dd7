"""Imported data (titles, article text, file names, messages that quote them) shown in Qt as plain text only.

Qt guesses whether a string is rich text (`Qt::mightBeRichText`) in tooltips, labels and message boxes: a title
holding `<img src="file:///dev/zero">` would make Qt read that file. Everything here turns the guess off.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows text exactly: QToolTip has no plain-text switch, so the text is escaped inside a
    paragraph (rich text that can only hold characters), line breaks kept."""
    return '<p style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A QMessageBox whose text and informative text are plain text (the static helpers guess)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """QMessageBox.question with plain text: True when the analyst answers Yes."""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return box.exec() == QMessageBox.StandardButton.Yes
