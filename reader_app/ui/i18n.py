"""User-visible strings go through tr(); resources/i18n/reader_ko.ts holds their Korean translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "Reader") -> str:
    return QCoreApplication.translate(context, text)


def tr_noop(text: str) -> str:
    """Marks a literal for the catalogue where it is defined; the code passes it through tr() where it is shown."""
    return text
