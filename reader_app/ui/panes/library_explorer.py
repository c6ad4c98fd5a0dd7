"""The library explorer: full-text search with filters, companies across the library, every annotation.

Layout and the wiring to services; opening a row sends ids through the hub, so the main window's panes show it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.article_filter import ArticleFilter
from reader_app.services import exploring
from reader_app.services import library as library_service
from reader_app.services.library import Library
from reader_app.ui.hub import Origin, SignalHub
from reader_app.ui.i18n import shown_label, tr
from reader_app.ui.models.library_tables import AnnotationsModel, CompaniesModel, SearchResultsModel
from reader_app.ui.panes.month_chart import MonthChart
from reader_app.ui.panes.snippet_delegate import SnippetDelegate

DEBOUNCE_MS = 250  # typing pauses shorter than this do not start a search


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _combo(parent: QWidget, name: str, anything: str, values: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(anything, "")
    for text, value in values:
        combo.addItem(text, value)
    return combo


class SearchTab(QWidget):
    """Search box, filters and the found articles with a snippet each."""

    def __init__(self, library: Library, hub: SignalHub, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._hub = hub
        self.query = QLineEdit(self)
        self.query.setObjectName("librarySearch")
        self.query.setPlaceholderText(tr("Search every title and text (any part of a word: KT, 삼성, 가능성)"))
        self.query.setClearButtonEnabled(True)
        labels = [(shown_label(label).display_name, label.name) for label in library_service.labels(library)]
        self.label = _combo(self, "filterLabel", tr("Any label"), labels)
        self.source = _combo(self, "filterSource", tr("Any source"), [])
        self.annotator = _combo(self, "filterAnnotator", tr("Any annotator"), [])
        self.company = QLineEdit(self)
        self.company.setObjectName("filterCompany")
        self.company.setPlaceholderText(tr("Company"))
        self.date_from = QLineEdit(self)
        self.date_from.setObjectName("filterFrom")
        self.date_from.setPlaceholderText(tr("From YYYY-MM-DD"))
        self.date_to = QLineEdit(self)
        self.date_to.setObjectName("filterTo")
        self.date_to.setPlaceholderText(tr("To YYYY-MM-DD"))
        self.unannotated = QCheckBox(tr("Not yet annotated"), self)
        self.unannotated.setObjectName("filterUnannotated")
        self.count = QLabel(self)
        self.count.setObjectName("searchCount")
        self.model = SearchResultsModel(library, self)
        self.view = _table(self, "searchResults")
        self.view.setModel(self.model)
        self.view.horizontalHeader().resizeSection(SearchResultsModel.TITLE, 280)
        self.view.setItemDelegateForColumn(SearchResultsModel.SNIPPET, SnippetDelegate(self.view))

        filters = QHBoxLayout()
        for widget in (self.label, self.company, self.source, self.annotator, self.date_from, self.date_to):
            filters.addWidget(widget)
        filters.addWidget(self.unannotated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run)
        for line in (self.query, self.company, self.date_from, self.date_to):
            line.textChanged.connect(self._debounce.start)
        for combo in (self.label, self.source, self.annotator):
            combo.currentIndexChanged.connect(self._debounce.start)
        self.unannotated.toggled.connect(self._debounce.start)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)

    def refresh_choices(self) -> None:
        choices = library_service.filter_choices(self._library)
        for combo, values in ((self.source, choices["source"]), (self.annotator, choices["annotator"])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> ArticleFilter:
        return ArticleFilter(
            search=self.query.text(),
            label=self.label.currentData() or "",
            company=self.company.text().strip(),
            source=self.source.currentData() or "",
            published_from=self.date_from.text().strip(),
            published_to=self.date_to.text().strip(),
            annotator=self.annotator.currentData() or "",
            unannotated=self.unannotated.isChecked(),
        )

    @Slot()
    def run(self) -> None:
        """Search now (the debounce timer calls this once typing pauses)."""
        self._debounce.stop()
        wanted = self.current_filter()
        if wanted.is_empty():
            self.model.set_results("", [])
            self.count.setText("")
            return
        ids = library_service.filtered_article_ids(self._library, wanted, sort="published", descending=True)
        self.model.set_results(wanted.search, ids)
        self.count.setText(tr("{0} articles").format(len(ids)))

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is None:
            return
        self._hub.article_requested.emit(hit.article_id)
        if hit.offset >= 0:
            length = len(self.query.text().strip())
            self._hub.span_requested.emit(hit.article_id, hit.offset, hit.offset + length)


def _open_annotation(hub: SignalHub, row) -> None:
    if row is not None:
        hub.article_requested.emit(row.article_id)
        hub.annotation_focused.emit(row.id, Origin.WINDOW)


class AnnotationsTab(QWidget):
    """Every annotation in one table, filterable and sortable; double-click opens it in context."""

    def __init__(self, library: Library, hub: SignalHub, parent=None) -> None:
        super().__init__(parent)
        self._hub = hub
        labels = [(shown_label(label).display_name, label.name) for label in library_service.labels(library)]
        self.label = _combo(self, "annotationsLabel", tr("Any label"), labels)
        self.contains = QLineEdit(self)
        self.contains.setObjectName("annotationsContains")
        self.contains.setPlaceholderText(tr("Text, note or field contains"))
        self.count = QLabel(self)
        self.model = AnnotationsModel(library, self)
        self.view = _table(self, "allAnnotations")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(AnnotationsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.contains, 1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.contains.textChanged.connect(self._debounce.start)
        self.label.currentIndexChanged.connect(self._debounce.start)
        self.view.doubleClicked.connect(lambda index: _open_annotation(hub, self.model.annotation(index.row())))

    @Slot()
    def reload(self) -> None:
        self._debounce.stop()
        self.model.set_filters(label=self.label.currentData() or "", contains=self.contains.text().strip())
        self.count.setText(tr("{0} annotations").format(self.model.rowCount()))


class CompaniesTab(QWidget):
    """Companies with their counts; the selected one's chart and its mentions across the library."""

    def __init__(self, library: Library, hub: SignalHub, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self.model = CompaniesModel(library, self)
        self.view = _table(self, "companies")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.chart = MonthChart(self)
        self.mentions = AnnotationsModel(library, self)
        self.mentions_view = _table(self, "companyMentions")
        self.mentions_view.setModel(self.mentions)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart)
        right_layout.addWidget(self.mentions_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(self._on_company)
        self.mentions_view.doubleClicked.connect(
            lambda index: _open_annotation(hub, self.mentions.annotation(index.row()))
        )

    def reload(self) -> None:
        self.model.reload()

    @Slot(QModelIndex, QModelIndex)
    def _on_company(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        company = self.model.company(current.row())
        self.mentions.set_filters(company=company)
        self.chart.set_counts(company, exploring.monthly_counts(self._library, company))


class LibraryExplorer(QWidget):
    """A window of its own beside the main one: Search, Companies, Annotations."""

    def __init__(self, library: Library, hub: SignalHub, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("libraryExplorer")
        self.setWindowTitle(tr("Explore Library"))
        self.resize(1000, 680)
        self.search = SearchTab(library, hub, self)
        self.companies = CompaniesTab(library, hub, self)
        self.annotations = AnnotationsTab(library, hub, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.search, tr("Search"))
        self.tabs.addTab(self.companies, tr("Companies"))
        self.tabs.addTab(self.annotations, tr("Annotations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._stale = {self.search, self.companies, self.annotations}  # tabs to re-read when next shown
        hub.changed.connect(self._on_changed)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_if_stale())

    @Slot(object, int)
    def _on_changed(self, _change, _article_id: int) -> None:
        # Re-read when next seen, not on every change while hidden: at 1M annotations a tab takes a second.
        self._stale = {self.search, self.companies, self.annotations}
        if self.isVisible():
            QTimer.singleShot(0, self.refresh_if_stale)

    def refresh_if_stale(self) -> None:
        """Re-read the tab on show if the library changed since it was last read; the others wait their turn."""
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab is self.search:
            self.search.refresh_choices()
            self.search.run()
        elif tab is self.companies:
            self.companies.reload()
        else:
            self.annotations.reload()

    def open(self) -> None:
        self.refresh_if_stale()
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.query.setFocus()
