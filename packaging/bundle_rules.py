"""What the PyInstaller bundle leaves out, in one place: modules, Qt plugins and libraries, data files.

reader-app.spec applies these after PyInstaller's analysis. Each rule says why the app does not need the
thing; `reader-app --self-test` inside the bundle is what proves the rules did not cut too deep.
"""

from __future__ import annotations

import re

# Python modules nothing in the app runs. The app uses QtCore, QtGui, QtWidgets and QtNetwork (QLocalSocket,
# for one window per library); other Qt modules are reached only through optional imports (qtpy tries
# QtOpenGL).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "test", "unittest", "doctest", "pdb",  # reached only by lxml.doctestcompare and pytz's self-test
    "PIL",  # only pygments' image formatter, which markdown never asks for
    "numpy", "pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller", "setuptools", "pip",
    "PyQt5", "PyQt6", "PySide2",  # qtpy must find PySide6 and nothing else
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtSvg", "PySide6.QtSvgWidgets",
    "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtUiTools",
    "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore",
    # trafilatura parses with lxml.etree and lxml.html, jusText adds lxml.sax; the rest of lxml is unused
    "lxml.objectify", "lxml.isoschematron", "lxml.html.diff", "lxml.html._difflib",
]  # fmt: skip

# Qt plugin folders the app never loads: touch/evdev input, embedded (EGLFS) displays, TLS backends and
# network-status plugins (local sockets need neither), SVG
# icons (qtawesome draws from fonts), QML tooling, Wayland server-buffer integrations (widgets draw into
# shared memory, not EGL).
_DROPPED_PLUGIN_DIRS = (
    "egldeviceintegrations", "generic", "networkinformation", "tls", "iconengines", "qmltooling",
    "sqldrivers", "wayland-graphics-integration-client", "wayland-graphics-integration-server",
    "virtualkeyboard", "position", "multimedia", "sceneparsers", "renderers", "printsupport",
)  # fmt: skip
# Platform plugins for kiosks and VNC; the desktop ones (xcb, wayland, windows, cocoa) and offscreen stay.
_DROPPED_PLATFORMS = ("eglfs", "linuxfb", "minimalegl", "vnc", "vkkhrdisplay", "direct2d")
# Image formats: the app shows PNG (built into QtGui); GIF, JPEG and ICO stay for pasted article images.
_KEPT_IMAGE_FORMATS = ("gif", "ico", "jpeg")
# Needs QtSvg (GNOME's decoration); Qt falls back to its own "bradient" decoration without it.
_DROPPED_WAYLAND = ("adwaita", "wl-shell-plugin")
# The GTK 3 theme links GTK, Pango and Cairo, which PyInstaller would copy from the build machine and mix
# with the user's GTK at run time (a classic source of symbol errors); without it Qt uses its built-in
# GNOME theme and the xdg-desktop-portal plugin, which only speak D-Bus.
_DROPPED_THEMES = ("gtk3",)
# Qt libraries that only the dropped modules and plugins link to.
_DROPPED_QT_LIBS = re.compile(
    r"(^|[/\\])(lib)?Qt6?(Svg|OpenGL|Pdf|Qml|Quick|VirtualKeyboard|EglFS|EglFsKms|WlShellIntegration"
    r"|WaylandCompositor|WaylandEgl)[A-Za-z]*([.]|$|[/\\])"
)


def _parts(dest: str) -> list[str]:
    return re.split(r"[/\\]", dest)


def _is_dropped_plugin(parts: list[str]) -> bool:
    if "plugins" not in parts:
        return False
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return False
    folder, name = parts[i + 1], parts[i + 2].lower()
    if folder in _DROPPED_PLUGIN_DIRS:
        return True
    if folder == "platforms":
        return any(f"q{p}" in name for p in _DROPPED_PLATFORMS)
    if folder == "imageformats":
        return not any(f"q{f}" in name for f in _KEPT_IMAGE_FORMATS)
    if folder == "platformthemes":
        return any(t in name for t in _DROPPED_THEMES)
    if folder.startswith("wayland-"):
        return any(w in name for w in _DROPPED_WAYLAND)
    return False


