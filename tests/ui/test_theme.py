"""Dark mode: colours come from the palette, Dark applies a dark palette, and highlights stay readable in both."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UI_DIR = REPO / "reader_app" / "ui"
STYLESHEET = REPO / "resources" / "styles" / "app.qss"
# Where fixed colours belong: the palettes themselves, the self-check that draws icons in black to count pixels,
# and the label editor, whose colours are label data offered to a new label (their tints are checked below).
COLOUR_MODULES = {"theme.py", "selfcheck.py", "labels.py"}


def test_stylesheet_takes_its_colours_from_the_palette():
    qss = re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(encoding="utf-8"), flags=re.S)
    fixed = re.findall(r"#[0-9a-fA-F]{3,8}\b|\brgb\(|\b(?:white|black)\b", qss)
    assert fixed == [], "use palette(role) or a translucent rgba() tint over it"
    assert "palette(base)" in qss and "palette(window)" in qss


def test_ui_code_has_no_hard_coded_colour():
    found = []
    for path in sorted(UI_DIR.rglob("*.py")):
        if path.name in COLOUR_MODULES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if literal and re.search(r"#[0-9a-fA-F]{6}\b|\bcolor\s*:", node.value):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.value[:40]!r}")
            if isinstance(node, ast.Attribute) and ast.unparse(node).startswith("Qt.GlobalColor."):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    # "#888888" stands for a label the library no longer has; it is the same mid grey on either page.
    found = [f for f in found if "'#888888'" not in f]
    assert found == [], "take colours from the palette (reader_app.ui.theme): " + "; ".join(found)


@pytest.fixture
def app_theme(qapp):
    from reader_app.ui import theme

    current = theme.theme(qapp)
    yield current
    current.apply(theme.LIGHT)
    current.apply(theme.SYSTEM)


def test_dark_choice_gives_a_dark_palette_where_the_platform_has_none(app_theme, qapp):
    from reader_app.ui import theme

    changes = []
    app_theme.changed.connect(changes.append)
    assert app_theme.apply(theme.DARK) is True
    assert theme.is_dark(qapp.palette())
    assert app_theme.apply(theme.LIGHT) is False
    assert not theme.is_dark(qapp.palette())
    assert changes == [True, False]


def _luminance(color) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast(a, b) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _over(tint, page):
    """An ExtraSelection tint as painted: alpha-blended over the page."""
    from PySide6.QtGui import QColor

    a = tint.alphaF()
    return QColor.fromRgbF(*(t * a + p * (1 - a) for t, p in zip(tint.getRgbF()[:3], page.getRgbF()[:3], strict=True)))


def _palettes():
    from PySide6.QtWidgets import QStyleFactory

    from reader_app.ui.theme import dark_palette

    return {"light": QStyleFactory.create("Fusion").standardPalette(), "dark": dark_palette()}


def test_text_over_every_highlight_tint_is_readable_in_light_and_dark(qapp, library):
    from dataclasses import replace

    from PySide6.QtGui import QPalette

    from reader_app.services import library as library_service
    from reader_app.ui.dialogs.labels import _NEW_COLORS
    from reader_app.ui.panes import reader_view
    from reader_app.ui.theme import chart_colors, search_hit_background

    built_in = library_service.labels(library)
    assert {label.name for label in built_in} >= {"company", "quote", "speculation"}
    # the built-in labels and the colours the label editor gives new ones
    labels = built_in + [replace(built_in[0], name=f"new {c}", color=c) for c in _NEW_COLORS]
    failures = []
    for mode, palette in _palettes().items():
        page = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        alphas = {
            "highlight": reader_view._HIGHLIGHT_ALPHA,
            "sentence": reader_view._HIGHLIGHT_ALPHA // 2,
            "flash": reader_view.flash_alpha(palette),
        }
        for label in labels:
            for kind, alpha in alphas.items():
                ratio = contrast(text, _over(reader_view._tint(label.color, alpha), page))
                if ratio < 4.5:
                    failures.append(f"{mode} {label.name} {kind}: {ratio:.2f}")
            # a company painted over a sentence's tint
            sentence = _over(reader_view._tint(label.color, alphas["sentence"]), page)
            company = _over(reader_view._tint(labels[0].color, alphas["highlight"]), sentence)
            if contrast(text, company) < 4.5:
                failures.append(f"{mode} company inside {label.name}: {contrast(text, company):.2f}")
        hit = search_hit_background(palette)
        if contrast(text, hit) < 4.5:
            failures.append(f"{mode} search hit: {contrast(text, hit):.2f}")
        window = palette.color(QPalette.ColorRole.Window)
        for bar in chart_colors(palette):
            if contrast(bar, window) < 3.0:  # WCAG 1.4.11: a graphic needs 3:1 against what is next to it
                failures.append(f"{mode} chart bar {bar.name()}: {contrast(bar, window):.2f}")
        dimmed = palette.color(QPalette.ColorRole.PlaceholderText)
        if mode == "dark" and contrast(dimmed, page) < 4.5:
            failures.append(f"{mode} page furniture: {contrast(dimmed, page):.2f}")
    assert failures == []


def test_the_window_in_dark_mode_draws_light_text_and_icons_on_dark(make_window, tmp_path, app_theme, qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPalette, QTextCursor

    from reader_app.services import importing
    from reader_app.services import library as library_service
    from reader_app.ui import theme
    from reader_app.ui.icons import action_icon

    app_theme.apply(theme.DARK)
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    path = tmp_path / "note.txt"
    path.write_text("A headline of my own\n\nNorthwind Corp said it may buy a rival.\n", encoding="utf-8")
    stored = library_service.article(window.library, importing.import_file(window.library, path).article_id)
    view = window.reader
    view.show_article(stored, [])
    assert theme.is_dark(view.palette())
    cursor = QTextCursor(view.document())
    cursor.setPosition(2)
    headline_color = cursor.charFormat().foreground().color()
    assert headline_color.lightness() > 180, headline_color.name()  # the palette's light text, not #1d1d1f
    icon = action_icon("undo").pixmap(QSize(32, 32)).toImage()
    opaque = [icon.pixelColor(x, y) for x in range(32) for y in range(32) if icon.pixelColor(x, y).alpha() > 200]
    assert opaque and min(c.lightness() for c in opaque) > 150  # drawn in the dark palette's light text colour
    assert view.palette().color(QPalette.ColorRole.Base).lightness() < 60
    app_theme.apply(theme.LIGHT)
    icon = action_icon("undo").pixmap(QSize(32, 32)).toImage()
    opaque = [icon.pixelColor(x, y) for x in range(32) for y in range(32) if icon.pixelColor(x, y).alpha() > 200]
    assert opaque and max(c.lightness() for c in opaque) < 100
    cursor = QTextCursor(view.document())
    cursor.setPosition(2)
    assert cursor.charFormat().foreground().color().lightness() < 80  # laid out again with the light palette


def test_preferences_switch_to_dark_at_once_and_remember_it(qtbot, qt_settings, tmp_path, app_theme, qapp):
    from reader_app.ui import theme
    from reader_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(tmp_path / "lib.sqlite3")
    qtbot.addWidget(dialog)
    box = dialog.color_scheme
    assert [box.itemData(i) for i in range(box.count())] == ["system", "light", "dark"]
    box.setCurrentIndex(box.findData("dark"))
    assert dialog.save() is False  # the language did not change
    assert theme.is_dark(qapp.palette())
    assert theme.chosen_scheme() == "dark"


def test_system_choice_follows_the_platform_when_its_scheme_changes(app_theme, qapp):
    from PySide6.QtCore import Qt

    from reader_app.ui import theme

    app_theme.apply(theme.SYSTEM)
    assert not theme.is_dark(qapp.palette())  # the offscreen platform reports no dark scheme
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the platform sends when the desktop turns dark
    assert theme.is_dark(qapp.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark(qapp.palette())
    app_theme.apply(theme.LIGHT)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # a chosen scheme does not follow the platform
    assert not theme.is_dark(qapp.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
