"""The analyst's name as annotator, asked once before the first tag (stored in the settings, changed in Preferences)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reader_app.ui import settings
from reader_app.ui.i18n import tr


def ask_once(parent: QWidget) -> str:
    """The stored name; on the very first tag, ask for it first. An empty answer is kept: not asked again."""
    if settings.annotator_asked():
        return settings.annotator_name()
    name, ok = QInputDialog.getText(
        parent,
        tr("Your Name"),
        tr("Your name as annotator, stored with every annotation you make\n(change it later in Edit › Preferences):"),
        QLineEdit.EchoMode.Normal,
        "",
    )
    settings.set_annotator_name(name if ok else "")
    return settings.annotator_name()
