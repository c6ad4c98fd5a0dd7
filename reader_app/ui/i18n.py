"""User-visible strings go through tr() so the app can be translated later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "Reader") -> str:
    return QCoreApplication.translate(context, text)
