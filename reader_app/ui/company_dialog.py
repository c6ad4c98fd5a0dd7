"""The Companies dialog: look up the registry, correct entries, add the companies your team follows."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from reader_app.services import companies, learning
from reader_app.services.errors import UserError
from reader_app.storage import Library
from reader_app.ui.i18n import tr
from reader_app.ui.models.company_table import ALIASES, CANONICAL, CompanyRowData, CompanyTableModel


class CompanyDialog(QDialog):
    def __init__(self, library: Library, parent=None, undo_stack=None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self.setWindowTitle(tr("Companies"))
        self.resize(900, 560)
        self._library = library
        self._undo_stack = undo_stack
        self.changed = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Find a company by name or alias"))
        self.search.setClearButtonEnabled(True)
        self.model = CompanyTableModel(self)
        self.model.save_requested.connect(self._save)
        self.view = QTableView(self)
        self.view.setObjectName("companyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(CANONICAL, QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().resizeSection(CANONICAL, 240)
        self.view.horizontalHeader().setSectionResizeMode(ALIASES, QHeaderView.ResizeMode.Stretch)
        self.search.textChanged.connect(self.model.set_query)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        add = QPushButton(tr("Add Company"), self)
        add.clicked.connect(self.add_company)
        self.delete_button = QPushButton(tr("Delete Your Entry"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.delete_button)
        learned = QPushButton(tr("What Reader Learned…"), self)
        learned.clicked.connect(self.show_learned)
        row.addWidget(learned)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Companies you tag are added here and suggested in later articles. "
                    "Edit a cell to correct a name; separate aliases with commas."
                )
            )
        )
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        own = companies.own_companies(self._library)
        own_names = {c.canonical for c in own}
        rows = [CompanyRowData(c.id, c.canonical, c.aliases, c.exchange, c.ticker) for c in own]
        shipped = companies.registry(self._library).entries
        rows += [
            CompanyRowData(None, e.canonical, e.aliases, e.exchange, e.ticker)
            for e in sorted(shipped, key=lambda e: e.canonical.lower())
            if e.canonical not in own_names
        ]
        self.model.set_rows(rows)

    def show_learned(self) -> None:
        from reader_app.ui.learned_dialog import LearnedDialog

        dialog = LearnedDialog(self._library, self._undo_stack, self)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self.reload()

    def _save(self, company_id, canonical: str, aliases: list, exchange: str, ticker: str) -> None:
        try:
            companies.save_company(self._library, company_id, canonical, aliases, exchange, ticker)
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self.changed = True
        self.status.setText(tr("Saved {0}.").format(canonical))
        self.reload()

    def add_company(self) -> None:
        name = self.search.text().strip() or tr("New Company")
        self._save(None, name, [name], "", "")
        self.search.setText(name)

    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_data(index.row())
        if row.company_id is None:
            taught = [
                i for i in learning.list_learned(self._library) if i.kind == "company" and i.value == row.canonical
            ]
            if taught:  # learned from the analyst's tags: forget those aliases, keep any built-in entry
                for item in taught:
                    learning.forget(self._library, item)
                self.changed = True
                self.status.setText(tr("Forgot what your tags taught about {0}.").format(row.canonical))
                self.reload()
                return
            self.status.setText(tr("Built-in companies cannot be deleted; edit them to correct them."))
            return
        companies.delete_company(self._library, row.company_id)
        self.changed = True
        self.reload()
