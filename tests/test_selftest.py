"""`reader-app --self-test` passes on this installation, in a child process as a bundle would run it.

A child process, not run_self_test() in pytest's own process: the self-test makes its own QApplication
and points QSettings at a temp folder, which must not leak into the other tests (pytest-qt owns the app).
"""

from __future__ import annotations

import os
import subprocess
import sys

CHECKS = [
    "resources", "modules", "import samples", "import html", "markdown render", "tls certificates", "suggestions",
    "tag", "export csv", "qt", "fonts", "icon fonts", "translations", "app icon", "main window",
    "desktop platform libraries",
    "desktop platform",
]  # fmt: skip


def test_self_test_passes_every_check_offscreen(tmp_path):
    # conftest points HOME and the XDG folders into tmp_path/home: the "user's" folders for this test.
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "reader_app", "--self-test"],
        env=env, cwd=work, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[-1].startswith("self-test passed"), lines[-1]
    results = lines[:-1]
    assert all(line.startswith("ok   ") for line in results), done.stdout
    assert [line[5:].split(":")[0] for line in results] == CHECKS
    assert not list(work.iterdir()), "the self-test left files behind in the working folder"
    assert not (home / ".local" / "share" / "reader-app").exists(), "the self-test touched the user's library"
    assert not (home / ".config" / "ReaderApp").exists(), "the self-test wrote the user's settings"
