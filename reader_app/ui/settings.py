"""Every window setting the app keeps, declared once; library data lives in SQLite, not here."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ReaderApp"
APPLICATION = "Reader"

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
SIDEBAR_SPLITTER = "window/sidebar_splitter"
ANNOTATOR = "annotator/name"
SHOW_FURNITURE = "reader/show_furniture"
FONT_SIZE = "reader/font_size"
LANGUAGE = "ui/language"  # system, en or ko (reader_app.ui.translation)
COLOR_SCHEME = "ui/color_scheme"  # system, light or dark (reader_app.ui.theme)


def settings() -> QSettings:
    # The no-argument form honours QSettings.setDefaultFormat/setPath, so tests can redirect it to a folder
    # on every platform; the names come from the QApplication (ui.application.ensure_application).
    return QSettings()


def annotator_name() -> str:
    value = settings().value(ANNOTATOR, "")
    if value:
        return str(value)
    try:
        return getpass.getuser()
    except Exception:  # getuser raises when no user name is known (some containers)
        return ""


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def flag(key: str, default: bool) -> bool:
    value = settings().value(key, default)
    if isinstance(value, str):
        return value.lower() in {"1", "true", "yes"}
    return bool(value)
