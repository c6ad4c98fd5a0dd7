"""The one signal hub panes talk through; signals carry ids and what changed, never widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    # the analyst picked an article (0: none)
    article_selected = Signal(int)
    # something (an import) asks the article list to show and select this article
    article_requested = Signal(int)
    # articles were added, removed or had their metadata changed
    articles_changed = Signal()
    # annotations of this article were created, edited or deleted
    annotations_changed = Signal(int)
    # an annotation was picked: (annotation id, origin) where origin is "reader" or "sidebar"
    annotation_focused = Signal(int, str)
    # the pending suggestions of an article were computed or changed: (article id, list[Suggestion])
    suggestions_changed = Signal(int, object)
    # a suggestion was picked: (Suggestion, origin) where origin is "reader" or "sidebar"
    suggestion_focused = Signal(object, str)
    # a short message for the status bar
    status = Signal(str)
    # a problem the analyst must see: shown in the message bar until dismissed
    error = Signal(str)
