"""Damaged libraries are told apart from foreign files; read-only files and folders open read-only."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from reader_app.storage import LibraryError, migrations, open_library
from reader_app.storage.db import BrokenLibraryError
from reader_app.storage.library_files import backups_dir_for


def test_a_damaged_library_is_reported_as_broken_and_not_touched(filled_library_path, damage):
    damage(filled_library_path)
    before = filled_library_path.read_bytes()
    with pytest.raises(BrokenLibraryError) as caught:
        open_library(filled_library_path)
    assert caught.value.path == filled_library_path
    assert "\n" not in str(caught.value)
    assert filled_library_path.read_bytes() == before


def test_a_library_whose_header_is_gone_is_broken_only_if_we_know_it_was_a_library(filled_library_path):
    filled_library_path.write_bytes(b"\x00" * 100 + filled_library_path.read_bytes()[100:])
    with pytest.raises(LibraryError, match="not a Reader library") as caught:
        open_library(filled_library_path)
    assert not isinstance(caught.value, BrokenLibraryError)

    backups_dir_for(filled_library_path).mkdir()
    (backups_dir_for(filled_library_path) / "library-20240101-000000-auto.sqlite3").write_bytes(b"")
    with pytest.raises(BrokenLibraryError):
        open_library(filled_library_path)


def test_read_only_opens_for_reading_and_refuses_every_write(filled_library_path):
    before = filled_library_path.read_bytes()
    library = open_library(filled_library_path, read_only=True)
    try:
        assert library.read_only
        assert library.db.execute_sql("SELECT count(*) FROM article").fetchone()[0] == 40
        with pytest.raises(LibraryError, match="read-only; the change was not saved"):
            library.atomic()
    finally:
        library.close()
    assert filled_library_path.read_bytes() == before


def test_a_read_only_library_that_needs_an_upgrade_is_refused(filled_library_path, monkeypatch):
    upgrade = (migrations.SCHEMA_VERSION + 1, "later", lambda db: None)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, upgrade])
    with pytest.raises(LibraryError, match="read-only and was made by an older version"):
        open_library(filled_library_path, read_only=True)


_PROBE = """
import json, sys
from reader_app.storage import open_library
library = open_library(sys.argv[1])
count = library.db.execute_sql("SELECT count(*) FROM article").fetchone()[0]
explained = any("you may not change the file or its folder" in notice for notice in library.notices)
print(json.dumps({"read_only": library.read_only, "count": count, "explained": explained}))
library.close()
"""


def _open_as_another_user(path: Path) -> dict:
    """Open in a real process without write permission (root ignores permissions, so drop to nobody)."""
    command = [sys.executable, "-c", _PROBE, str(path)]
    env = {**os.environ, "HOME": str(path.parent)}
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot test file permissions")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        # The checkout may sit in a folder only root can enter: the other user runs a world-readable copy.
        code = path.parent.parent / f"{path.parent.name}-code"
        if not code.exists():
            shutil.copytree(Path(__file__).resolve().parents[2] / "reader_app", code / "reader_app")
            for folder in [code, *code.rglob("*")]:
                folder.chmod(0o755 if folder.is_dir() else 0o644)
        env["PYTHONPATH"] = str(code)
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def shared_folder(filled_library_path):
    """A folder every user can enter (pytest's tmp folders are private to root when tests run as root)."""
    folder = Path(tempfile.mkdtemp(prefix="reader-ro-"))
    folder.chmod(0o777)
    path = folder / "library.sqlite3"
    shutil.copy(filled_library_path, path)
    yield path
    folder.chmod(0o755)
    shutil.rmtree(folder)
    shutil.rmtree(folder.parent / f"{folder.name}-code", ignore_errors=True)


def test_a_library_file_without_write_permission_opens_read_only(shared_folder):
    shared_folder.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    assert _open_as_another_user(shared_folder) == {"read_only": True, "count": 40, "explained": True}


def test_a_library_in_a_read_only_folder_opens_read_only(shared_folder):
    shared_folder.chmod(0o644)
    shared_folder.parent.chmod(0o555)
    try:
        assert _open_as_another_user(shared_folder) == {"read_only": True, "count": 40, "explained": True}
        assert sorted(p.name for p in shared_folder.parent.iterdir()) == ["library.sqlite3"]
    finally:
        shared_folder.parent.chmod(0o777)


def _leave_a_wal_behind(path: Path) -> None:
    """A process that writes and dies without closing: its -wal stays beside the library (an unclean exit)."""
    script = (
        "import os, sqlite3, sys; con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA wal_autocheckpoint=0');"
        "con.execute('PRAGMA journal_mode=wal'); con.execute(\"UPDATE article SET byline = 'x' WHERE id = 1\");"
        "con.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0


def test_a_large_library_is_checked_after_an_unclean_exit(filled_library_path, damage, monkeypatch):
    from reader_app.storage import db

    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)  # as if the library were large
    _leave_a_wal_behind(filled_library_path)
    damage(filled_library_path)
    with pytest.raises(BrokenLibraryError):
        open_library(filled_library_path)


def test_a_large_cleanly_closed_library_opens_without_reading_every_page(filled_library_path, monkeypatch):
    from reader_app.storage import db

    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)
    assert not Path(f"{filled_library_path}-wal").exists()
    assert db._needs_quick_check(filled_library_path) is False
    library = open_library(filled_library_path)
    try:
        assert library.db.execute_sql("SELECT count(*) FROM article").fetchone()[0] == 40
    finally:
        library.close()
    assert not Path(f"{filled_library_path}-wal").exists()  # a clean close leaves no -wal, so no check next time
