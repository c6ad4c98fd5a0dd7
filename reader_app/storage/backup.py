"""Library backups: made with SQLite's online backup API, verified, listed, thinned and restored.

A backup is one self-contained SQLite file `<stem>-<YYYYmmdd-HHMMSS>[-n]-<kind>.sqlite3` in the backups
folder (`<stem>-backups/` beside the library). It is written under a temporary name, reopened and checked with
`PRAGMA integrity_check`, and only then given its final name, so a listed backup is always a verified one.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from reader_app.storage import library_files, library_lock, migrations, schema_guard
from reader_app.storage.errors import LibraryBusyError, LibraryError
from reader_app.storage.library_files import APPLICATION_ID, backups_dir_for
from reader_app.storage.library_handle import Library

AUTO, MANUAL, PREMIGRATION, KEPT = "auto", "manual", "premigration", "kept"
# Thinning never removes a backup taken before a schema upgrade (the only way back to the old version) or one
# kept because the library was found damaged (the last good state, which later backups of a fresh start
# would otherwise push out).
_THINNED_KINDS = (AUTO, MANUAL)
_NAME = re.compile(r"^.+-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<kind>auto|manual|premigration|kept)\.sqlite3$")
_STALE_PARTIAL = timedelta(hours=1)

KEEP_RECENT = 5
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_WEEKS = 4
# Disk as well as count: thinned backups together stay within this many times the library's size (but at
# least MIN_BUDGET_BYTES, so a small library keeps its full set). The newest backup is always kept.
BUDGET_LIBRARY_SIZES = 4
MIN_BUDGET_BYTES = 2 * 1024**3


class BackupError(LibraryError):
    """A backup that could not be made, verified or restored; the message says which file and why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    kind: str
    size: int
    sequence: int = 1  # orders backups made within the same second


def change_marker(library: Library) -> tuple[int, int]:
    """Changes since this connection opened: its own commits (total_changes) and others' (data_version)."""
    total = library.db.execute_sql("SELECT total_changes()").fetchone()[0]
    data_version = library.db.execute_sql("PRAGMA data_version").fetchone()[0]
    return total, data_version


def make_backup(library: Library, dest_dir: Path | None = None, *, kind: str = MANUAL, now=None) -> BackupInfo:
    return backup_file(library.path, dest_dir or backups_dir_for(library.path), kind=kind, now=now)


