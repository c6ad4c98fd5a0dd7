"""The article list reads the library's ids once when it opens, not once per sort call Qt makes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.core.model import ParsedDocument
from reader_app.services import importing
from reader_app.ui.hub import SignalHub
from reader_app.ui.models.article_table import PUBLISHED
from reader_app.ui.panes.article_list import ArticleListPane


def _id_queries(library, build):
    seen: list[str] = []
    connection = library.db.connection()
    connection.set_trace_callback(seen.append)
    try:
        result = build()
    finally:
        connection.set_trace_callback(None)
    return result, [sql for sql in seen if sql.startswith("SELECT article.id FROM article")]


def test_opening_the_article_list_reads_the_ids_once(qapp, library):
    for n, date in enumerate(("2024-01-02", "2024-03-04", "2023-05-06")):
        doc = ParsedDocument(text=f"T{n}\n\nbody {n}", title=f"T{n}", format="txt", encoding="utf-8", published=date)
        importing.store_document(library, doc)
    pane, queries = _id_queries(library, lambda: ArticleListPane(library, SignalHub()))
    assert len(queries) == 1, queries
    assert "JOIN" not in queries[0] and "GROUP" not in queries[0]
    header = pane.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (PUBLISHED, Qt.SortOrder.DescendingOrder)
    assert [pane.model.data(pane.model.index(r, PUBLISHED)) for r in range(3)] == [
        "2024-03-04",
        "2024-01-02",
        "2023-05-06",
    ]
    pane.deleteLater()


def test_showing_a_long_list_loads_only_the_rows_on_screen(qapp, qtbot, library):
    from reader_app.storage import articles as article_store

    with library.atomic():
        for n in range(1500):
            article_store.insert(
                {"title": f"T{n}", "text": f"b{n}", "content_hash": f"h{n}", "imported_at": "2026-01-01T00:00:00Z"}
            )
    pane = ArticleListPane(library, SignalHub())
    qtbot.addWidget(pane)
    pane.resize(500, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.filter.setText("T1")  # a reset, as every keystroke makes
    qapp.processEvents()
    assert pane.model.rowCount() > 500
    assert len(pane.model._rows) <= 300, "the list loaded rows nobody can see"
