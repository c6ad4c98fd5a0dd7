"""Durable writes: pragmas on every connection, one IMMEDIATE transaction per write, errors that say what failed."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from reader_app.core.model import Annotation
from reader_app.storage import LibraryError, open_library
from reader_app.storage import annotations as annotation_store
from reader_app.storage import articles as article_store
from reader_app.storage.db import PRAGMAS
from reader_app.storage.write_guard import WriteOutsideTransaction


def _pragmas(db) -> dict:
    return {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}


def test_a_fresh_connection_on_another_thread_gets_the_same_pragmas(tmp_path):
    # The import job and the backup timer write from their own threads, so their own connections.
    library = open_library(tmp_path / "lib.sqlite3")
    seen = {}
    try:
        worker = threading.Thread(target=lambda: seen.update(_pragmas(library.db)) or library.db.close())
        worker.start()
        worker.join()
        assert seen == {
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": 2,
            "busy_timeout": 5000,
            "cache_size": -16000,
            "trusted_schema": 0,
        }
        assert _pragmas(library.db) == seen
    finally:
        library.close()


def test_a_write_outside_a_transaction_is_refused(library, add_articles):
    (article_id,) = add_articles(library, 1)
    with pytest.raises(WriteOutsideTransaction):
        article_store.delete(article_id)
    assert article_store.get(article_id) is not None


def test_a_full_disk_reports_itself_and_leaves_nothing_half_written(library, add_articles):
    (article_id,) = add_articles(library, 1)
    pages = library.db.execute_sql("PRAGMA page_count").fetchone()[0]
    library.db.execute_sql(f"PRAGMA max_page_count = {pages}")  # real SQLite, as if the disk were full

    big = Annotation(0, article_id, "company", 0, 9000, "x" * 9000, created_at="t", updated_at="t")
    with pytest.raises(LibraryError, match="full"), library.atomic():
        article_store.update_fields(article_id, {"title": "changed in the same action"})
        annotation_store.insert(big)
    assert article_store.get(article_id).title == "Article 0"
    assert annotation_store.for_article(article_id) == []
    library.db.execute_sql("PRAGMA max_page_count = 1073741823")
    with library.atomic():
        annotation_store.insert(big)
    assert len(annotation_store.for_article(article_id)) == 1
    assert library.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_deferred_read_then_write_fails_at_once_but_immediate_waits(tmp_path):
    """Why BEGIN IMMEDIATE: a deferred transaction that read before another connection committed cannot write,
    and SQLite fails it with "database is locked" without waiting for the busy timeout."""
    path = tmp_path / "lib.sqlite3"
    open_library(path).close()
    first = sqlite3.connect(path, isolation_level=None, timeout=5, check_same_thread=False)
    second = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        first.execute("BEGIN")
        first.execute("SELECT count(*) FROM label").fetchone()
        second.execute("UPDATE label SET position = position + 1")
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            first.execute("UPDATE label SET position = position")
        assert time.monotonic() - started < 1  # no waiting: the busy timeout did not help
        first.execute("ROLLBACK")

        first.execute("BEGIN IMMEDIATE")
        first.execute("SELECT count(*) FROM label").fetchone()
        release = threading.Timer(0.3, lambda: first.execute("COMMIT"))
        release.start()
        second.execute("BEGIN IMMEDIATE")  # waits for the first writer, then gets the lock
        second.execute("UPDATE label SET position = position")
        second.execute("COMMIT")
        release.join()
    finally:
        first.close()
        second.close()


def test_two_connections_writing_interleaved_never_see_database_is_locked(library, add_articles):
    """Two threads (two connections) each run read-then-write transactions like the services do."""
    (article_id,) = add_articles(library, 1)
    errors: list[BaseException] = []
    done: list[int] = []

    def writer(tag: str) -> None:
        try:
            for i in range(150):
                with library.atomic():
                    count = len(annotation_store.for_article(article_id))  # read first, then write

                    annotation_store.insert(
                        Annotation(
                            0,
                            article_id,
                            "quote",
                            i,
                            i + 1,
                            "x",
                            note=f"{tag}{i}:{count}",
                            created_at="t",
                            updated_at="t",
                        )
                    )
                done.append(1)
        except BaseException as exc:  # any error at all is a failure of the design
            errors.append(exc)
        finally:
            library.db.close()

    threads = [threading.Thread(target=writer, args=(tag,)) for tag in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(done) == 300
    assert len(annotation_store.for_article(article_id)) == 300
