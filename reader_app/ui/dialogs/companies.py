"""The Companies dialog: look up the registry, correct entries, add the companies your team follows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
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
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.hub import Change
from reader_app.ui.i18n import tr
from reader_app.ui.models.company_table import ALIASES, CANONICAL, CompanyRowData, CompanyTableModel


class CompanyDialog(QDialog):
    def __init__(self, runner: ActionRunner, parent=None, undo_stack=None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self.setWindowTitle(tr("Companies"))
        self.resize(900, 560)
        self._runner = runner
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
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # quotes company names learned from articles
        self.status.setWordWrap(True)

        self.add_button = QPushButton(tr("Add Company"), self)
        self.add_button.clicked.connect(self.add_company)
        self.delete_button = QPushButton(tr("Delete Your Entry"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        if runner.read_only:
            # Look-up still works; nothing here may write to a library opened read-only.
            self.model.editable = False
            for button in (self.add_button, self.delete_button):
                button.setEnabled(False)
            self.status.setText(tr("The library is open read-only: the registry can be looked up, not edited."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
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
        own = self._runner.run(companies.own_companies, show_failure=self.status.setText).value or []
        own_names = {c.canonical for c in own}
        rows = [CompanyRowData(c.id, c.canonical, c.aliases, c.exchange, c.ticker) for c in own]
        registry = self._runner.run(companies.registry, show_failure=self.status.setText).value
        shipped = registry.entries if registry is not None else []
        rows += [
            CompanyRowData(None, e.canonical, e.aliases, e.exchange, e.ticker)
            for e in sorted(shipped, key=lambda e: e.canonical.lower())
            if e.canonical not in own_names
        ]
        self.model.set_rows(rows)

    @Slot()
    def show_learned(self) -> None:
        from reader_app.ui.dialogs.learned import LearnedDialog

        dialog = LearnedDialog(self._runner, self._undo_stack, self)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self.reload()

    @Slot(object, str, list, str, str)
    def _save(self, company_id, canonical: str, aliases: list, exchange: str, ticker: str) -> None:
        done = self._runner.run(
            companies.save_company, company_id, canonical, aliases, exchange, ticker,
            change=Change.COMPANIES, show_failure=self.status.setText,
        )  # fmt: skip
        if not done.ok:
            return
        self.changed = True
        self.status.setText(tr("Saved {0}.").format(canonical))
        self.reload()

    @Slot()
    def add_company(self) -> None:
        name = self.search.text().strip() or tr("New Company")
        self._save(None, name, [name], "", "")
        self.search.setText(name)

    @Slot()
    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_data(index.row())
        if row.company_id is None:
            done = self._runner.run(
                learning.forget_company, row.canonical, change=Change.COMPANIES, show_failure=self.status.setText
            )
            if done.ok and done.value:  # learned from the analyst's tags: forget it, keep any built-in entry
                self.changed = True
                self.status.setText(tr("Forgot what your tags taught about {0}.").format(row.canonical))
                self.reload()
                return
            if done.ok:
                self.status.setText(tr("Built-in companies cannot be deleted; edit them to correct them."))
            return
        done = self._runner.run(
            companies.delete_company, row.company_id, change=Change.COMPANIES, show_failure=self.status.setText
        )
        if not done.ok:
            return
        self.changed = True
        self.reload()
