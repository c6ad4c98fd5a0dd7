"""Tagging from the window: the labels' "Tag as" actions, Delete, and the reader's right-click menu."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMenu

from reader_app.core.model import Label
from reader_app.services import annotating
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.controllers.annotations import AnnotationController, short
from reader_app.ui.controllers.suggestions import SuggestionController
from reader_app.ui.hub import Origin, SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.panes.annotation_list import AnnotationList
from reader_app.ui.panes.reader_view import ReaderView
from reader_app.ui.window_actions import Actions


class TaggingController(QObject):
    def __init__(
        self,
        runner: ActionRunner,
        hub: SignalHub,
        annotations: AnnotationController,
        reader: ReaderView,
        sidebar: AnnotationList,
        suggestions: SuggestionController,
        actions: Actions,
        labels: list[Label],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._hub = hub
        self._annotations = annotations
        self._reader = reader
        self._sidebar = sidebar
        self._suggestions = suggestions
        self._actions = actions
        self.set_labels(labels)
        actions.delete_annotation.triggered.connect(self.delete_current_annotation)
        reader.context_menu_requested.connect(self.fill_context_menu)

    def set_labels(self, labels: list[Label]) -> None:
        """Connect the "Tag as" actions of the labels there are now (the window makes them again on a change)."""
        self._labels = {label.name: label for label in labels}
        for name, action in self._actions.tag.items():
            action.triggered.connect(lambda _checked=False, n=name: self.tag_selection(n))

    def tag_selection(self, label_name: str) -> None:
        article = self._reader.article
        label = self._labels.get(label_name)
        if article is None or label is None:
            self._hub.status.emit(tr("Open an article first, then select the text to tag."))
            return
        span = self._reader.selected_span()
        shown = self._reader.current_suggestion
        if span is None and shown is not None:
            span = (shown.start, shown.end)  # the suggestion the walk shows, tagged by hand (perhaps otherwise)
        if span is None:
            self._hub.status.emit(
                tr("Select some text in the article first, then tag it as {0}.").format(label.display_name.lower())
            )
            return
        # Prefill the company, speaker or cue the engine would give this span; the analyst can still edit it.
        fields = self._runner.run(
            annotating.fields_for_selection, article.text, label.name, span[0], span[1], self._suggestions.proposed
        ).value
        created = self._annotations.tag(article.id, label.name, label.display_name, span[0], span[1], fields or {})
        if created is None:
            return
        self._hub.annotation_focused.emit(created.id, Origin.WINDOW)
        if label.field_key and not created.fields.get(label.field_key):
            # Ask for the speaker or cue in place: no dialog, Enter confirms, Esc leaves it empty.
            self._sidebar.edit_field_of(created.id)

    @Slot()
    def delete_current_annotation(self) -> None:
        annotation_id = self._sidebar.current_annotation_id()
        if not annotation_id:
            self._hub.status.emit(tr("Select an annotation in the sidebar to delete it."))
            return
        self._annotations.delete(annotation_id)

    @Slot(QMenu, int)
    def fill_context_menu(self, menu: QMenu, stored_offset: int) -> None:
        """Tag what was clicked; accept or reject the suggestions under the mouse; delete the annotation there."""
        for action in self._actions.tag.values():
            menu.addAction(action)
        if stored_offset < 0:
            return
        covering = [s for s in self._suggestions.pending if s.start <= stored_offset < s.end]
        if covering:
            menu.addSeparator()
        for suggestion in sorted(covering, key=lambda s: s.end - s.start):  # the name before its sentence
            label = self._labels.get(suggestion.label)
            title = label.display_name if label else suggestion.label
            what = short(suggestion.text, 28)
            accept = menu.addAction(
                self._actions.accept_suggestion.icon(), tr("Accept “{0}” as {1}").format(what, title)
            )
            accept.triggered.connect(lambda _checked=False, s=suggestion: self._review(s, accept=True))
            reject = menu.addAction(self._actions.reject_suggestion.icon(), tr("Reject Suggestion “{0}”").format(what))
            reject.triggered.connect(lambda _checked=False, s=suggestion: self._review(s, accept=False))
            for action in (accept, reject):
                action.setEnabled(not self._runner.read_only)
        annotation = self._reader.annotation_at(stored_offset)
        if annotation is not None:
            menu.addSeparator()
            delete = menu.addAction(self._actions.delete_annotation.icon(), tr("Delete This Annotation"))
            delete.setEnabled(not self._runner.read_only)
            delete.triggered.connect(lambda: self._annotations.delete(annotation.id))

    def _review(self, suggestion, accept: bool) -> None:
        # Through the hub: the Suggestions pane makes it current, then its Accept or Reject action runs on it.
        self._hub.suggestion_focused.emit(suggestion, Origin.READER)
        (self._actions.accept_suggestion if accept else self._actions.reject_suggestion).trigger()
