"""The app's stylesheet, loaded by name from resources."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reader_app.paths import resource_path


def apply_stylesheet(widget: QWidget) -> None:
    widget.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
