"""Article-level actions from the window: properties, reopening with another encoding, deleting."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from reader_app.core.model import Article
from reader_app.services import library as library_service
from reader_app.services import reencoding
from reader_app.services.errors import UserError
from reader_app.services.reencoding import COMMON_ENCODINGS
from reader_app.storage import Library
from reader_app.ui.article_properties import ArticlePropertiesDialog
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.icons import action_icon
from reader_app.ui.message_bar import MessageBar
from reader_app.ui.plain_text import ask


class ArticleController(QObject):
    def __init__(
        self, library: Library, hub: SignalHub, undo_stack: QUndoStack, message_bar: MessageBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._undo = undo_stack
        self._message_bar = message_bar
        self._window = parent
        self._article: Article | None = None
        hub.article_selected.connect(self._on_article_selected)

    def _on_article_selected(self, article_id: int) -> None:
        self._article = library_service.article(self._library, article_id) if article_id else None

    def build_encoding_menu(self, parent_menu: QMenu) -> QMenu:
        menu = parent_menu.addMenu(action_icon("encoding"), tr("Reopen with Encoding"))
        menu.setObjectName("menuReopenWithEncoding")
        for encoding in COMMON_ENCODINGS:
            action = menu.addAction(encoding)
            action.triggered.connect(lambda _checked=False, e=encoding: self.reopen_with_encoding(e))
        return menu

    def edit_properties(self) -> None:
        if self._article is None:
            return
        dialog = ArticlePropertiesDialog(self._article, self._window)
        if dialog.exec() == ArticlePropertiesDialog.DialogCode.Accepted:
            self.save_properties(self._article.id, dialog.changed_values())

    def save_properties(self, article_id: int, values: dict[str, str]) -> bool:
        if not values:
            return True
        try:
            library_service.edit_article_metadata(self._library, article_id, **values)
        except Exception as exc:
            self._hub.error.emit(tr("Could not save the article's properties: {0}").format(exc))
            return False
        self._hub.articles_changed.emit()
        self._hub.article_selected.emit(article_id)
        self._hub.status.emit(tr("Saved the article's properties"))
        return True

    def reopen_with_encoding(self, encoding: str) -> None:
        if self._article is None:
            return
        article_id = self._article.id
        try:
            result = reencoding.reopen_with_encoding(self._library, article_id, encoding)
        except UserError as exc:
            self._hub.error.emit(str(exc))
            return
        self._undo.clear()  # stored offsets moved; older undo steps would put them back wrongly
        self._hub.articles_changed.emit()
        self._hub.article_selected.emit(article_id)
        message = tr("Reopened as {0}: {1} annotations found again").format(result.encoding, result.kept)
        if result.lost:
            message += tr("; {0} could not be found in the new text and are marked with a warning").format(result.lost)
            self._message_bar.show_message(message, "info")
        self._hub.status.emit(message)

    def confirm_delete(self, annotation_count: int) -> None:
        article = self._article
        if article is None:
            return
        question = tr("Delete “{0}” and its {1} annotations from the library? This cannot be undone.")
        if ask(self._window, tr("Delete Article"), question.format(article.title, annotation_count)):
            self.delete(article.id)

    def delete(self, article_id: int) -> None:
        try:
            library_service.delete_article(self._library, article_id)
        except Exception as exc:
            self._hub.error.emit(tr("Could not delete the article: {0}").format(exc))
            return
        self._undo.clear()
        self._hub.articles_changed.emit()
