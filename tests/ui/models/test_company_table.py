"""The company registry's table model, checked by qtmodeltester; read-only when the library is."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.services import companies
from reader_app.ui.models.company_table import CompanyRowData, CompanyTableModel


def test_company_model_passes_the_model_tester(qapp, qtmodeltester, library):
    model = CompanyTableModel()
    entries = companies.registry(library).entries[:20]
    model.set_rows([CompanyRowData(None, e.canonical, e.aliases, e.exchange, e.ticker) for e in entries])
    qtmodeltester.check(model, force_py=True)


def test_a_read_only_model_offers_no_editor(qapp, library):
    model = CompanyTableModel()
    entries = companies.registry(library).entries[:3]
    model.set_rows([CompanyRowData(None, e.canonical, e.aliases, e.exchange, e.ticker) for e in entries])
    model.editable = False
    assert not any(model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable for column in range(5))
