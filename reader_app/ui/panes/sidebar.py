"""The right-hand sidebar: the open article's annotations above, its suggestions below, in one splitter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from reader_app.ui.panes.annotation_list import AnnotationList
from reader_app.ui.panes.suggestion_panel import SuggestionPanel


class Sidebar(QSplitter):
    def __init__(self, annotations: AnnotationList, suggestions: SuggestionPanel, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("sidebarSplitter")  # its state is saved under this name (ui/settings.py)
        self.annotations = annotations
        self.suggestions = suggestions
        self.addWidget(annotations)
        self.addWidget(suggestions)
        self.setChildrenCollapsible(False)
        self.setSizes([420, 380])

    def set_read_only(self, read_only: bool) -> None:
        """A read-only library: annotations are not edited in place, suggestions not accepted or rejected."""
        self.annotations.set_read_only(read_only)
        self.suggestions.set_read_only(read_only)
