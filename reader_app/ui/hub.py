"""The one signal hub panes talk through; signals carry ids and typed changes (enums), never widgets."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Signal


class Change(enum.Flag):
    """What a user action changed in the library; panes refresh only what a change touches."""

    NOTHING = 0
    ARTICLES = enum.auto()  # articles were added or removed
    ARTICLE = enum.auto()  # one article's metadata or stored text changed: panes showing it reload it
    ANNOTATIONS = enum.auto()  # annotations of one article were created, edited or deleted
    REJECTIONS = enum.auto()  # suggestions of one article were rejected or brought back
    COMPANIES = enum.auto()  # the company registry changed: suggestions are computed again
    LIBRARY = enum.auto()  # the whole file was replaced (a restore): everything reloads
    LABELS = enum.auto()  # the analyst's labels (names, colours, shortcuts, fields) changed: the window rebuilds them


class Origin(enum.Enum):
    """Which pane picked an annotation or a suggestion, so that pane does not react to its own pick."""

    READER = "reader"
    SIDEBAR = "sidebar"
    SUGGESTIONS = "suggestions"
    WINDOW = "window"


class SignalHub(QObject):
    # what a user action changed: (Change, article id or 0). Emitted only through announce().
    changed = Signal(object, int)
    # the analyst picked an article (0: none)
    article_selected = Signal(int)
    # something (an import) asks the article list to show and select this article
    article_requested = Signal(int)
    # derived from `changed`: articles were added, removed or had their metadata changed
    articles_changed = Signal()
    # derived from `changed`: annotations (or rejections) of this article changed
    annotations_changed = Signal(int)
    # an annotation was picked: (annotation id, Origin)
    annotation_focused = Signal(int, object)
    # the pending suggestions of an article were computed or changed: (article id, list[Suggestion])
    suggestions_changed = Signal(int, object)
    # a suggestion was picked: (Suggestion, Origin)
    suggestion_focused = Signal(object, object)
    # show this stored span of this article in the reader (a search hit): (article id, start, end)
    span_requested = Signal(int, int, int)
    # a short message for the status bar
    status = Signal(str)
    # a problem the analyst must see: shown in the message bar until dismissed
    error = Signal(str)

    def announce(self, change: Change, article_id: int = 0) -> None:
        """Tell every pane what changed; the narrower signals follow from the typed change."""
        if change == Change.NOTHING:
            return
        self.changed.emit(change, article_id)
        if change & Change.LIBRARY:
            self.article_selected.emit(0)
        if change & (Change.ARTICLES | Change.ARTICLE | Change.LIBRARY):
            self.articles_changed.emit()
        if change & Change.ARTICLE and article_id:
            self.article_selected.emit(article_id)  # the open article reloads with its new text or metadata
        elif change & (Change.ANNOTATIONS | Change.REJECTIONS) and article_id:
            self.annotations_changed.emit(article_id)
