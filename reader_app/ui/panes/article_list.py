"""The article list pane: a filter box over a sortable table of the library's articles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from reader_app.services.library import Library
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.icons import action_icon
from reader_app.ui.models.article_table import ANNOTATIONS, PUBLISHED, SOURCE, TITLE, ArticleTableModel


class ArticleListPane(QWidget):
    def __init__(self, library: Library, hub: SignalHub, parent=None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.filter = QLineEdit(self)
        self.filter.setObjectName("articleFilter")
        self.filter.setPlaceholderText(tr("Filter by title or source"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(action_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self._on_filter)

        self.model = ArticleTableModel(library, self)
        self.view = QTableView(self)
        self.view.setObjectName("articleList")
        self.view.setModel(self.model)
        # The indicator first, matching the model's initial order, so enabling sorting reads no ids again.
        self.view.horizontalHeader().setSortIndicator(PUBLISHED, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # Headlines are long: two lines per row, at a fixed height so rows never need measuring (lazy rows).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 12)
        self.view.setShowGrid(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SOURCE, 70)
        # Widths from the font, not ResizeToContents: that measures up to 1,000 rows on every reset, loading them all.
        digits = self.fontMetrics()
        header.setSectionResizeMode(PUBLISHED, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PUBLISHED, digits.horizontalAdvance("0000-00-00") + 16)
        header.setSectionResizeMode(ANNOTATIONS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ANNOTATIONS, digits.horizontalAdvance("00000") + 16)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        # Said in the list itself when the filter leaves nothing, so an empty list never looks like a fault.
        self.no_matches = QLabel(tr("No matches"), self.view.viewport())
        self.no_matches.setObjectName("articleListEmpty")
        self.no_matches.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_matches.setEnabled(False)  # drawn in the style's muted text colour
        self.no_matches.hide()
        self.view.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)

        hub.articles_changed.connect(self.reload)
        hub.article_requested.connect(self._on_article_requested)
        hub.annotations_changed.connect(self.model.refresh_article)

    def current_article_id(self) -> int:
        index = self.view.currentIndex()
        return self.model.article_id(index.row()) if index.isValid() else 0

    @Slot(int)
    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(self.model.index(row, TITLE))
        return True

    @Slot(int)
    def _on_article_requested(self, article_id: int) -> None:
        """Show an article asked for elsewhere (an import, an undo), clearing a filter that hides it."""
        if not self.select_article(article_id) and self.filter.text():
            self.filter.clear()
            self.select_article(article_id)

    def step(self, delta: int) -> bool:
        """Open the next (delta 1) or previous (-1) article in the list as it is sorted and filtered."""
        rows = self.model.rowCount()
        if not rows:
            return False
        index = self.view.currentIndex()
        row = index.row() + delta if index.isValid() else (0 if delta > 0 else rows - 1)
        if not 0 <= row < rows:
            return False
        return self.select_article(self.model.article_id(row))

    @Slot()
    def reload(self) -> None:
        current = self.current_article_id()
        self.model.reload()
        if current and not self.select_article(current):
            self._hub.article_selected.emit(0)
        self._update_no_matches()

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        current = self.current_article_id()
        self.model.set_query(text)
        if current:
            self.select_article(current)
        self._update_no_matches()

    def _update_no_matches(self) -> None:
        self.no_matches.setVisible(bool(self.filter.text().strip()) and self.model.rowCount() == 0)
        self._place_no_matches()

    def _place_no_matches(self) -> None:
        viewport = self.view.viewport()
        self.no_matches.setGeometry(0, 16, viewport.width(), self.no_matches.sizeHint().height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_no_matches()
        return super().eventFilter(watched, event)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current, _previous) -> None:
        self._hub.article_selected.emit(self.model.article_id(current.row()) if current.isValid() else 0)
