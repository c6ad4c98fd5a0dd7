"""The Companies dialog edits the registry the suggestions use."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.services import companies
from reader_app.ui.dialogs.companies import CompanyDialog
from reader_app.ui.models.company_table import ALIASES, CompanyTableModel


def test_adding_and_editing_a_company_reaches_the_registry(qtbot, library, runner):
    dialog = CompanyDialog(runner)
    qtbot.addWidget(dialog)
    dialog.search.setText("Zentrix Robotics")
    dialog.add_company()
    assert dialog.changed and dialog.model.rowCount() >= 1
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_data(r).canonical == "Zentrix Robotics")
    model: CompanyTableModel = dialog.model
    assert model.setData(model.index(row, ALIASES), "Zentrix Robotics, Zentrix, 젠트릭스", Qt.ItemDataRole.EditRole)
    entry = companies.registry(library).get("Zentrix Robotics")
    assert entry is not None and set(entry.aliases) == {"Zentrix Robotics", "Zentrix", "젠트릭스"}


def test_built_in_companies_are_listed_and_cannot_be_deleted(qtbot, runner):
    dialog = CompanyDialog(runner)
    qtbot.addWidget(dialog)
    dialog.search.setText("Woori")
    assert dialog.model.rowCount() >= 1
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.delete_selected()
    assert "cannot be deleted" in dialog.status.text()
