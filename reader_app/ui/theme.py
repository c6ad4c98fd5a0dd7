"""Light or dark: follow the system's colour scheme or the Preferences choice, with a dark Fusion palette fallback.

Colours in the stylesheet and in code come from the application palette (QSS palette(...) roles, QPalette roles),
so switching the palette is all a change of scheme needs. Where the platform has no dark palette of its own (Linux
without a platform theme, the offscreen platform), choosing Dark applies Reader's dark palette on the Fusion style.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from reader_app.ui import settings

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)

# Reader's dark palette: a warm near-black page like the light theme's off-white, text well above 7:1.
_DARK_COLORS = {
    QPalette.ColorRole.Window: "#232325",
    QPalette.ColorRole.WindowText: "#e6e6e3",
    QPalette.ColorRole.Base: "#1b1b1d",
    QPalette.ColorRole.AlternateBase: "#26262a",
    QPalette.ColorRole.ToolTipBase: "#2e2e32",
    QPalette.ColorRole.ToolTipText: "#e6e6e3",
    QPalette.ColorRole.PlaceholderText: "#9a9a98",
    QPalette.ColorRole.Text: "#e6e6e3",
    QPalette.ColorRole.Button: "#2e2e32",
    QPalette.ColorRole.ButtonText: "#e6e6e3",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#3c3c41",
    QPalette.ColorRole.Midlight: "#333338",
    QPalette.ColorRole.Mid: "#3f3f44",
    QPalette.ColorRole.Dark: "#141416",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d6fd1",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7a78",
    QPalette.ColorRole.Text: "#7a7a78",
    QPalette.ColorRole.ButtonText: "#7a7a78",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK_COLORS.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dimmed_text(palette: QPalette | None = None) -> QColor:
    """Secondary text (page furniture, hints): the palette's placeholder colour, readable on its base."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


def warning_color(palette: QPalette | None = None) -> QColor:
    """Red for lost anchors and warnings: dark red on light, a light red on dark (both ≥ 4.5:1 on their base)."""
    return QColor("#f2b8b5" if is_dark(palette) else "#b3261e")


def chart_colors(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """Bars for company mentions and speculative claims: the labels' blue and orange, each ≥ 3:1 on the window.

    On a light window the orange is darkened (the label's own #e08a1e is 2.3:1 there).
    """
    return QColor("#2f7fd8"), QColor("#e08a1e" if is_dark(palette) else "#b8650a")


def search_hit_background(palette: QPalette | None = None) -> QColor:
    """Behind a search hit in a snippet: a marker yellow on light, a deep amber under light text on dark."""
    return QColor("#5c4708" if is_dark(palette) else "#ffe08a")


def reading_selection() -> tuple[QColor, QColor]:
    """The reader's selection (background, text): a strong blue that stays visible when focus leaves the text.

    The same in light and dark: white on this blue is 6:1, and it stands out from every label tint on either page.
    """
    return QColor("#2b62c4"), QColor("#ffffff")


def chosen_scheme() -> str:
    value = str(settings.settings().value(settings.COLOR_SCHEME, SYSTEM))
    return value if value in CHOICES else SYSTEM


class Theme(QObject):
    """Keeps the application's palette in step with the chosen scheme and, for System, the platform's."""

    changed = Signal(bool)  # True when the interface is now dark

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._choice = SYSTEM
        self._own_style = app.style().name()
        self._own_palette = QPalette(app.palette())
        self._forced = False  # Reader's dark palette is applied (the platform gave none)
        self._system_scheme = app.styleHints().colorScheme()
        app.styleHints().colorSchemeChanged.connect(self._follow_system)

    @property
    def choice(self) -> str:
        return self._choice

    def apply(self, choice: str) -> bool:
        """Use the scheme chosen (system, light or dark); returns whether the interface is now dark."""
        self._choice = choice if choice in CHOICES else SYSTEM
        hints = self._app.styleHints()
        wanted = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(self._choice)
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+: ask the platform theme first
            if wanted is None:
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(wanted)
        if self._choice == SYSTEM:
            self._system_scheme = hints.colorScheme()  # the platform's own, now nothing is asked of it
        return self._settle()

    def _follow_system(self, scheme: Qt.ColorScheme) -> None:
        # The signal carries the platform's new scheme; colorScheme() may still answer with the one we asked for.
        self._system_scheme = scheme
        if self._choice == SYSTEM:
            self._settle()

    def _settle(self) -> bool:
        dark_wanted = self._choice == DARK or (self._choice == SYSTEM and self._system_scheme == Qt.ColorScheme.Dark)
        if self._forced and not dark_wanted:
            self._app.setStyle(self._own_style)
            self._app.setPalette(self._own_palette)
            self._forced = False
        elif dark_wanted and not is_dark(self._app.palette()):
            # The platform has no dark palette (or did not switch): Reader's own, on Fusion, which honours it fully.
            self._own_style = self._app.style().name()
            self._own_palette = QPalette(self._app.palette())
            self._app.setStyle(QStyleFactory.create("Fusion"))
            self._app.setPalette(dark_palette())
            self._forced = True
        dark = is_dark(self._app.palette())
        self.changed.emit(dark)
        return dark


_theme: Theme | None = None


def theme(app: QApplication | None = None) -> Theme:
    """The application's one Theme (made on first use)."""
    global _theme
    app = app or QApplication.instance()
    if _theme is None or _theme.parent() is not app:
        _theme = Theme(app)
    return _theme
