"""`reader-app import` while a window has the library: the window imports, the command prints the window's report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader_app.core.model import ParsedDocument
from reader_app.services import importing
from reader_app.storage import open_library

REPO = Path(__file__).resolve().parents[2]


def _library(tmp_path) -> Path:
    db = tmp_path / "library.sqlite3"
    lib = open_library(db)
    importing.store_document(
        lib, ParsedDocument(text="Osterley Mills may expand. " * 30, title="First", format="txt", encoding="utf-8")
    )
    lib.close()
    return db


def _command(qtbot, *argv: str) -> subprocess.CompletedProcess:
    """The command line in its own process, with this test's event loop running so the window can answer."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-m", "reader_app", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=60_000)
    out, err = child.communicate()
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def test_the_window_imports_what_the_command_line_hands_it(make_window, qtbot, tmp_path):
    from reader_app.ui.startup.single_instance import InstanceServer

    db = _library(tmp_path)
    window = make_window(db)
    server = InstanceServer(db, window, window)
    assert server.listen()
    article = tmp_path / "second.txt"
    article.write_text("Second\n\nBrantwood Rail could merge with Osterley Mills, analysts said.\n", encoding="utf-8")
    try:
        done = _command(qtbot, "--db", str(db), "import", str(article), "--json")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert [i["status"] for i in report["items"]] == ["imported"]
        qtbot.waitUntil(lambda: window.article_pane.model.rowCount() == 2, timeout=10_000)

        again = _command(qtbot, "--db", str(db), "import", str(article))
        assert again.returncode == 0
        assert "already in the library" in again.stdout and "by the Reader window" in again.stdout
    finally:
        server.close()


def test_a_read_only_window_refuses_the_import_in_one_line(qtbot, qt_settings, tmp_path):
    from reader_app.ui.main_window import build_main_window
    from reader_app.ui.startup.single_instance import InstanceServer

    db = _library(tmp_path)
    window = build_main_window(db, read_only=True)
    qtbot.addWidget(window)
    server = InstanceServer(db, window, window)
    assert server.listen()
    try:
        done = _command(qtbot, "--db", str(db), "import", str(tmp_path / "none.txt"))
        assert done.returncode == 2
        assert "read-only" in done.stderr and done.stderr.count("\n") == 1
    finally:
        server.close()
        window.close()
