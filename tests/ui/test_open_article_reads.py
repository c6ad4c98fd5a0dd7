"""Opening an article reads its annotations once, however many panes show them, and never a stale copy."""

from __future__ import annotations

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing


def test_opening_an_article_reads_its_annotations_once(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "library.sqlite3")
    text = "Acme Corp and Beta Ltd may merge, people familiar with the matter said.\n"
    doc = ParsedDocument(text=f"Deal talk\n\n{text}", title="Deal talk", format="txt", encoding="utf-8")
    article_id = importing.store_document(window.library, doc).article_id
    other = ParsedDocument(text="Other\n\nNothing to see.\n", title="Other", format="txt", encoding="utf-8")
    other_id = importing.store_document(window.library, other).article_id
    annotating.tag_selection(window.library, article_id, "company", 11, 20)
    window.hub.articles_changed.emit()
    window.show()
    assert window.article_pane.select_article(other_id)
    qtbot.wait(50)
    seen: list[str] = []
    window.library.db.connection().set_trace_callback(seen.append)
    try:
        assert window.article_pane.select_article(article_id)
        qtbot.waitUntil(lambda: window.annotation_list.model.rowCount() == 1)
        qtbot.wait(50)
    finally:
        window.library.db.connection().set_trace_callback(None)
    # Reads of the annotation rows themselves (their text), not counts or existence checks.
    reads = [sql for sql in seen if '"prefix"' in sql and "annotation" in sql and "article_id" in sql]
    assert len(reads) == 1, reads

    annotating.tag_selection(window.library, article_id, "company", 25, 33)  # a change: the next read is fresh
    assert [a.start for a in annotating.annotations_for(window.library, article_id)] == [11, 25]
