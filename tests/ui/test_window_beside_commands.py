"""Issue 9's scenario: a real window process with a file dialog on the library's folder, 50 commands against the
same library while the window keeps tagging; afterwards the file is intact and every acknowledged tag is there."""

from __future__ import annotations

import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from window_process import run_scenario

from reader_app.cli import main


def _run_cli(argv: list[str]) -> tuple[int, str]:
    """One command in this process (another process than the window's), its exit status and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(argv)
    return status, err.getvalue()


def test_fifty_commands_beside_a_tagging_window_with_a_file_dialog_lose_nothing(tmp_path):
    figures = run_scenario(tmp_path / "articles", _run_cli, commands=50)
    assert not figures["crashed"], figures.get("stderr")
    assert not figures["hung"]
    assert figures["wal_index_locks_after_dialog"] in (None, 1)  # the dialog left SQLite's lock in place
    assert figures["integrity"] == "ok"
    assert figures["tagged"] >= 5 and figures["lost"] == 0
    assert figures["failed"] == []
    pid = figures["pid"]
    outcomes = figures["outcomes"]
    # Reads read beside the window; imports are handed to the window, which imports them itself.
    for done_ in ("list", "list --json", "export", "export --article", "backups", "import"):
        assert {status for status, _ in outcomes[done_]} == {0}, (done_, outcomes[done_])
    assert figures["articles"] == 1 + 3  # the window's article and the three notes, each imported once
    for writing in ("suggest --accept-all", "backup", "restore"):
        for status, err in outcomes[writing]:
            assert status == 2 and err.count("\n") == 0 and f"pid {pid}" in err, (writing, err)
