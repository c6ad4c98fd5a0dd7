"""Two libraries open in one process: every service reads and writes the library it is given, not the last opened."""

from __future__ import annotations

import sqlite3
import threading

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, companies, exporting, importing, suggesting
from reader_app.services import library as library_service
from reader_app.storage import open_library


def _doc(text: str) -> ParsedDocument:
    return ParsedDocument(text=text, title=text.split("\n")[0], format="txt", encoding="utf-8")


def _titles(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT title FROM article ORDER BY id")]
    finally:
        con.close()


def test_each_service_uses_the_library_it_was_given(tmp_path):
    first = open_library(tmp_path / "first.sqlite3")
    second = open_library(tmp_path / "second.sqlite3")  # opened last
    try:
        item = importing.store_document(first, _doc("Only in the first\n\nOrbit Lumen may buy Tessel Works.\n"))
        assert item.status == importing.IMPORTED
        assert _titles(first.path) == ["Only in the first"]
        assert _titles(second.path) == []
        assert library_service.article_count(first) == 1
        assert library_service.article_count(second) == 0

        start = item.title.__len__() + 2
        created = annotating.tag_selection(first, item.article_id, "company", start, start + 11)
        assert annotating.annotations_for(first, item.article_id) == [created]
        assert library_service.article(second, item.article_id) is None
        assert suggesting.suggestions_for(second, item.article_id) == []

        companies.save_company(second, None, "Tessel Works", ["Tessel"])
        assert [c.canonical for c in companies.own_companies(second)] == ["Tessel Works"]
        assert companies.own_companies(first) == []
        assert exporting.export_csv(first, tmp_path / "first.csv") == 1
        assert exporting.export_csv(second, tmp_path / "second.csv") == 0
    finally:
        second.close()
        first.close()


def test_a_worker_thread_uses_its_own_connection_to_the_library_it_was_given(tmp_path):
    first = open_library(tmp_path / "first.sqlite3")
    second = open_library(tmp_path / "second.sqlite3")
    results: list = []

    def work() -> None:
        with first.thread_connection():
            results.append(importing.store_document(first, _doc("From a worker\n\nText.\n")).status)
            results.append(library_service.article_count(first))

    try:
        thread = threading.Thread(target=work)
        thread.start()
        thread.join(10)
        assert results == [importing.IMPORTED, 1]
        assert _titles(first.path) == ["From a worker"] and _titles(second.path) == []
        assert library_service.article_count(first) == 1  # this thread's connection still works
    finally:
        second.close()
        first.close()


def test_every_service_that_takes_a_library_binds_it():
    """A new service function taking `library` must use it: @uses_library binds it for the whole call."""
    import importlib
    import inspect
    import pkgutil

    import reader_app.services as services

    unbound = []
    for info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"reader_app.services.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters[:1] == ["library"] and not hasattr(function, "__wrapped__"):
                unbound.append(f"{module.__name__}.{name}")
    assert unbound == []
