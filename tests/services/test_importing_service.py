"""Importing through the service: real files, duplicates, bad files beside good ones, folders."""

from __future__ import annotations

from reader_app.services import importing
from reader_app.services import library as library_service


def test_the_seed_article_is_stored_exactly_as_decoded(library, seed_article):
    report = importing.import_paths(library, [seed_article])
    assert report.count(importing.IMPORTED) == 1
    article = library_service.article(library, report.imported_ids[0])
    assert article.text == seed_article.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert "\xa0" in article.text  # non-breaking spaces are kept
    assert article.language == "ko"


def test_the_same_article_is_never_stored_twice(library, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Title\n\nAcme Corp may merge with Beta Inc.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Title\r\n\r\nAcme Corp may merge with Beta Inc.\r\n", encoding="utf-8")  # same text, CRLF
    report = importing.import_paths(library, [a, b])
    assert [i.status for i in report.items] == [importing.IMPORTED, importing.DUPLICATE]
    assert library_service.article_count(library) == 1


def test_a_bad_file_is_reported_and_the_others_still_import(library, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good title\n\nBody text here.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    report = importing.import_paths(library, [empty, binary, good])
    statuses = {i.source.rsplit("/", 1)[-1]: i for i in report.items}
    assert statuses["good.txt"].status == importing.IMPORTED
    for name in ("empty.txt", "image.txt"):
        assert statuses[name].status == importing.FAILED
        assert name in statuses[name].message
    assert library_service.article_count(library) == 1


def test_folders_import_recursively_and_cancel_stops_between_files(library, tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    for i in range(4):
        (folder / ("sub" if i % 2 else "") / f"a{i}.txt").write_text(f"Title {i}\n\nBody {i}.\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    seen = []
    report = importing.import_paths(
        library,
        [folder],
        cancelled=lambda: len(seen) >= 2,
        progress=lambda d, t, c: seen.append(c) if c else None,
    )
    assert report.cancelled and report.count(importing.IMPORTED) == 2
    report = importing.import_paths(library, [folder])
    assert report.count(importing.IMPORTED) == 2 and report.count(importing.DUPLICATE) == 2
