"""A full disk says so in one line, saves nothing half-done and leaves the library usable once there is room:
on a real small filesystem (WAL: SQLITE_FULL arrives at COMMIT) and with max_page_count (runs everywhere)."""

from __future__ import annotations

import pytest

from reader_app.core.model import Annotation
from reader_app.storage import annotations as annotation_store
from reader_app.storage import open_library
from reader_app.storage.write_guard import DiskFullError


def _article(library) -> int:
    from reader_app.storage import articles as article_store

    with library.atomic():
        return article_store.insert(
            {"title": "Full", "text": "Acme may buy Beta. " * 3000, "content_hash": "h", "imported_at": "t"}
        )


def _big(article_id: int) -> Annotation:
    return Annotation(0, article_id, "company", 0, 40000, "x" * 40000, created_at="t", updated_at="t")


def test_a_real_full_disk_says_the_disk_is_full_and_saves_nothing(small_filesystem, fill_filesystem):
    library = open_library(small_filesystem / "library.sqlite3")
    try:
        article_id = _article(library)
        filler = fill_filesystem(small_filesystem)
        with pytest.raises(DiskFullError) as caught, library.atomic():
            annotation_store.insert(_big(article_id))
        message = str(caught.value)
        assert "the disk is full" in message and "no transaction is active" not in message, message
        assert "\n" not in message
        assert annotation_store.for_article(article_id) == []
        filler.unlink()  # room again: the same connection works
        with library.atomic():
            annotation_store.insert(_big(article_id))
        assert len(annotation_store.for_article(article_id)) == 1
        assert library.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        library.close()


def test_max_page_count_reports_the_disk_is_full(library):
    article_id = _article(library)
    pages = library.db.execute_sql("PRAGMA page_count").fetchone()[0]
    library.db.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="the disk is full"), library.atomic():
        annotation_store.insert(_big(article_id))
    assert annotation_store.for_article(article_id) == []
    library.db.execute_sql("PRAGMA max_page_count = 1073741823")
    with library.atomic():
        annotation_store.insert(_big(article_id))
    assert len(annotation_store.for_article(article_id)) == 1