def backup_file(source: Path, dest_dir: Path, *, kind: str = MANUAL, now: datetime | None = None) -> BackupInfo:
    """Copy a library (open elsewhere or not) into dest_dir through the online backup API, then verify it."""
    source = Path(source)
    now = now or datetime.now()
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        final = _free_name(dest_dir, source.stem, now, kind)
        partial = final.with_name(f".{final.name}.partial")
        _copy(source, partial)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Could not back up {source} into {dest_dir}: {exc}") from exc
    problem = verify(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup of {source} failed its check ({problem}); the library itself is unchanged.")
    os.replace(partial, final)
    library_files.fsync_dir(dest_dir)
    return _info(final)


def _copy(source: Path, dest: Path) -> None:
    """One backup step over all pages: a consistent snapshot, even while another connection writes (WAL)."""
    dest.unlink(missing_ok=True)
    src = schema_guard.connect(library_files.read_only_uri(source), uri=True, timeout=10)
    try:
        dst = schema_guard.connect(str(dest))
        try:
            src.backup(dst)
            # A single self-contained file: no -wal beside the backup, readable from read-only media.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    library_files.fsync_file(dest)


def verify(path: Path, *, for_restore: bool = False) -> str | None:
    """None when `path` is an intact Reader library, else what is wrong with it."""
    try:
        con = schema_guard.connect(library_files.read_only_uri(Path(path)), uri=True)
        try:
            integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            known = app_id == APPLICATION_ID and version <= migrations.SCHEMA_VERSION
            foreign = schema_guard.differences(con, version) if integrity == ["ok"] and known else []
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"SQLite cannot read it: {exc}"
    if integrity != ["ok"]:
        return "integrity_check: " + " ".join(" ".join(integrity[:3]).split())[:300]
    if app_id != APPLICATION_ID:
        return "it is not a Reader library"
    if for_restore and version > migrations.SCHEMA_VERSION:
        return f"a newer version of Reader made it (schema {version})"
    if foreign:
        # A copy must not carry triggers or views from a tampered library, nor bring them back on restore.
        return f"it holds database objects Reader did not make ({schema_guard.describe(foreign)})"
    return None


def _free_name(dest_dir: Path, stem: str, now: datetime, kind: str) -> Path:
    base = f"{stem}-{library_files.stamp(now)}"
    candidate = dest_dir / f"{base}-{kind}.sqlite3"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = dest_dir / f"{base}-{counter}-{kind}.sqlite3"
    return candidate


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    if match is None:
        raise ValueError(f"not a backup file name: {path.name}")
    created = datetime.strptime(match["stamp"], library_files.STAMP_FORMAT)
    return BackupInfo(path, created, match["kind"], path.stat().st_size, int(match["n"] or 1))


def _age_order(info: BackupInfo) -> tuple[datetime, int]:
    return info.created, info.sequence


def list_backups(dest_dir: Path) -> list[BackupInfo]:
    """Backups in a folder, newest first; partial and unrelated files are ignored."""
    if not Path(dest_dir).is_dir():
        return []
    infos = [_info(p) for p in Path(dest_dir).iterdir() if p.is_file() and _NAME.match(p.name)]
    return sorted(infos, key=_age_order, reverse=True)


def newest_valid(dest_dir: Path) -> BackupInfo | None:
    """The newest backup that passes verification (a damaged one is skipped, not deleted)."""
    return next((info for info in list_backups(dest_dir) if verify(info.path, for_restore=True) is None), None)


def to_keep(
    infos: list[BackupInfo],
    now: datetime,
    *,
    recent: int = KEEP_RECENT,
    daily_days: int = KEEP_DAILY_DAYS,
    weekly_weeks: int = KEEP_WEEKLY_WEEKS,
) -> set[Path]:
    """The bounded set thinning keeps: the newest few, the newest of each recent day, of each recent week."""
    ordered = sorted(infos, key=_age_order, reverse=True)
    keep = {i.path for i in ordered[:recent]}
    days: set = set()
    weeks: set = set()
    for info in ordered:  # newest first, so the first seen in a day or week is its newest
        age = now - info.created
        day, week = info.created.date(), info.created.isocalendar()[:2]
        if age < timedelta(days=daily_days) and day not in days:
            days.add(day)
            keep.add(info.path)
        if age < timedelta(weeks=weekly_weeks) and week not in weeks:
            weeks.add(week)
            keep.add(info.path)
    return keep


def disk_budget(library_size: int) -> int:
    """The bytes thinned backups of a library of this size may take together."""
    return max(MIN_BUDGET_BYTES, BUDGET_LIBRARY_SIZES * library_size)


def within_budget(infos: list[BackupInfo], keep: set[Path], max_bytes: int) -> set[Path]:
    """The kept set cut, oldest first, to `max_bytes` in total; the newest backup stays whatever its size."""
    kept = sorted((i for i in infos if i.path in keep), key=_age_order, reverse=True)
    result, total = set(), 0
    for n, info in enumerate(kept):
        total += info.size
        if n and total > max_bytes:
            break
        result.add(info.path)
    return result


def thin(dest_dir: Path, now: datetime | None = None, *, max_bytes: int | None = None) -> list[Path]:
    """Delete automatic and manual backups outside the kept set, and partial files a crash left; returns them.

    max_bytes: also keep the kept set within this many bytes (see disk_budget), dropping the oldest first.
    """
    now = now or datetime.now()
    infos = [i for i in list_backups(dest_dir) if i.kind in _THINNED_KINDS]
    keep = to_keep(infos, now)
    if max_bytes is not None:
        keep = within_budget(infos, keep, max_bytes)
    removed = [i.path for i in infos if i.path not in keep]
    for partial in Path(dest_dir).glob(".*.partial"):
        if now - datetime.fromtimestamp(partial.stat().st_mtime) > _STALE_PARTIAL:
            removed.append(partial)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def keep_forever(info: BackupInfo) -> BackupInfo:
    """Rename a backup to kind "kept", which thinning never removes."""
    kept = info.path.with_name(info.path.name.replace(f"-{info.kind}.sqlite3", f"-{KEPT}.sqlite3"))
    os.replace(info.path, kept)
    library_files.fsync_dir(kept.parent)
    return _info(kept)


def restore(backup_path: Path, library_path: Path, now: datetime | None = None) -> Path | None:
    """Make `library_path` a copy of a verified backup; needs no working library, and no connection open on it.

    The current file (with its -wal and -shm) is renamed to `<name>.replaced-<timestamp>`, never deleted;
    returns that path, or None when there was no current file.
    """
    backup_path, library_path = Path(backup_path), Path(library_path)
    problem = verify(backup_path, for_restore=True)
    if problem is not None:
        raise BackupError(f"{backup_path} cannot be restored: {problem}.")
    try:
        library_path.parent.mkdir(parents=True, exist_ok=True)
        # No other process may have the library open while its file is swapped (this process's own window may).
        lock = library_lock.acquire(library_path, library_lock.EXCLUSIVE, purpose="restore")
    except library_lock.LibraryInUse as busy:
        raise LibraryBusyError(library_path, busy) from None
    except OSError as exc:
        raise BackupError(f"Could not restore {backup_path} to {library_path}: {exc}") from exc
    try:
        return _restore_locked(backup_path, library_path, now)
    finally:
        lock.release()


def _restore_locked(backup_path: Path, library_path: Path, now: datetime | None) -> Path | None:
    incoming = library_path.with_name(f".{library_path.name}.restoring")
    try:
        library_path.parent.mkdir(parents=True, exist_ok=True)
        _copy(backup_path, incoming)
        problem = verify(incoming, for_restore=True)
        if problem is not None:
            raise BackupError(f"The restored copy of {backup_path} failed its check ({problem}); nothing changed.")
        existing = any(Path(f"{library_path}{s}").exists() for s in ("", *library_files.COMPANION_SUFFIXES))
        previous = library_files.set_aside(library_path, "replaced", now) if existing else None
        os.replace(incoming, library_path)
        library_files.fsync_dir(library_path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Could not restore {backup_path} to {library_path}: {exc}") from exc
    finally:
        incoming.unlink(missing_ok=True)
    return previous
