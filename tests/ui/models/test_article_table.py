"""The article list's model: checked by qtmodeltester, lazy rows, sorting and filtering in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing
from reader_app.ui.models.article_table import ANNOTATIONS, TITLE, ArticleTableModel


def _add(library, title: str, published: str, text: str) -> int:
    doc = ParsedDocument(text=text, title=title, format="txt", encoding="utf-8", published=published)
    return importing.store_document(library, doc).article_id


def test_article_table_model_passes_the_model_tester(qapp, qtmodeltester, library):
    _add(library, "Beta", "2023-01-02", "Beta\n\nbody b")
    _add(library, "alpha", "2023-01-03", "alpha\n\nbody a")
    model = ArticleTableModel(library)
    qtmodeltester.check(model, force_py=True)


def test_article_table_sorts_in_the_database_and_counts_annotations(qapp, library):
    a = _add(library, "Beta", "2023-01-02", "Beta\n\nbody b")
    b = _add(library, "alpha", "2023-01-03", "alpha\n\nbody a")
    annotating.tag_selection(library, a, "company", 6, 10)
    model = ArticleTableModel(library)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, TITLE)) for r in range(2)] == ["alpha", "Beta"]  # case-insensitive
    model.sort(ANNOTATIONS, Qt.SortOrder.DescendingOrder)
    assert model.article_id(0) == a and model.data(model.index(0, ANNOTATIONS)) == 1
    model.set_query("alp")
    assert model.rowCount() == 1 and model.article_id(0) == b
