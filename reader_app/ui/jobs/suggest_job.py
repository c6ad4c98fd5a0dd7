"""Compute an article's suggestions off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from reader_app.services import suggesting
from reader_app.services.library import Library


class SuggestJob(QThread):
    done = Signal(int, int, object)  # article id, generation, list[Suggestion] (raw, before filtering)
    failed = Signal(int, str)

    def __init__(self, library: Library, article_id: int, generation: int, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._article_id = article_id
        self._generation = generation

    def run(self) -> None:
        try:
            with self._library.thread_connection():
                proposed = suggesting.raw_suggestions(self._library, self._article_id)
        except Exception as exc:  # the reader keeps working without suggestions; the analyst is told why
            self.failed.emit(self._article_id, f"Suggestions could not be computed: {exc}")
            return
        self.done.emit(self._article_id, self._generation, proposed)
