"""Every window setting the app keeps, declared once; library data lives in SQLite, not here."""

from __future__ import annotations

import hashlib
from pathlib import Path

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
ANNOTATOR_ASKED = "annotator/asked"
LAST_FOLDER = "folders/last_{0}"  # per kind: import, export
LAST_ARTICLE = "reader/last_article/{0}"  # per library (a digest of its path)


def last_folder(kind: str) -> str:
    """Where the last file dialog of this kind (import, export) was answered; the home folder at first."""
    value = str(settings().value(LAST_FOLDER.format(kind), "") or "")
    return value if value and Path(value).is_dir() else str(Path.home())


def remember_folder(kind: str, path: str) -> None:
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    store = settings()
    store.setValue(LAST_FOLDER.format(kind), str(folder))
    store.sync()


def library_key(template: str, library_path) -> str:
    digest = hashlib.sha1(str(Path(library_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return template.format(digest)


def settings() -> QSettings:
    # The no-argument form honours QSettings.setDefaultFormat/setPath, so tests can redirect it to a folder
    # on every platform; the names come from the QApplication (ui.application.ensure_application).
    return QSettings()


def annotator_name() -> str:
    """The name the analyst gave (asked once, on the first tag); never the operating system's user (`root`)."""
    return str(settings().value(ANNOTATOR, "") or "")


def annotator_asked() -> bool:
    return bool(annotator_name()) or flag(ANNOTATOR_ASKED, False)


def set_annotator_name(name: str) -> None:
    store = settings()
    store.setValue(ANNOTATOR, " ".join(name.split()))
    store.setValue(ANNOTATOR_ASKED, True)
    store.sync()


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def flag(key: str, default: bool) -> bool:
    value = settings().value(key, default)
    if isinstance(value, str):
        return value.lower() in {"1", "true", "yes"}
    return bool(value)
