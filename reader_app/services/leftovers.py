"""What interrupted work leaves beside a library: copies the app set aside (named at the next start) and
unfinished backup or restore files (removed at the next start once they are surely abandoned)."""

from __future__ import annotations

import contextlib
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader_app.storage.library_files import COMPANION_SUFFIXES, backups_dir_for

# A backup or restore in progress rewrites its file continuously, and verifying a large copy takes seconds: a file
# untouched for this long belongs to a process that was killed.
STALE_SECONDS = 10 * 60
_NOTE_LIMIT = 4096
_SET_ASIDE = re.compile(r"\.(?P<reason>broken|replaced)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?$")


@dataclass(frozen=True)
class SetAside:
    path: Path  # the library as it was, renamed
    reason: str  # "broken" (damaged, moved aside on open) or "replaced" (kept by a restore)
    when: str  # "YYYY-MM-DD HH:MM" local time, from the name
    problem: str = ""  # what was found, for a damaged one
    at: float = 0.0  # when it was set aside (epoch seconds, from the name's local-time stamp)


def newest_set_aside(library_path: Path) -> SetAside | None:
    """The newest copy of this library that Reader renamed aside, if any."""
    library_path = Path(library_path)
    found = []
    for candidate in library_path.parent.glob(f"{glob_escape(library_path.name)}.*"):
        suffix = candidate.name[len(library_path.name) :]
        match = _SET_ASIDE.match(suffix)
        if match is None or not candidate.is_file():
            continue  # companions (-wal, -shm) and notes end differently
        found.append((match["stamp"], candidate, match["reason"]))
    if not found:
        return None
    stamp, path, reason = max(found)
    when = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}"
    at = datetime.strptime(stamp, "%Y%m%d-%H%M%S").timestamp()  # naive: local time, as the name was written
    return SetAside(path, reason, when, read_note(path), at)


def write_note(moved_to: Path, problem: str) -> None:
    """Best effort: the note only helps the next start explain; a failure to write it changes nothing else."""
    with contextlib.suppress(OSError):
        _note_path(moved_to).write_text(" ".join(problem.split())[:_NOTE_LIMIT] + "\n", encoding="utf-8")


def _note_path(moved_to: Path) -> Path:
    """A hidden note beside a library set aside as damaged: what was found, for the next start to say."""
    moved_to = Path(moved_to)
    return moved_to.with_name(f".{moved_to.name}.why")


def read_note(moved_to: Path) -> str:
    try:
        with open(_note_path(moved_to), "rb") as handle:
            return handle.read(_NOTE_LIMIT).decode("utf-8", "replace").strip()
    except OSError:
        return ""


def clean_leftovers(library_path: Path, *, now: float | None = None) -> list[str]:
    """Remove abandoned unfinished backups (`.….partial`, `-journal`) and restore copies (`.<name>.restoring`);
    returns a note for the analyst when something was removed."""
    library_path = Path(library_path)
    now = time.time() if now is None else now
    candidates = [library_path.with_name(f".{library_path.name}.restoring{s}") for s in ("", *COMPANION_SUFFIXES)]
    folder = backups_dir_for(library_path)
    if folder.is_dir():
        candidates += [
            *folder.glob(".*.partial"),
            *(p for s in COMPANION_SUFFIXES for p in folder.glob(f".*.partial{s}")),
        ]
    removed, size = 0, 0
    for path in _flatten(candidates):
        try:
            info = path.stat()
            if now - info.st_mtime < STALE_SECONDS:
                continue
            path.unlink()
        except OSError:
            continue
        removed += 1
        size += info.st_size
    if not removed:
        return []
    return [
        f"Removed {removed} unfinished backup or restore file{'s' if removed > 1 else ''} ({size / 1e6:.1f} MB) "
        "left by an interrupted backup or restore; your library and its backups are untouched."
    ]


def _flatten(items) -> list[Path]:
    out: list[Path] = []
    for item in items:
        if isinstance(item, Path):
            out.append(item)
        else:
            out.extend(item)
    return out


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
