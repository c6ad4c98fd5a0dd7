"""Full-text search finds exactly the articles a plain scan finds, for queries of any length, Korean and English."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader_app.core.search_text import normalise, normalise_query
from reader_app.services import importing
from reader_app.storage import articles as article_store
from reader_app.storage import open_library, search_index

_counter = itertools.count()


def _add(library, title: str, text: str) -> int:
    with library.atomic():
        return article_store.insert(
            {"title": title, "text": text, "content_hash": f"h{next(_counter)}", "imported_at": "2026-01-01T00:00:00Z"}
        )


def _scan(library, query: str) -> list[int]:
    """The reference: every article whose normalised title or text contains the normalised query."""
    wanted = normalise_query(query)
    if not wanted:
        return []
    rows = library.db.execute_sql("SELECT id, title, text FROM article ORDER BY id")
    return [i for i, title, text in rows if wanted in normalise(title) or wanted in normalise(text)]


SENTENCES = [
    ("KT와 우리금융 협력", "KT와 우리금융지주가 지분을 맞교환할 가능성이 있다는 관측이 나온다."),
    ("경제 전망", "올해 경제는 완만하게 회복할 것으로 전망된다. 핀크 서비스도 늘었다."),
    ("LG Uplus results", "LG Uplus said its quarterly profit rose, a company spokesman said."),
    ("Samsung", "Samsung Electronics may expand\u00a0its chip plant, people familiar with the matter said."),
    ("삼성", "삼성전자는 반도체 투자를 늘릴 수 있다."),
]


@pytest.fixture
def filled(library):
    for title, text in SENTENCES:
        _add(library, title, text)
    return library


@pytest.mark.parametrize(
    "query", ["KT", "kt와", "핀크", "삼성", "경제는", "a", "삼", "LG Uplus", "its chip", "may", "Samsung E", " KT "]
)
def test_search_equals_a_plain_scan(filled, query):
    found = search_index.matching_ids(query)
    assert found == _scan(filled, query)
    assert found, f"{query!r} should match one of the written sentences"


def test_one_and_two_character_korean_queries_find_articles(filled):
    # The trigram tokenizer alone (and LIKE through it on SQLite 3.40) returns nothing for these.
    assert search_index.matching_ids("삼성") == [5]
    assert search_index.matching_ids("핀") == [2]
    assert search_index.matching_ids("와") == [1]


def test_non_breaking_space_and_case_match_as_plain(filled):
    assert search_index.matching_ids("EXPAND ITS") == [4]


def test_edits_and_deletes_keep_the_index_exact(filled):
    article_id = search_index.matching_ids("핀크")[0]
    with filled.atomic():
        article_store.update_fields(article_id, {"title": "새 제목 Zebra", "text": "본문이 바뀌었다 quokka"})
    assert search_index.matching_ids("핀크") == []
    assert search_index.matching_ids("quokka") == [article_id]
    assert search_index.matching_ids("Zebra") == [article_id]
    with filled.atomic():
        article_store.delete(article_id)
    assert search_index.matching_ids("quokka") == []
    assert search_index.matching_ids("e") == _scan(filled, "e")


_alphabet = st.sampled_from([*"ktKT와우리 금융삼성e a.\u00a0\"'*-()ÉéAND", "\U000f0020", "\n"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(st.text(_alphabet, min_size=0, max_size=40), min_size=1, max_size=6),
    query=st.text(_alphabet, min_size=1, max_size=5),
)
def test_property_search_results_equal_a_plain_scan(tmp_path_factory, texts, query):
    library = open_library(tmp_path_factory.mktemp("lib") / "library.sqlite3")
    try:
        for n, text in enumerate(texts):
            _add(library, f"t{n}", text)
        assert search_index.matching_ids(query) == _scan(library, query)
    finally:
        library.close()


def test_corpus_articles_search_like_a_scan(tmp_path, corpus):
    library = open_library(tmp_path / "library.sqlite3")
    try:
        files = sorted(corpus.rglob("*.txt"))[:40]
        importing.import_paths(library, files)
        for query in ("KT", "은", "기자", "the", "said", "가능성이", "Bank", "%", "1"):
            assert search_index.matching_ids(query) == _scan(library, query), query
    finally:
        library.close()


def test_migration_indexes_articles_already_in_the_library(tmp_path):
    from reader_app.storage import migrations

    library = open_library(tmp_path / "library.sqlite3")
    try:
        _add(library, "Old", "written before the index existed: 기존 기사")
        (apply,) = [fn for _v, name, fn in migrations.MIGRATIONS if "full-text" in name]
        with library.atomic():  # the library as the version before the index left it, then that migration
            library.db.execute_sql("DROP TABLE search_trigram")
            library.db.execute_sql("DROP TABLE search_grams")
            apply(library.db)
        assert search_index.matching_ids("기존") == [1]
        assert search_index.matching_ids("before the") == [1]
    finally:
        library.close()


def _index_contents(library) -> dict[str, list[tuple]]:
    """Every (term, article, column, offset) the trigram table holds and every (term, article, column) of the
    gram table, read through fts5vocab: what the index answers from, whatever its segment layout."""
    db = library.db
    with library.atomic():  # temp tables only; the library's own file is not changed
        db.execute_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_tri USING fts5vocab(main, search_trigram, instance)")
        db.execute_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_grams USING fts5vocab(main, search_grams, instance)")
    return {
        table: sorted(db.execute_sql(f"SELECT term, doc, col, offset FROM temp.{table}").fetchall())
        for table in ("v_tri", "v_grams")
    }


def _rows(corpus_files) -> list[tuple[int, str, str]]:
    rows = [(n + 1, title, text) for n, (title, text) in enumerate(SENTENCES)]
    for path in corpus_files:
        rows.append((len(rows) + 1, path.stem, path.read_text(encoding="utf-8", errors="replace")))
    rows.append((len(rows) + 1, "", ""))  # empty fields, and one-character ones
    rows.append((len(rows) + 1, "K", "가"))
    return rows


def test_add_many_indexes_exactly_what_repeated_add_does(tmp_path, corpus):
    rows = _rows(sorted(corpus.rglob("*.txt"))[:12])
    one_by_one = open_library(tmp_path / "one.sqlite3")
    together = open_library(tmp_path / "many.sqlite3")
    try:
        with one_by_one.atomic():
            for row in rows:
                with one_by_one.atomic():  # a savepoint per article, as single imports and edits run
                    search_index.add(*row)
        with together.atomic():
            assert search_index.add_many(iter(rows)) == len(rows)
        expected = _index_contents(one_by_one)
        assert expected["v_tri"] and expected["v_grams"]
        assert _index_contents(together) == expected
        with together.atomic():  # and what add_many indexed, remove() takes out again
            for row in rows:
                search_index.remove(*row)
        assert _index_contents(together) == {"v_tri": [], "v_grams": []}
    finally:
        one_by_one.close()
        together.close()


def test_add_many_refuses_to_write_outside_a_transaction(library):
    from reader_app.storage.write_guard import WriteOutsideTransaction

    with pytest.raises(WriteOutsideTransaction):
        search_index.add_many([(1, "title", "text")])


def test_a_grouped_import_indexes_like_one_by_one_inserts(tmp_path, corpus):
    files = sorted(corpus.rglob("*.txt"))[:15]
    grouped = open_library(tmp_path / "grouped.sqlite3")
    single = open_library(tmp_path / "single.sqlite3")
    try:
        importing.import_paths(grouped, files)
        for path in files:
            importing.import_file(single, path)
        assert _index_contents(grouped) == _index_contents(single)
        for query in ("KT", "은", "the", "가능성이"):
            assert search_index.matching_ids(query) == _scan(grouped, query), query
    finally:
        grouped.close()
        single.close()
