"""Load the interface language at start: the system's or the one chosen in Preferences, from a .ts catalogue.

The catalogue is read straight from Qt Linguist's XML (resources/i18n/reader_ko.ts) instead of a compiled .qm:
no lrelease step in the build, the tests or CI, one file to review in a diff, and the bundle carries the same
~50 KB either way. Only finished translations are used; anything else shows the English source.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader_app.paths import resource_path
from reader_app.ui import settings

SYSTEM, ENGLISH, KOREAN = "system", "en", "ko"
CHOICES = (SYSTEM, ENGLISH, KOREAN)
CATALOGUES = {KOREAN: ("i18n", "reader_ko.ts")}
_MAX_CATALOGUE_BYTES = 5_000_000  # the shipped one is ~60 KB; a larger file is not ours

_installed: list[QTranslator] = []


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a .ts file."""
    with open(path, "rb") as handle:
        data = handle.read(_MAX_CATALOGUE_BYTES + 1)
    if len(data) > _MAX_CATALOGUE_BYTES:
        raise ValueError(f"{path} is larger than {_MAX_CATALOGUE_BYTES} bytes; reinstall Reader")
    messages: dict[tuple[str, str], str] = {}
    for context in ET.fromstring(data).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in {"unfinished", "obsolete", "vanished"} or not node.text:
                continue
            messages[(name, message.findtext("source") or "")] = node.text
    return messages


class CatalogueTranslator(QTranslator):
    """A QTranslator over the messages of a .ts catalogue."""

    def __init__(self, messages: dict[tuple[str, str], str], parent=None) -> None:
        super().__init__(parent)
        self._messages = messages

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # The source itself when there is no translation: a str is never None, so Qt keeps looking no further.
        return self._messages.get((context, source_text), source_text)


def chosen_language() -> str:
    value = str(settings.settings().value(settings.LANGUAGE, SYSTEM))
    return value if value in CHOICES else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a Preferences choice: English unless Korean is chosen or the system's."""
    if choice in (ENGLISH, KOREAN):
        return choice
    locale = system if system is not None else QLocale.system()
    return KOREAN if locale.language() == QLocale.Language.Korean else ENGLISH


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Show the interface in language (en or ko) from now on: strings made after this call are translated."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language in CATALOGUES:
        ours = CatalogueTranslator(read_catalogue(resource_path(*CATALOGUES[language])), app)
        app.installTranslator(ours)
        _installed.append(ours)
        # Qt's own dialog buttons (Cancel, Save, Yes…) from the catalogue PySide6 ships, when it does;
        # installed last so Qt asks it first for its own contexts.
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(QLocale.Language.Korean), "qtbase", "_", qt_folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    return language


def install_chosen(app: QCoreApplication | None = None) -> str:
    return install(resolve(chosen_language()), app)
