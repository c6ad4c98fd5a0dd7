"""The files that make up a library on disk: where its backups go, how to read it safely, how to move it aside."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

# "READ" in ASCII: marks a SQLite file as a Reader library (PRAGMA application_id).
APPLICATION_ID = 0x52454144

# SQLite keeps a WAL library's recent commits in `-wal` and its index in `-shm`: they travel with the main file.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"
STAMP_FORMAT = "%Y%m%d-%H%M%S"


def backups_dir_for(library_path: Path) -> Path:
    """`<stem>-backups/` beside the library: backups travel with it and `--db` alone finds them."""
    library_path = Path(library_path)
    return library_path.with_name(f"{library_path.stem}-backups")


def is_writable(path: Path) -> bool:
    """Whether this process may change the library: the file, and the folder where SQLite adds -wal and -shm."""
    path = Path(path)
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def read_only_uri(path: Path) -> str:
    """A `mode=ro` URI for the file; `immutable` where SQLite could not create its -shm index beside it."""
    path = Path(path)
    uri = f"{path.as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    no_recent_commits = not wal.exists() or wal.stat().st_size == 0
    if not os.access(path.parent, os.W_OK) and not shm.exists() and no_recent_commits:
        # Nobody can write in this folder, and every commit is in the main file: reading it as-is is exact.
        uri += "&immutable=1"
    return uri


def header_application_id(path: Path) -> int | None:
    """The application_id in a SQLite header (bytes 68-71), read without SQLite; None if there is no header."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 72 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[68:72], "big")


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime(STAMP_FORMAT)


def set_aside(path: Path, reason: str, now: datetime | None = None) -> Path:
    """Rename the library and its -wal/-shm to `<name>.<reason>-<timestamp>`; never deletes anything.

    The companions keep their suffixes, so the renamed set still opens as one database with every commit.
    """
    path = Path(path)
    base = path.with_name(f"{path.name}.{reason}-{stamp(now)}")
    counter = 1
    while any(Path(f"{base}{suffix}").exists() for suffix in ("", *COMPANION_SUFFIXES)):
        counter += 1
        base = path.with_name(f"{path.name}.{reason}-{stamp(now)}-{counter}")
    for suffix in COMPANION_SUFFIXES:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{base}{suffix}")
    if path.exists():
        os.replace(path, base)
    fsync_dir(path.parent)
    return base


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and needs no such step."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
