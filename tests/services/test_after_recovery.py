"""The start after a recovery: a library the app moved aside is named as such (where, what was found, which
backup), a valid backup is always offered, and what killed backups and restores left behind is cleaned or named."""

from __future__ import annotations

import os
import time

import pytest

from reader_app.services import backups
from reader_app.services import library as library_service
from reader_app.services.library import MissingLibrary
from reader_app.services.recovery import LibraryBroken
from reader_app.storage import articles as article_store


def _library_with_backup(path):
    library = library_service.open_or_explain(path, remember=True)
    with library.atomic():
        for i in range(30):
            article_store.insert(
                {"title": f"A{i}", "text": f"Body {i}. " * 300, "content_hash": f"h{i}", "imported_at": "t"}
            )
    made = backups.backup_now(library)
    library.close()
    return made


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    middle = 4096 * (len(data) // 4096 // 2)
    data[middle : middle + 3 * 4096] = bytes(range(256)) * 48
    path.write_bytes(bytes(data))


def test_the_start_after_a_library_was_moved_aside_says_so(tmp_path):
    path = tmp_path / "library.sqlite3"
    _library_with_backup(path)
    _damage(path)
    with pytest.raises(LibraryBroken) as broken:
        library_service.open_or_explain(path, remember=True)  # e.g. a CLI command: moved aside, nothing new made
    moved_to = broken.value.broken.moved_to
    with pytest.raises(MissingLibrary) as caught:
        library_service.open_or_explain(path)
    missing = caught.value
    message = str(missing)
    assert "moved it aside" in message and "If you moved it" not in message, message
    assert str(moved_to) in message and "damaged" in message
    assert missing.moved_aside is not None and missing.moved_aside.path == moved_to
    assert missing.moved_aside.problem  # what was found
    assert missing.newest_backup is not None and backups.is_valid(missing.newest_backup)
    assert str(missing.newest_backup) in message


def test_restore_is_offered_whenever_a_valid_backup_exists(tmp_path):
    path = tmp_path / "library.sqlite3"
    good = _library_with_backup(path)
    time.sleep(1.1)  # a newer backup, in another second
    lib = library_service.open_or_explain(path)
    newer = backups.backup_now(lib)
    lib.close()
    _damage(newer.path)  # the newest backup is bad; the older one is good
    for sidecar in tmp_path.glob("library.sqlite3*"):
        sidecar.unlink()
    with pytest.raises(MissingLibrary) as caught:
        library_service.open_or_explain(path)
    assert caught.value.newest_backup == good.path


def test_an_interrupted_restore_names_the_previous_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    _library_with_backup(path)
    # What a restore killed between setting the old file aside and moving the copy in leaves behind.
    replaced = tmp_path / "library.sqlite3.replaced-20260101-120000"
    path.rename(replaced)
    (tmp_path / ".library.sqlite3.restoring").write_bytes(b"half a copy")
    with pytest.raises(MissingLibrary) as caught:
        library_service.open_or_explain(path)
    message = str(caught.value)
    assert str(replaced) in message and "restore" in message, message


def _old(path, content: bytes = b"x" * 1000) -> None:
    path.write_bytes(content)
    past = time.time() - 3 * 3600
    os.utime(path, (past, past))


def test_leftovers_of_killed_backups_and_restores_are_cleaned_on_the_next_start(tmp_path):
    path = tmp_path / "library.sqlite3"
    made = _library_with_backup(path)
    folder = made.path.parent
    stale = [
        folder / ".library-20260101-120000-auto.sqlite3.partial",
        folder / ".library-20260101-120000-auto.sqlite3.partial-journal",
        tmp_path / ".library.sqlite3.restoring",
        tmp_path / ".library.sqlite3.restoring-journal",
    ]
    for leftover in stale:
        _old(leftover)
    fresh = folder / ".library-20260101-120500-auto.sqlite3.partial"  # may be a backup in progress elsewhere
    fresh.write_bytes(b"y")
    library = library_service.open_or_explain(path)
    try:
        assert [p for p in stale if p.exists()] == []
        assert fresh.exists() and made.path.exists()
        assert any("unfinished" in notice for notice in library.notices), library.notices
    finally:
        library.close()


def test_a_finished_restore_is_not_blamed_when_the_library_goes_missing_later(tmp_path):
    path = tmp_path / "library.sqlite3"
    made = _library_with_backup(path)
    kept = backups.restore(made.path, path)  # finished: the previous file is kept as .replaced-…
    assert kept is not None and kept.exists()
    path.rename(tmp_path / "moved.sqlite3")  # later, the analyst moves the library away
    with pytest.raises(MissingLibrary) as caught:
        library_service.open_or_explain(path)
    message = str(caught.value)
    assert "did not finish" not in message and "is missing" in message, message
