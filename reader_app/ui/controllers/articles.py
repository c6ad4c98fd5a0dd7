"""Article-level actions from the window: properties, reopening with another encoding, deleting."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from reader_app.core.model import Article
from reader_app.services import annotating, reencoding
from reader_app.services import library as library_service
from reader_app.services.library import Library
from reader_app.services.reencoding import COMMON_ENCODINGS
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.dialogs.article_properties import ArticlePropertiesDialog
from reader_app.ui.hub import Change, SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.icons import action_icon
from reader_app.ui.panes.message_bar import MessageBar
from reader_app.ui.plain_text import ask


class ArticleController(QObject):
    def __init__(
        self,
        library: Library,
        runner: ActionRunner,
        hub: SignalHub,
        undo_stack: QUndoStack,
        message_bar: MessageBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._hub = hub
        self._undo = undo_stack
        self._message_bar = message_bar
        self._dialog_parent = parent
        self._article: Article | None = None
        hub.article_selected.connect(self._on_article_selected)

    @Slot(int)
    def _on_article_selected(self, article_id: int) -> None:
        self._article = library_service.article(self._library, article_id) if article_id else None

    def build_encoding_menu(self, parent_menu: QMenu) -> QMenu:
        menu = parent_menu.addMenu(action_icon("encoding"), tr("Reopen with Encoding"))
        menu.setObjectName("menuReopenWithEncoding")
        for encoding in COMMON_ENCODINGS:
            action = menu.addAction(encoding)
            action.triggered.connect(lambda _checked=False, e=encoding: self.reopen_with_encoding(e))
        return menu

    @Slot()
    def edit_properties(self) -> None:
        if self._article is None:
            return
        dialog = ArticlePropertiesDialog(self._article, self._dialog_parent)
        if dialog.exec() == ArticlePropertiesDialog.DialogCode.Accepted:
            self.save_properties(self._article.id, dialog.changed_values())

    def save_properties(self, article_id: int, values: dict[str, str]) -> bool:
        if not values:
            return True
        done = self._runner.run(
            library_service.edit_article_metadata, article_id, **values,
            change=Change.ARTICLE, article_id=article_id, failure=tr("Could not save the article's properties: {0}"),
        )  # fmt: skip
        if done.ok:
            self._hub.status.emit(tr("Saved the article's properties"))
        return done.ok

    def reopen_with_encoding(self, encoding: str) -> None:
        if self._article is None:
            return
        article_id = self._article.id
        done = self._runner.run(
            reencoding.reopen_with_encoding, article_id, encoding, change=Change.ARTICLE, article_id=article_id
        )
        if not done.ok or done.value is None:
            return
        result = done.value
        self._undo.clear()  # stored offsets moved; older undo steps would put them back wrongly
        message = tr("Reopened as {0}: {1} annotations found again").format(result.encoding, result.kept)
        if result.lost:
            message += tr("; {0} could not be found in the new text and are marked with a warning").format(result.lost)
            self._message_bar.show_message(message, "info")
        self._hub.status.emit(message)

    @Slot()
    def confirm_delete(self) -> None:
        article = self._article
        if article is None:
            return
        question = tr("Delete “{0}” and its {1} annotations from the library? This cannot be undone.")
        count = len(annotating.annotations_for(self._library, article.id))
        if ask(self._dialog_parent, tr("Delete Article"), question.format(article.title, count)):
            self.delete(article.id)

    def delete(self, article_id: int) -> None:
        done = self._runner.run(
            library_service.delete_article, article_id,
            change=Change.ARTICLES, failure=tr("Could not delete the article: {0}"),
        )  # fmt: skip
        if done.ok:
            self._undo.clear()  # its steps may refer to the annotations that went with the article
