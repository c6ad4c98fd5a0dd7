"""Icons by name: qtawesome glyphs for actions and labels, the app icon from resources."""

from __future__ import annotations

import qtawesome
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPalette

from reader_app.paths import resource_path

# Action icons by purpose; a test checks that every name resolves in qtawesome.
ACTION_ICONS = {
    "import": "mdi6.file-import-outline",
    "import_folder": "mdi6.folder-download-outline",
    "import_url": "mdi6.web",
    "export": "mdi6.file-delimited-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "delete": "mdi6.delete-outline",
    "samples": "mdi6.book-open-page-variant-outline",
    "furniture": "mdi6.page-layout-header-footer",
    "search": "mdi6.magnify",
    "close": "mdi6.close",
    "next": "mdi6.chevron-down",
    "previous": "mdi6.chevron-up",
    "accept": "mdi6.check",
    "reject": "mdi6.close-circle-outline",
    "properties": "mdi6.card-text-outline",
    "companies": "mdi6.office-building-cog-outline",
    "preferences": "mdi6.cog-outline",
    "delete_article": "mdi6.file-remove-outline",
    "encoding": "mdi6.format-letter-case",
    "labels": "mdi6.tag-multiple-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "next_article": "mdi6.arrow-down-bold-outline",
    "previous_article": "mdi6.arrow-up-bold-outline",
    "keyboard": "mdi6.keyboard-outline",
    "guide": "mdi6.help-circle-outline",
}


class _PaletteIconEngine(QIconEngine):
    """Draws a glyph in the palette's text colour when painted, so action icons follow light and dark."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._by_color: dict[int, QIcon] = {}

    def _icon(self) -> QIcon:
        color = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
        icon = self._by_color.get(color.rgba())
        if icon is None:
            icon = self._by_color[color.rgba()] = qtawesome.icon(self._name, color=color)
        return icon

    def paint(self, painter, rect, mode, state) -> None:
        self._icon().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size, mode, state):
        return self._icon().pixmap(size, mode, state)

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self._name)


def action_icon(purpose: str, color: str | None = None) -> QIcon:
    if color:
        return qtawesome.icon(ACTION_ICONS[purpose], color=QColor(color))
    return QIcon(_PaletteIconEngine(ACTION_ICONS[purpose]))


def label_icon(name: str, color: str) -> QIcon:
    return qtawesome.icon(name, color=QColor(color))


def warning_icon() -> QIcon:
    from reader_app.ui.theme import warning_color

    return qtawesome.icon("mdi6.alert-outline", color=warning_color())


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "reader-app.png")))
