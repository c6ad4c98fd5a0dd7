"""The Qt half of `reader-app --self-test`: platform plugin, fonts, icon fonts and the real main window.

Kept in ui/ because only this package may import PySide6 and qtawesome; reader_app.selftest calls it.
Each check returns (passed, message); a Qt warning printed while the window is built counts as a failure,
as it does in the test suite, because in a bundle it usually means a missing plugin or data file.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

Result = tuple[bool, str]

# Qt messages at these levels fail the window check.
_FAILING_MESSAGES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
# The offscreen platform plugin says this on every top-level show; it is the plugin's limit, not ours.
_EXPECTED_OFFSCREEN = ("This plugin does not support propagateSizeHints()",)


class _PaintWatcher(QObject):
    """Notes the first paint event of the watched widget."""

    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _wait_until(condition: Callable[[], bool], app: QApplication, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)  # no QtTest here: it is left out of the bundle
    return condition()


def _isolate_settings(settings_dir: Path):
    """Send every QSettings the app makes to settings_dir; returns a function that undoes it.

    setPath moves the native format only on Linux and other Unixes; Windows (registry) and macOS (plist)
    ignore it, so the app's one settings factory is also pointed at an INI file there.
    """
    from reader_app.ui import settings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    original = settings.settings
    ini_file = str(settings_dir / "reader-app.ini")
    settings.settings = lambda: QSettings(ini_file, QSettings.Format.IniFormat)

    def restore() -> None:
        settings.settings = original

    return restore


def _fonts() -> Result:
    families = QFontDatabase.families()
    if not families:
        return False, "fonts: Qt found no font families (fontconfig or the platform plugin is missing)"
    korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    note = f"{len(korean)} with Korean glyphs" if korean else "none with Korean glyphs: install e.g. fonts-noto-cjk"
    return True, f"fonts: {len(families)} families, {note}"


def _icon_fonts() -> Result:
    from reader_app.ui.icons import ACTION_ICONS, action_icon

    blank = []
    for purpose in ACTION_ICONS:
        image = action_icon(purpose, "#000000").pixmap(32, 32).toImage()
        # A glyph drawn from the bundled icon font leaves opaque pixels; a missing font draws nothing.
        if not any(image.pixelColor(x, y).alpha() for x in range(0, 32, 2) for y in range(0, 32, 2)):
            blank.append(purpose)
    if blank:
        return False, f"icon fonts: qtawesome drew nothing for {', '.join(blank)}"
    return True, f"icon fonts: {len(ACTION_ICONS)} qtawesome icons drawn"


def _korean_interface(app: QApplication) -> Result:
    from reader_app.ui import translation
    from reader_app.ui.i18n import tr

    try:
        translation.install(translation.KOREAN, app)
        shown = tr("&File")
    except (OSError, ValueError, SyntaxError) as exc:  # missing, too large, or not XML (ParseError)
        return False, f"translations: the Korean catalogue did not load ({exc}); reinstall Reader"
    finally:
        translation.install(translation.ENGLISH, app)
    if shown == "&File":
        return False, "translations: resources/i18n/reader_ko.ts has no Korean for the menus; reinstall Reader"
    return True, f"translations: Korean catalogue loaded ('&File' is '{shown}')"


def _main_window(db_path: Path, app: QApplication) -> Result:
    from reader_app.ui.main_window import build_main_window

    window = build_main_window(Path(db_path))
    watcher = _PaintWatcher(window)
    window.installEventFilter(watcher)
    try:
        window.show()
        if not _wait_until(lambda: watcher.painted, app):
            return False, "main window: shown but never painted"
        if window.grab().isNull():
            return False, "main window: painted but could not be grabbed"
        article = window.reader.article
        if article is None:
            return False, "main window: painted, but it shows no article although the library has some"
        return True, f"main window: painted on '{app.platformName()}', showing '{article.title}'"
    finally:
        window.removeEventFilter(watcher)
        window.close()  # the real close path: stops workers, saves window state (into the temp folder)
        window.deleteLater()
        app.processEvents()


def run_window_checks(db_path: Path, settings_dir: Path) -> list[Result]:
    """Build a QApplication (or reuse one), then check fonts, icons and the main window over db_path."""
    from reader_app.ui.icons import app_icon
    from reader_app.ui.startup.application import ensure_application

    messages: list[str] = []

    def collect(kind: QtMsgType, _context, text: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            # Qt aborts right after this (e.g. no platform plugin could load): say why while we still can.
            print(f"FAIL qt: {' | '.join([*messages, text])}", flush=True)
        elif text in _EXPECTED_OFFSCREEN:
            return
        elif kind in _FAILING_MESSAGES:
            messages.append(text)
        else:
            print(text, file=sys.stderr)  # what Qt's own handler would print (e.g. with QT_DEBUG_PLUGINS=1)

    previous = qInstallMessageHandler(collect)
    restore_settings = _isolate_settings(settings_dir)
    try:
        app = ensure_application()
        results: list[Result] = [(True, f"qt: Qt {qVersion()}, platform plugin '{app.platformName()}' loaded")]
        results.append(_fonts())
        results.append(_icon_fonts())
        results.append(_korean_interface(app))
        icon_ok = not app_icon().isNull()
        results.append(
            (icon_ok, "app icon: loaded" if icon_ok else "app icon: resources/icons/reader-app.png did not load")
        )
        try:
            results.append(_main_window(db_path, app))
        except Exception as exc:  # keep the results above; say what broke
            results.append((False, f"main window: {type(exc).__name__}: {exc}"))
    finally:
        restore_settings()
        qInstallMessageHandler(previous)
    if messages:
        results.append((False, "qt messages: " + " | ".join(dict.fromkeys(messages))))
    return results
