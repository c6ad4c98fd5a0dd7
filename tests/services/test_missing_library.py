"""A library that was opened here before and is now missing is never silently replaced by an empty one."""

from __future__ import annotations

import pytest

from reader_app.cli import main
from reader_app.services import backups, known_libraries
from reader_app.services import library as library_service
from reader_app.services.library import MissingLibrary


def test_a_moved_library_is_reported_not_recreated(tmp_path):
    path = tmp_path / "library.sqlite3"
    library_service.open_or_explain(path, remember=True).close()
    assert known_libraries.last_opened(path) is not None
    path.rename(tmp_path / "moved.sqlite3")
    with pytest.raises(MissingLibrary, match="is missing") as caught:
        library_service.open_or_explain(path)
    assert caught.value.newest_backup is None
    assert not path.exists()  # nothing was created in its place
    library_service.open_or_explain(path, allow_new=True).close()  # only when asked to
    assert path.exists()


def test_the_message_names_the_newest_backup(tmp_path):
    path = tmp_path / "library.sqlite3"
    lib = library_service.open_or_explain(path, remember=True)
    made = backups.backup_now(lib)
    lib.close()
    for sidecar in tmp_path.glob("library.sqlite3*"):
        sidecar.unlink()
    with pytest.raises(MissingLibrary) as caught:
        library_service.open_or_explain(path)
    assert caught.value.newest_backup == made.path
    assert str(made.path) in str(caught.value)


def test_a_path_never_opened_before_is_simply_created_and_scratch_libraries_are_not_remembered(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    library_service.open_or_explain(path).close()
    assert path.exists() and known_libraries.last_opened(path) is None


def test_the_cli_refuses_with_one_line_and_accepts_new_library(tmp_path, capsys):
    path = tmp_path / "library.sqlite3"
    assert main(["--db", str(path), "list"]) == 2  # a command that only reads never creates a library
    assert "nothing was created" in capsys.readouterr().err
    assert main(["--db", str(path), "--new-library", "list"]) == 0  # unless asked to
    for sidecar in tmp_path.glob("library.sqlite3*"):
        sidecar.unlink()
    assert main(["--db", str(path), "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert "missing" in err and "--new-library" in err and "\n" not in err
    assert main(["--db", str(path), "--new-library", "list"]) == 0
