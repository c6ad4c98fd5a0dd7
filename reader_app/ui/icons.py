"""Icons by name: qtawesome glyphs for actions and labels, the app icon from resources."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QColor, QIcon

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


def action_icon(purpose: str, color: str | None = None) -> QIcon:
    options = {"color": QColor(color)} if color else {}
    return qtawesome.icon(ACTION_ICONS[purpose], **options)


def label_icon(name: str, color: str) -> QIcon:
    return qtawesome.icon(name, color=QColor(color))


def warning_icon() -> QIcon:
    return qtawesome.icon("mdi6.alert-outline", color=QColor("#b3261e"))


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "reader-app.png")))
