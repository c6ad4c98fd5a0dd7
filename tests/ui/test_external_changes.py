"""The window shows what another process committed (PRAGMA data_version), without a restart."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from reader_app.core.model import ParsedDocument
from reader_app.services import importing
from reader_app.storage import open_library

REPO = Path(__file__).resolve().parents[2]


def _writer(db: Path) -> subprocess.Popen:
    """A command-line process holding the library (shared, as a writing command does), run line by line."""
    script = textwrap.dedent(
        f"""
        import sys
        from reader_app.core.model import ParsedDocument
        from reader_app.services import annotating, importing, library
        lib = library.open_or_explain({str(db)!r})
        print("ready", flush=True)
        for line in sys.stdin:
            exec(line)
            print("done", flush=True)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def _send(child: subprocess.Popen, line: str) -> None:
    child.stdin.write(line + "\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "done"


def test_another_processs_import_and_tag_appear_in_the_open_window(qtbot, qt_settings, tmp_path):
    from reader_app.ui.main_window import build_main_window

    db = tmp_path / "library.sqlite3"
    lib = open_library(db)
    importing.store_document(
        lib, ParsedDocument(text="Osterley Mills may expand. " * 30, title="First", format="txt", encoding="utf-8")
    )
    lib.close()
    child = _writer(db)
    window = build_main_window(db, read_only=True)  # the command holds the library, so this window reads
    qtbot.addWidget(window)
    try:
        assert window.article_pane.model.rowCount() == 1
        assert window.article_pane.current_article_id() == 1

        doc = 'ParsedDocument(text="Brantwood Rail could merge. " * 30, title="Second", format="txt", encoding="utf-8")'
        _send(child, f"importing.store_document(lib, {doc})")
        qtbot.waitUntil(lambda: window.article_pane.model.rowCount() == 2, timeout=10_000)

        _send(child, 'annotating.tag_selection(lib, 1, "company", 0, 14)')
        qtbot.waitUntil(lambda: window.annotation_list.model.rowCount() == 1, timeout=10_000)
        assert window.reader.annotation_at(3).text == "Osterley Mills"  # highlighted in the open article
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        window.close()
