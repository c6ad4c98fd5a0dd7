"""Command-line errors are one line on stderr with a non-zero exit, never a traceback; read-only commands never
create a library; file names are printed with their control characters escaped. Real processes throughout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "Acme weighs a bid\n\nAcme Corp may buy Beta Inc, people familiar with the matter said.\n"


def _cli(*args: str, cwd: Path, as_nobody: bool = False, env_home: Path | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "reader_app", *args]
    home = env_home or cwd
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "QT_QPA_PLATFORM": "offscreen"}
    if as_nobody:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        env["PYTHONPATH"] = str(_world_readable_code(cwd))
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=60, env=env)


def _world_readable_code(folder: Path) -> Path:
    """The checkout may sit where only root can enter: the other user runs a world-readable copy."""
    code = folder / "code"
    if not code.exists():
        shutil.copytree(REPO / "reader_app", code / "reader_app", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(REPO / "resources", code / "resources")
        for path in [code, *code.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    return code


def _one_line_error(result: subprocess.CompletedProcess, *expected: str) -> str:
    err = result.stderr.strip()
    assert result.returncode != 0, (result.stdout, err)
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    assert err.startswith("reader-app: "), err
    for word in expected:
        assert word in err, err
    return err


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture
def library_with_backup(work):
    assert _cli("--db", "library.sqlite3", "import", "article.txt", cwd=work).returncode == 0
    assert _cli("--db", "library.sqlite3", "backup", cwd=work).returncode == 0
    (backup,) = (work / "library-backups").glob("*.sqlite3")
    return work / "library.sqlite3", backup


def test_restore_takes_a_relative_backup_path(work, library_with_backup):
    _library, backup = library_with_backup
    result = _cli("--db", "library.sqlite3", "restore", str(backup.relative_to(work)), cwd=work)
    assert result.returncode == 0, result.stderr
    assert "restored" in result.stdout


def test_db_pointing_at_a_folder_is_one_line(work):
    (work / "folder").mkdir()
    err = _one_line_error(_cli("--db", "folder", "list", cwd=work), "is a folder")
    assert "disk I/O error" not in err


def test_a_missing_file_is_named_as_missing_not_a_permission_problem(work):
    result = _cli("--db", "library.sqlite3", "import", "nosuch.txt", cwd=work)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "does not exist" in result.stdout and "permissions" not in result.stdout, result.stdout
    err = _one_line_error(_cli("suggest", "nosuch.txt", cwd=work), "does not exist")
    assert "permissions" not in err


@pytest.mark.parametrize("command", [["list"], ["export", "out.csv"], ["list", "--json"]])
def test_read_only_commands_never_create_a_library(work, command):
    _one_line_error(_cli("--db", "typo.sqlite3", *command, cwd=work), "typo.sqlite3")
    assert not (work / "typo.sqlite3").exists() and not (work / "out.csv").exists()


def test_control_characters_in_file_names_are_escaped(work):
    name = "bad\nname\x1b[31m.txt"
    (work / name).write_text(ARTICLE, encoding="utf-8")
    result = _cli("--db", "library.sqlite3", "import", name, cwd=work)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("imported")]
    assert "bad\\nname\\x1b[31m.txt" in line, result.stdout


@pytest.fixture
def shared(tmp_path):
    """A folder another user can enter (pytest's folders are private to root) holding a library and its backup."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the CLI as a user without write permission")
    folder = Path(tempfile.mkdtemp(prefix="reader-cli-ro-"))
    folder.chmod(0o777)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "more.txt").write_text("Another headline\n\nBeta Inc could merge, analysts said.\n", encoding="utf-8")
    assert _cli("--db", "ro/library.sqlite3", "import", "article.txt", cwd=folder).returncode == 0
    assert _cli("--db", "ro/library.sqlite3", "backup", cwd=folder).returncode == 0
    for path in [folder / "ro", *(folder / "ro").rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (folder / "home").mkdir(mode=0o777)
    yield folder
    shutil.rmtree(folder)


def test_import_and_accept_all_on_a_read_only_library_are_one_line(shared):
    home = shared / "home"
    _one_line_error(
        _cli("--db", "ro/library.sqlite3", "import", "more.txt", cwd=shared, as_nobody=True, env_home=home),
        "read-only",
    )
    _one_line_error(
        _cli("--db", "ro/library.sqlite3", "suggest", "--accept-all", cwd=shared, as_nobody=True, env_home=home),
        "read-only",
    )


def test_restore_into_a_read_only_folder_is_one_line(shared):
    (backup,) = (shared / "ro" / "library-backups").glob("*.sqlite3")
    result = _cli(
        "--db", "ro/library.sqlite3", "restore", str(backup), cwd=shared, as_nobody=True, env_home=shared / "home"
    )
    _one_line_error(result, "ro")
