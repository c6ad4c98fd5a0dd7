"""The reading pane: the article's headline and metadata above the reader view."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader_app.core.model import Article, Label
from reader_app.services import annotating
from reader_app.services import library as library_service
from reader_app.services.library import Library
from reader_app.ui.hub import Origin, SignalHub
from reader_app.ui.panes.reader_view import ReaderView


def metadata_line(article: Article) -> str:
    # Pages list several sections as one comma-joined value ("Articles,Markets"): show them as a list.
    section = ", ".join(part.strip() for part in article.section.split(",") if part.strip())
    parts = [article.source, article.published.replace("T", " ")[:16], article.byline, section]
    return "  ·  ".join(p for p in parts if p)


class ReaderPane(QWidget):
    def __init__(self, library: Library, hub: SignalHub, labels: list[Label], parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self.meta = QLabel(self)
        self.meta.setObjectName("articleMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.view = ReaderView(self)
        self.view.set_labels(labels)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.meta)
        layout.addWidget(self.view, 1)

        self.view.annotation_clicked.connect(lambda aid: hub.annotation_focused.emit(aid, Origin.READER))
        self.view.suggestion_clicked.connect(lambda s: hub.suggestion_focused.emit(s, Origin.READER))
        self.view.render_finished.connect(lambda _article_id: self._update_header())
        hub.suggestions_changed.connect(self._on_suggestions_changed)
        hub.suggestion_focused.connect(self._on_suggestion_focused)
        hub.article_selected.connect(self.load_article)
        hub.annotations_changed.connect(self._on_annotations_changed)
        hub.annotation_focused.connect(self._on_annotation_focused)
        hub.span_requested.connect(self._on_span_requested)

    @Slot(int)
    def load_article(self, article_id: int) -> None:
        article = library_service.article(self._library, article_id) if article_id else None
        if article is None:
            self.view.clear_article()
            self.meta.setText("")
            return
        self.view.show_article(article, annotating.annotations_for(self._library, article_id))
        self._update_header()

    def set_show_furniture(self, show: bool) -> None:
        self.view.set_show_furniture(show)
        self._update_header()

    def _update_header(self) -> None:
        """Metadata above the text, and the headline too when the text does not show it."""
        article = self.view.article
        if article is None:
            self.meta.setText("")
            return
        line = html.escape(metadata_line(article))
        if article.title and not self.view.headline_visible:
            title = html.escape(article.title)
            style = "font-size:15pt; font-weight:600; margin-bottom:4px"  # colour: the palette's text
            line = f'<p style="{style}">{title}</p><p>{line}</p>'
        self.meta.setText(line)
        self.meta.setVisible(bool(line))

    @Slot(int)
    def _on_annotations_changed(self, article_id: int) -> None:
        article = self.view.article
        if article is not None and article.id == article_id:
            self.view.set_annotations(annotating.annotations_for(self._library, article_id))

    @Slot(int, object)
    def _on_suggestions_changed(self, article_id: int, suggestions) -> None:
        article = self.view.article
        if article is not None and article.id == article_id:
            self.view.set_suggestions(suggestions)

    @Slot(object, object)
    def _on_suggestion_focused(self, suggestion, origin: Origin) -> None:
        if origin != Origin.READER:
            self.view.focus_suggestion(suggestion)

    @Slot(int, object)
    def _on_annotation_focused(self, annotation_id: int, origin: Origin) -> None:
        if origin != Origin.READER:
            self.view.focus_annotation(annotation_id)

    @Slot(int, int, int)
    def _on_span_requested(self, article_id: int, start: int, end: int) -> None:
        article = self.view.article
        if article is not None and article.id == article_id:
            self.view.select_stored_span(start, end)
            self.view.ensureCursorVisible()
