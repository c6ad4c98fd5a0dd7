"""Keeps the open article's suggestions: computes them off the UI thread, re-filters after every change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from reader_app.core.model import Suggestion
from reader_app.services import suggesting
from reader_app.services.library import Library
from reader_app.ui.hub import Change, SignalHub
from reader_app.ui.jobs.suggest_job import SuggestJob


class SuggestionController(QObject):
    def __init__(self, library: Library, hub: SignalHub, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._article_id = 0
        self._generation = 0
        self._computed_for = -1
        self._raw: list[Suggestion] = []
        self._jobs: set[SuggestJob] = set()
        self.pending: list[Suggestion] = []
        hub.article_selected.connect(self._on_article_selected)
        hub.annotations_changed.connect(self._on_annotations_changed)
        hub.changed.connect(self._on_changed)

    @property
    def article_id(self) -> int:
        return self._article_id

    @property
    def ready(self) -> bool:
        """The open article's suggestions are computed and shown."""
        return bool(self._article_id) and self._computed_for == self._generation

    @property
    def proposed(self) -> list[Suggestion]:
        """Everything the engines proposed for the open article, decided or not."""
        return list(self._raw)

    @property
    def busy(self) -> bool:
        return any(job.isRunning() for job in self._jobs)

    @Slot(int)
    def _on_article_selected(self, article_id: int) -> None:
        self._article_id = article_id
        self._generation += 1
        self._raw = []
        self._publish([])
        if article_id:
            self.recompute()

    @Slot(object, int)
    def _on_changed(self, change: Change, _article_id: int) -> None:
        if change & Change.COMPANIES:
            self.recompute()  # suggest with what the analyst just taught the registry

    def recompute(self) -> None:
        """Run the engines again (after the registry changed, or on demand)."""
        if not self._article_id:
            return
        self._generation += 1
        job = SuggestJob(self._library, self._article_id, self._generation, self)
        job.done.connect(self._on_done)
        job.failed.connect(lambda _aid, message: self._hub.status.emit(message))
        job.finished.connect(lambda: self._jobs.discard(job))
        job.finished.connect(job.deleteLater)
        self._jobs.add(job)
        job.start()

    @Slot(int, int, object)
    def _on_done(self, article_id: int, generation: int, proposed: list[Suggestion]) -> None:
        if article_id != self._article_id or generation != self._generation:
            return  # the analyst moved on; an old article's suggestions must not appear
        self._raw = proposed
        self._computed_for = generation
        self.refilter()

    @Slot(int)
    def _on_annotations_changed(self, article_id: int) -> None:
        if article_id == self._article_id and self._raw:
            self.refilter()

    def refilter(self) -> None:
        self._publish(suggesting.pending(self._library, self._article_id, self._raw))

    def _publish(self, pending: list[Suggestion]) -> None:
        self.pending = pending
        self._hub.suggestions_changed.emit(self._article_id, pending)

    def shutdown(self, msecs: int = 10_000) -> None:
        """Before the library closes: wait for running jobs and ignore whatever they still deliver."""
        self._article_id = 0
        self._generation += 1
        for job in list(self._jobs):
            job.wait(msecs)
