"""Render an article's Markdown off the UI thread, within the core's time limit."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from reader_app.core.rendering import markdown_to_safe_html_limited


class MarkdownRenderJob(QThread):
    rendered = Signal(int, str, object)  # article id, content hash, HTML or None (too large or too slow)

    def __init__(self, article_id: int, content_hash: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self._article_id = article_id
        self._hash = content_hash
        self._text = text

    def run(self) -> None:
        try:
            html = markdown_to_safe_html_limited(self._text)
        except Exception:  # a broken converter must not take the reader down: plain text stays
            html = None
        self.rendered.emit(self._article_id, self._hash, html)