def keep_binary(dest: str) -> bool:
    """False for a collected shared library or plugin (by its path inside the bundle) the app never loads."""
    if _DROPPED_QT_LIBS.search(dest):  # the library itself, a top-level link to it, or its macOS framework
        return False
    parts = _parts(dest)
    return not (any(p.startswith("PySide6") for p in parts) and _is_dropped_plugin(parts))


# babel's locale data (33 MB) is read only by courlan's URL language filter, which the importer never
# calls with a language; babel answers UnknownLocaleError (handled there) for a locale that is left out.
_KEPT_BABEL_LOCALES = ("root", "en", "ko")


def keep_data(dest: str) -> bool:
    """False for a collected data file (by its path inside the bundle) the app never reads."""
    parts = _parts(dest)
    if _DROPPED_QT_LIBS.search(dest):
        return False  # e.g. a dropped macOS framework's Resources/Info.plist
    if len(parts) >= 2 and parts[0] == "PySide6" and "translations" in parts:
        # Qt's own translations: only the Korean one for Qt's buttons and undo texts (157 KB) is read,
        # by reader_app.ui.translation; the other 1,000-odd files never are.
        return parts[-1] == "qtbase_ko.qm"
    if parts[:2] == ["babel", "locale-data"]:
        return parts[-1].rsplit(".", 1)[0] in _KEPT_BABEL_LOCALES
    return parts[:2] != ["tld", "tests"]  # tld's own test fixtures


def _closure(start: list[tuple], by_name: dict[str, tuple], imports_of) -> set[str]:
    seen: set[str] = set()
    stack = list(start)
    while stack:
        entry = stack.pop()
        if entry[0] in seen:
            continue
        seen.add(entry[0])
        for name in imports_of(entry[1]):
            dep = by_name.get(_parts(name)[-1].lower())
            if dep is not None:
                stack.append(dep)
    return seen


def select_binaries(binaries: list[tuple], imports_of) -> list[tuple]:
    """The (dest, src, typecode) entries to bundle: keep_binary's choice, minus orphans it leaves behind.

    PyInstaller has already copied in the system libraries the dropped plugins link to (GTK, Pango, Kerberos
    from the build machine); a library is pruned only if a dropped binary needed it and no kept one does.
    imports_of(src) names the libraries a binary links to (PyInstaller's bindepend.get_imports).
    """
    real = [e for e in binaries if e[2] != "SYMLINK"]
    dropped = [e for e in real if not keep_binary(e[0])]
    kept = [e for e in real if keep_binary(e[0])]
    by_name = {_parts(e[0])[-1].lower(): e for e in real}
    needed_by_dropped = _closure(dropped, by_name, imports_of) - {e[0] for e in dropped}
    roots = [e for e in kept if e[0] not in needed_by_dropped]
    reachable = _closure(roots, by_name, imports_of)
    result = [e for e in kept if e[0] not in needed_by_dropped or e[0] in reachable]
    return result + [e for e in binaries if e[2] == "SYMLINK" and keep_binary(e[0])]


def drop_dangling_symlinks(toc: list[tuple], removed: set[str]) -> list[tuple]:
    """Entries minus SYMLINKs (dest -> target relative to dest's folder) that point at a removed file.

    Only links to removed files go: a macOS framework's Versions/Current links point at folders, not files.
    """
    kept = []
    for dest, target, typecode in toc:
        resolved = _normalise("/".join([*_parts(dest)[:-1], *_parts(target)]))
        if typecode != "SYMLINK" or resolved not in removed:
            kept.append((dest, target, typecode))
    return kept


def _normalise(path: str) -> str:
    out: list[str] = []
    for part in _parts(path):
        if part == "..":
            out = out[:-1]
        elif part not in ("", "."):
            out.append(part)
    return "/".join(out)
