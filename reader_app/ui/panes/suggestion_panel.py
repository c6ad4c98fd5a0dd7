"""The Suggestions section of the sidebar: grouped by label; Enter accepts, Delete rejects, or all at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.model import Label, Suggestion
from reader_app.ui.controllers.suggestion_review import SuggestionReviewController
from reader_app.ui.hub import Origin, SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.icons import label_icon
from reader_app.ui.models.suggestion_tree import DETAIL, TEXT, SuggestionTreeModel


class SuggestionTree(QTreeView):
    accept_requested = Signal()
    reject_requested = Signal()

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def event(self, event) -> bool:
        # The window's Delete shortcut deletes annotations; here Delete must reject the suggestion instead.
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self._KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.reject_requested.emit()
            return
        super().keyPressEvent(event)


class SuggestionPanel(QWidget):
    def __init__(self, hub: SignalHub, review: SuggestionReviewController, labels: list[Label], parent=None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._review = review
        self._labels = {label.name: label for label in labels}
        self._article_id = 0
        self._syncing = False
        self._read_only = False

        self.heading = QLabel(tr("Suggestions"))
        self.heading.setObjectName("sidebarHeading")
        self.model = SuggestionTreeModel(self)
        self.model.set_labels(labels)
        self.view = SuggestionTree(self)
        self.view.setObjectName("suggestionList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.header().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(False)
        self.view.header().resizeSection(DETAIL, 130)
        self.view.accept_requested.connect(self.accept_current)
        self.view.reject_requested.connect(self.reject_current)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.doubleClicked.connect(lambda _index: self.accept_current())

        self.accept_all_buttons: dict[str, QToolButton] = {}
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons_row = buttons
        self._make_accept_all_buttons(labels)
        buttons.addStretch(1)
        self.hint = QLabel(tr("Enter accepts · Delete rejects · double-click accepts"))
        self.hint.setObjectName("sidebarHint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self._update_buttons()

        hub.suggestions_changed.connect(self._on_suggestions_changed)
        hub.suggestion_focused.connect(self._on_suggestion_focused)

    def _make_accept_all_buttons(self, labels: list[Label]) -> None:
        for button in self.accept_all_buttons.values():
            self._buttons_row.removeWidget(button)
            button.deleteLater()
        self.accept_all_buttons = {}
        for position, label in enumerate(labels):
            button = QToolButton(self)
            button.setObjectName(f"acceptAll_{label.name}")
            button.setIcon(label_icon(label.icon, label.color))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(tr("Accept every {0} suggestion of this article").format(label.display_name.lower()))
            button.clicked.connect(lambda _checked=False, n=label.name: self.accept_all(n))
            self.accept_all_buttons[label.name] = button
            self._buttons_row.insertWidget(position, button)

    def set_labels(self, labels: list[Label]) -> None:
        """The analyst renamed, recoloured or added labels: regroup what is pending under the new ones."""
        pending = [s for label in self._labels for s in self.model.suggestions_of(label)]
        self._labels = {label.name: label for label in labels}
        self.model.set_labels(labels)
        self.model.set_suggestions(pending)
        self.view.expandAll()
        self._make_accept_all_buttons(labels)
        self._update_buttons()

    # --- hub ------------------------------------------------------------------------------------
    @Slot(int, object)
    def _on_suggestions_changed(self, article_id: int, suggestions: list[Suggestion]) -> None:
        current = self.current_suggestion()
        self._article_id = article_id
        self.model.set_suggestions(suggestions)
        self.view.expandAll()
        total = len(suggestions)
        self.heading.setText(tr("Suggestions ({0})").format(total) if total else tr("Suggestions"))
        self._update_buttons()
        if current is not None:
            self._select_nearest(current)

    @Slot(object, object)
    def _on_suggestion_focused(self, suggestion: Suggestion, origin: Origin) -> None:
        if origin != Origin.SUGGESTIONS:
            self._select(self.model.index_of(suggestion))

    def _update_buttons(self) -> None:
        for name, button in self.accept_all_buttons.items():
            count = len(self.model.suggestions_of(name))
            button.setText(tr("Accept {0}").format(count))
            button.setToolTip(
                tr("Accept all {0} {1} suggestions of this article").format(
                    count, self._labels[name].display_name.lower()
                )
            )
            button.setEnabled(count > 0 and not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only library: suggestions can be browsed, not accepted or rejected."""
        self._read_only = read_only
        self.hint.setVisible(not read_only)
        self._update_buttons()

    # --- actions --------------------------------------------------------------------------------
    def current_suggestion(self) -> Suggestion | None:
        return self.model.suggestion(self.view.currentIndex())

    @Slot()
    def accept_current(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None and self._article_id and not self._read_only:
            label = self._labels[suggestion.label]
            self._review.accept(self._article_id, suggestion, label.display_name)

    @Slot()
    def reject_current(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None and self._article_id and not self._read_only:
            self._review.reject(self._article_id, suggestion)

    def accept_all(self, label_name: str) -> None:
        suggestions = self.model.suggestions_of(label_name)
        if suggestions and self._article_id and not self._read_only:
            self._review.accept_all(self._article_id, suggestions, self._labels[label_name].display_name)

    def reading_order(self) -> list[Suggestion]:
        """Every pending suggestion, all labels together, in reading order: by where it starts, and at the same
        start the sentence before the name it begins with (so walking on from the sentence reaches the name)."""
        rank = {name: i for i, name in enumerate(self._labels)}
        every = (s for label in self._labels for s in self.model.suggestions_of(label))
        return sorted(every, key=_reading_key(rank))

    def step(self, forward: bool = True) -> Suggestion | None:
        """Move to the next (or previous) suggestion in reading order, across labels, and show it."""
        ordered = self.reading_order()
        if not ordered:
            return None
        current = self.current_suggestion()
        if current is None or current not in ordered:
            target = ordered[0] if forward else ordered[-1]
        else:
            index = ordered.index(current) + (1 if forward else -1)
            target = ordered[index % len(ordered)]
        self._show(target)
        return target

    def _show(self, suggestion: Suggestion) -> None:
        self._select(self.model.index_of(suggestion))
        self._hub.suggestion_focused.emit(suggestion, Origin.SUGGESTIONS)

    # --- selection ------------------------------------------------------------------------------
    def _select(self, index) -> None:
        if not index.isValid():
            return
        self._syncing = True
        try:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        finally:
            self._syncing = False

    def _select_nearest(self, previous: Suggestion) -> None:
        """After accepting or rejecting, the next suggestion in reading order (any label) is ready for the next
        key; at the end of the article, the last one."""
        ordered = self.reading_order()
        if not ordered:
            return
        key = _reading_key({name: i for i, name in enumerate(self._labels)})
        following = [s for s in ordered if key(s) >= key(previous)] or ordered[-1:]
        self._show(following[0])

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current, _previous) -> None:
        suggestion = self.model.suggestion(current)
        if suggestion is not None and not self._syncing:
            self._hub.suggestion_focused.emit(suggestion, Origin.SUGGESTIONS)


def _reading_key(rank: dict[str, int]):
    return lambda s: (s.start, -s.end, rank.get(s.label, len(rank)))
