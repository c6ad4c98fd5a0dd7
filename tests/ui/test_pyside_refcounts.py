"""Guard against a PySide6 defect: returning None from a Python override to Qt must not lose a reference.

PySide6 6.12.0 drops a reference to None on every such return (item models' data(), loadResource), which
aborts Python 3.11 after a few thousand calls; pyproject.toml keeps that release out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QUrl

from reader_app.core.model import ParsedDocument
from reader_app.services import importing
from reader_app.ui.models.article_table import ArticleTableModel


def test_model_data_returning_none_keeps_none_alive(qapp, library):
    importing.store_document(library, ParsedDocument(text="T\n\nBody.", title="T", format="txt", encoding="utf-8"))
    model = ArticleTableModel(library)
    index = model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None  # through Qt into our override, which says None
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) - before >= -5


def test_reader_load_resource_returning_none_keeps_none_alive(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    before = sys.getrefcount(None)
    for i in range(300):
        window.reader.document().setHtml(f'<p>x</p><img src="http://example.com/{i}.png">')
        window.reader.document().size()
    assert window.reader.loadResource(2, QUrl("http://example.com/a.png")) is None
    assert sys.getrefcount(None) - before >= -5
