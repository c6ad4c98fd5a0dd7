"""Undo and redo for the whole window: Ctrl+Z works wherever focus is, and shows the article each step changed.

One stack serves the library (a step in another article is still the last thing the analyst did), so undoing
a step of another article brings the reader to that article and says so in the status bar: nothing changes
out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from reader_app.services import library as library_service
from reader_app.services.library import Library
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.window_actions import Actions

_UNDO = QKeySequence.StandardKey.Undo
_REDO = QKeySequence.StandardKey.Redo
_EXTRA_REDO = (QKeySequence("Ctrl+Shift+Z")[0], QKeySequence("Ctrl+Y")[0])
_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _own_history(widget: QObject, redo: bool) -> bool:
    """The text field has typing of its own to undo (or redo): then Ctrl+Z is the field's, not the window's."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and (widget.isRedoAvailable() if redo else widget.isUndoAvailable())
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        document = widget.document()
        return not widget.isReadOnly() and (document.isRedoAvailable() if redo else document.isUndoAvailable())
    if isinstance(widget, QAbstractSpinBox):
        return _own_history(widget.findChild(QLineEdit), redo) if widget.findChild(QLineEdit) else False
    return False


class UndoNavigator(QObject):
    def __init__(self, library: Library, hub: SignalHub, undo_stack: QUndoStack, actions: Actions, parent=None):
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._undo = undo_stack
        self._open_article = 0
        hub.article_selected.connect(self._on_article_selected)
        # Watch only the text field that has focus (any window's, dialogs too): a text field that has nothing
        # of its own to undo lets Ctrl+Z through to the window. Cheaper than filtering every event of the app.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            self._on_focus_changed(None, app.focusWidget())
        # Connected after the stack's own slot: when these run, the step has been undone (or redone).
        actions.undo.triggered.connect(lambda: self._after(self._undo.command(self._undo.index()), tr("Undone")))
        actions.redo.triggered.connect(lambda: self._after(self._undo.command(self._undo.index() - 1), tr("Redone")))

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(old, _TEXT_FIELDS):
            old.removeEventFilter(self)
        if isinstance(new, _TEXT_FIELDS):
            new.installEventFilter(self)

    @Slot(int)
    def _on_article_selected(self, article_id: int) -> None:
        self._open_article = article_id

    def _after(self, command, verb: str) -> None:
        if command is None:
            return
        article_id = getattr(command, "article_id", 0)
        what = command.text()
        if article_id and article_id != self._open_article:
            article = library_service.article(self._library, article_id)
            if article is not None:
                self._hub.article_requested.emit(article_id)
                self._hub.status.emit(tr("{0}: {1} in “{2}”").format(verb, what, article.title or article_id))
                return
        self._hub.status.emit(tr("{0}: {1}").format(verb, what))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A text field takes Ctrl+Z only while it has typing to undo; otherwise the window's undo runs."""
        if event.type() == QEvent.Type.ShortcutOverride:
            redo = event.matches(_REDO) or event.keyCombination() in _EXTRA_REDO
            if (redo or event.matches(_UNDO)) and isinstance(watched, _TEXT_FIELDS) and not _own_history(watched, redo):
                event.ignore()  # not taken by the field: the shortcut map gives it to the window's action
                return True
        return False
