"""Backups: online-API copies that are verified, listed, thinned to a bounded set, and restored safely."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from reader_app.storage import articles as article_store
from reader_app.storage import backup, open_library
from reader_app.storage.backup import BackupError
from reader_app.storage.library_files import backups_dir_for


def _titles(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT title FROM article ORDER BY id")]
    finally:
        con.close()


def test_a_backup_is_a_verified_self_contained_snapshot_taken_while_the_library_is_in_use(library, add_articles):
    add_articles(library, 3)
    # Another connection is in the middle of a write: the backup holds what was committed, not this.
    writer = sqlite3.connect(library.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE article SET title = 'uncommitted'")
    try:
        made = backup.make_backup(library, kind=backup.MANUAL)
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    assert made.path.parent == backups_dir_for(library.path) == library.path.with_name("library-backups")
    assert made.kind == "manual" and made.size == made.path.stat().st_size
    assert backup.verify(made.path) is None
    assert _titles(made.path) == ["Article 0", "Article 1", "Article 2"]
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]  # no -wal, no partial file


def test_backups_list_newest_first_and_ignore_other_files(library, add_articles, tmp_path):
    add_articles(library, 1)
    folder = tmp_path / "backups"
    first = backup.make_backup(library, folder, kind=backup.AUTO, now=datetime(2024, 5, 1, 9, 0, 0))
    same_second = backup.make_backup(library, folder, kind=backup.AUTO, now=datetime(2024, 5, 1, 9, 0, 0))
    later = backup.make_backup(library, folder, kind=backup.MANUAL, now=datetime(2024, 5, 2, 9, 0, 0))
    (folder / ".library-20240503-090000-auto.sqlite3.partial").write_bytes(b"half")
    (folder / "notes.txt").write_text("not a backup")

    assert [b.path for b in backup.list_backups(folder)] == [later.path, same_second.path, first.path]
    assert same_second.path != first.path
    assert backup.list_backups(tmp_path / "missing") == []


def test_thinning_keeps_a_bounded_set_recent_daily_and_weekly():
    now = datetime(2024, 6, 30, 12, 0, 0)
    infos = [
        backup.BackupInfo(path=f"b{i}", created=now - timedelta(hours=3 * i), kind="auto", size=1)
        for i in range(8 * 60)  # one every three hours for two months
    ]
    kept = backup.to_keep(infos, now)
    ages = sorted(now - info.created for info in infos if info.path in kept)

    assert len(kept) <= backup.KEEP_RECENT + backup.KEEP_DAILY_DAYS + backup.KEEP_WEEKLY_WEEKS + 1
    assert ages[0] == timedelta(0)  # the newest is always kept
    assert len([a for a in ages if a < timedelta(hours=15)]) == backup.KEEP_RECENT
    assert {(now - a).date() for a in ages if a < timedelta(days=7)} >= {
        (now - timedelta(days=d)).date() for d in range(7)
    }
    assert max(ages) < timedelta(weeks=backup.KEEP_WEEKLY_WEEKS)


def test_thinning_deletes_only_old_automatic_and_manual_backups(library, add_articles, tmp_path):
    add_articles(library, 1)
    folder = tmp_path / "backups"
    now = datetime(2024, 6, 30, 12, 0, 0)
    old_premigration = backup.make_backup(library, folder, kind=backup.PREMIGRATION, now=now - timedelta(days=300))
    for days in range(0, 60, 2):
        backup.make_backup(library, folder, kind=backup.AUTO, now=now - timedelta(days=days))

    removed = backup.thin(folder, now=now)

    remaining = backup.list_backups(folder)
    assert removed and all(not path.exists() for path in removed)
    assert old_premigration.path in {b.path for b in remaining}
    assert len([b for b in remaining if b.kind == "auto"]) <= 5 + 7 + 5
    assert remaining[0].created == now


def test_thinning_keeps_kept_backups_and_clears_partial_files_a_crash_left(library, add_articles, tmp_path):
    import os

    add_articles(library, 1)
    folder = tmp_path / "backups"
    now = datetime(2024, 6, 30, 12, 0, 0)
    kept = backup.keep_forever(backup.make_backup(library, folder, kind=backup.AUTO, now=now - timedelta(days=90)))
    for hours in range(12):
        backup.make_backup(library, folder, kind=backup.AUTO, now=now - timedelta(hours=hours))
    stale = folder / ".library-20240101-000000-auto.sqlite3.partial"
    stale.write_bytes(b"half a backup")
    os.utime(stale, (now.timestamp() - 7200, now.timestamp() - 7200))
    fresh = folder / ".library-20240630-115959-auto.sqlite3.partial"  # perhaps another process is writing it
    fresh.write_bytes(b"in progress")
    os.utime(fresh, (now.timestamp(), now.timestamp()))

    backup.thin(folder, now=now)

    assert kept.kind == "kept" and kept.path.exists()
    assert not stale.exists() and fresh.exists()


def test_restore_replaces_the_library_and_keeps_the_current_file_aside(filled_library_path, add_articles):
    library = open_library(filled_library_path)
    made = backup.make_backup(library)
    add_articles(library, 2, start=100)  # work after the backup: it must survive in the renamed file
    library.close()

    previous = backup.restore(made.path, filled_library_path, now=datetime(2024, 1, 2, 3, 4, 5))

    assert previous == filled_library_path.with_name("library.sqlite3.replaced-20240102-030405")
    assert len(_titles(previous)) == 42
    assert len(_titles(filled_library_path)) == 40
    library = open_library(filled_library_path)
    try:
        assert article_store.count() == 40
    finally:
        library.close()


def test_restore_works_when_the_current_library_cannot_be_opened(filled_library_path, damage):
    library = open_library(filled_library_path)
    made = backup.make_backup(library)
    library.close()
    damage(filled_library_path)
    damaged_bytes = filled_library_path.read_bytes()

    previous = backup.restore(made.path, filled_library_path)

    assert previous.read_bytes() == damaged_bytes  # renamed aside, never deleted
    assert len(_titles(filled_library_path)) == 40


def test_a_damaged_or_foreign_backup_is_refused_and_the_library_left_alone(filled_library_path, damage, tmp_path):
    library = open_library(filled_library_path)
    made = backup.make_backup(library)
    library.close()
    damage(made.path)
    before = filled_library_path.read_bytes()
    with pytest.raises(BackupError, match="cannot be restored"):
        backup.restore(made.path, filled_library_path)

    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="not a Reader library"):
        backup.restore(foreign, filled_library_path)
    assert filled_library_path.read_bytes() == before
    assert sorted(p.name for p in filled_library_path.parent.iterdir() if p.name.startswith("library.")) == [
        "library.sqlite3"
    ]


def test_the_newest_valid_backup_skips_a_damaged_one(library, add_articles, damage, tmp_path):
    add_articles(library, 40)
    folder = tmp_path / "backups"
    good = backup.make_backup(library, folder, now=datetime(2024, 1, 1))
    newest = backup.make_backup(library, folder, now=datetime(2024, 1, 2))
    damage(newest.path)
    assert backup.newest_valid(folder).path == good.path


def test_the_change_marker_moves_on_our_writes_and_on_other_connections_writes(library, add_articles):
    start = backup.change_marker(library)
    assert backup.change_marker(library) == start
    add_articles(library, 1)
    after_ours = backup.change_marker(library)
    assert after_ours != start
    other = sqlite3.connect(library.path)
    other.execute("UPDATE article SET title = 'edited by the command line'")
    other.commit()
    other.close()
    assert backup.change_marker(library) != after_ours


def test_thinning_keeps_backups_within_a_disk_budget_dropping_the_oldest(library, add_articles, tmp_path):
    add_articles(library, 5)
    folder = tmp_path / "backups"
    now = datetime(2024, 6, 30, 12, 0, 0)
    made = [backup.make_backup(library, folder, kind=backup.AUTO, now=now - timedelta(hours=h)) for h in range(4)]
    size = made[0].size
    removed = backup.thin(folder, now=now, max_bytes=2 * size)
    assert sorted(removed) == sorted(m.path for m in made[2:])  # the two oldest go
    assert [i.path for i in backup.list_backups(folder)] == [m.path for m in made[:2]]
    backup.thin(folder, now=now, max_bytes=1)  # a budget smaller than one backup still keeps the newest
    assert [i.path for i in backup.list_backups(folder)] == [made[0].path]


def test_the_disk_budget_grows_with_the_library_and_spares_small_ones():
    assert backup.disk_budget(10_000) == backup.MIN_BUDGET_BYTES
    assert backup.disk_budget(2 * 1024**3) == backup.BUDGET_LIBRARY_SIZES * 2 * 1024**3
