"""One writer per library: a second start hands over to the first window (a real second process) and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from reader_app.ui.startup.single_instance import HandOver, InstanceServer, hand_over, server_name


def test_the_server_name_belongs_to_the_library_not_to_how_its_path_was_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    assert server_name(Path("library.sqlite3")) == server_name(tmp_path / "sub" / ".." / "library.sqlite3")
    assert server_name(tmp_path / "library.sqlite3") != server_name(tmp_path / "other.sqlite3")
    assert len(QDir.tempPath()) + len(server_name(tmp_path / "library.sqlite3")) < 100


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen test platform has no stacking
def test_a_second_start_brings_the_first_window_to_the_front_and_exits(qtbot, make_window, tmp_path):
    db = tmp_path / "library.sqlite3"
    window = make_window(db)
    window.show()
    server = InstanceServer(db, window, window)
    assert server.listen()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [sys.executable, "-m", "reader_app", "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with qtbot.waitSignal(server.activated, timeout=60000):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        server.close()
        if second.poll() is None:
            second.kill()
        _, err = second.communicate()
    assert second.returncode == 0, err
    assert "already open" in err


def test_an_instance_that_does_not_answer_is_reported_so_the_newcomer_opens_read_only(qtbot, make_window, tmp_path):
    db = tmp_path / "library.sqlite3"
    window = make_window(db)
    server = InstanceServer(db, window, window)
    assert server.listen()
    try:
        # This thread is busy asking, so the server cannot answer: as if the first window were hung.
        assert hand_over(db, timeout_ms=300) is HandOver.NOT_ANSWERING
        assert hand_over(tmp_path / "other.sqlite3", timeout_ms=300) is HandOver.NOBODY_THERE
    finally:
        server.close()


@pytest.mark.skipif(os.name == "nt", reason="Windows named pipes leave no file behind")
def test_a_socket_left_by_a_crashed_instance_does_not_block_the_next_start(qtbot, make_window, tmp_path):
    db = tmp_path / "library.sqlite3"
    stale = Path(QDir.tempPath()) / server_name(db)
    stale.write_text("")  # what a killed instance leaves behind on Unix
    window = make_window(db)
    server = InstanceServer(db, window, window)
    try:
        assert server.listen()
    finally:
        server.close()
        stale.unlink(missing_ok=True)
