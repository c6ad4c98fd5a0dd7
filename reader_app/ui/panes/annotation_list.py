"""The annotation sidebar: the open article's annotations in reading order, editable in place."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from reader_app.core.model import Label
from reader_app.services import annotating, companies
from reader_app.services.library import Library
from reader_app.ui.controllers.annotations import AnnotationController
from reader_app.ui.hub import Change, Origin, SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.models.annotation_table import FIELD, LABEL, NOTE, TEXT, AnnotationTableModel
from reader_app.ui.models.company_names import CompanyNameModel
from reader_app.ui.panes.field_delegate import FieldDelegate


class AnnotationList(QWidget):
    def __init__(
        self,
        library: Library,
        hub: SignalHub,
        annotations: AnnotationController,
        labels: list[Label],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self._annotations = annotations
        self._article_id = 0
        self._syncing = False
        self._company_names: CompanyNameModel | None = None  # filled when a company field is first edited
        self._names_stale = True

        self.heading = QLabel(tr("Annotations"))
        self.heading.setObjectName("sidebarHeading")
        self.hint = QLabel()
        self.hint.setObjectName("sidebarHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # label names are the analyst's
        self.hint.setWordWrap(True)

        self.model = AnnotationTableModel(self)
        self.set_labels(labels)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.view = QTableView(self)
        self.view.setObjectName("annotationList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(FieldDelegate(self.view, self._company_name_model))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(LABEL, 28)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FIELD, 130)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTE, 90)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.view.clicked.connect(self._on_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        hub.article_selected.connect(self.load_article)
        hub.annotations_changed.connect(self._on_annotations_changed)
        hub.annotation_focused.connect(self._on_annotation_focused)
        hub.changed.connect(self._on_changed)

    def _company_name_model(self) -> CompanyNameModel:
        if self._company_names is None:
            self._company_names = CompanyNameModel(self)
        if self._names_stale:
            self._company_names.set_names(companies.name_completions(self._library))
            self._names_stale = False
        return self._company_names

    @Slot(object, int)
    def _on_changed(self, change: Change, _article_id: int) -> None:
        if change & (Change.COMPANIES | Change.ANNOTATIONS | Change.LIBRARY):
            # A company added in the registry (or learned from a tag) completes from the next edit on.
            self._names_stale = True

    # --- hub ------------------------------------------------------------------------------------
    @Slot(int)
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A narrow sidebar (a 1024 px window) would leave the text column nothing: the side columns share.
        width = self.view.viewport().width()
        if width < 28 + 130 + 90 + 120:
            header = self.view.horizontalHeader()
            header.resizeSection(FIELD, max(60, int(width * 0.34)))
            header.resizeSection(NOTE, max(40, int(width * 0.18)))

    def set_labels(self, labels: list[Label]) -> None:
        """The analyst's labels: names, icons and fields in the list, their shortcuts in the hint."""
        self.model.set_labels(labels)
        keys = [
            tr("{0} ({1})").format(QKeySequence(label.shortcut).toString(QKeySequence.SequenceFormat.NativeText),
                                  label.display_name.lower())
            for label in labels
            if label.shortcut
        ]  # fmt: skip
        self.hint.setText(tr("Select text in the article, then press {0}.").format(", ".join(keys)) if keys else
                          tr("Select text in the article, then tag it from the Annotate menu."))  # fmt: skip
        if self._article_id:
            self._reload()

    def load_article(self, article_id: int) -> None:
        self._article_id = article_id
        self._reload()

    def _reload(self) -> None:
        annotations = annotating.annotations_for(self._library, self._article_id) if self._article_id else []
        current_id = self.current_annotation_id()
        self.model.set_annotations(annotations)
        count = len(annotations)
        self.heading.setText(tr("Annotations ({0})").format(count) if count else tr("Annotations"))
        if current_id:
            self._select(current_id)

    @Slot(int)
    def _on_annotations_changed(self, article_id: int) -> None:
        if article_id == self._article_id:
            self._reload()

    @Slot(int, object)
    def _on_annotation_focused(self, annotation_id: int, origin: Origin) -> None:
        if origin != Origin.SIDEBAR:
            self._select(annotation_id)

    # --- selection ------------------------------------------------------------------------------
    def current_annotation_id(self) -> int:
        index = self.view.currentIndex()
        return self.model.annotation(index.row()).id if index.isValid() else 0

    def _select(self, annotation_id: int) -> None:
        row = self.model.row_of(annotation_id)
        if row < 0:
            return
        self._syncing = True
        try:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, TEXT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(self.model.index(row, TEXT))
        finally:
            self._syncing = False

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current, _previous) -> None:
        if current.isValid() and not self._syncing:
            self._hub.annotation_focused.emit(self.model.annotation(current.row()).id, Origin.SIDEBAR)

    @Slot(QModelIndex)
    def _on_clicked(self, index) -> None:
        # A click on the row that is already current still scrolls the reader to it.
        if index.isValid() and not self._syncing:
            self._hub.annotation_focused.emit(self.model.annotation(index.row()).id, Origin.SIDEBAR)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only library: the annotations are shown, never edited in place."""
        if read_only:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def edit_field_of(self, annotation_id: int) -> None:
        """Open the inline editor on the label's field (speaker, cue) right after tagging."""
        row = self.model.row_of(annotation_id)
        if row >= 0:
            self._select(annotation_id)
            self.view.edit(self.model.index(row, FIELD))

    @Slot(int, object, object)
    def _on_edit_requested(self, annotation_id: int, fields, note) -> None:
        row = self.model.row_of(annotation_id)
        if row >= 0:
            self._annotations.edit(self.model.annotation(row), fields, note)
