"""Shared fixtures: offscreen Qt, settings in a temp folder, real library files, the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
SEED_ARTICLE = CORPUS / "businesspost-2020-06-05-woori-kt.txt"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not here ({CORPUS}); these tests read real articles from it")
    return CORPUS


@pytest.fixture
def seed_article(corpus: Path) -> Path:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"seed article missing: {SEED_ARTICLE}")
    return SEED_ARTICLE


@pytest.fixture
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"the shared gold annotations are not here ({GOLD})")
    return GOLD


@pytest.fixture
def library(tmp_path):
    from reader_app.storage import open_library

    lib = open_library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path, monkeypatch):
    """Tests never touch the real user's data or settings folders."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


@pytest.fixture
def qt_settings(qapp, tmp_path):
    """QSettings written to an INI file in tmp_path, so window state never leaks between tests."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from reader_app.ui.startup.application import ensure_application

    ensure_application()
    # The window asks for the annotator's name on the first tag; tests are an analyst who already gave it.
    QSettings().setValue("annotator/name", "Test Analyst")
    yield tmp_path / "settings"


@pytest.fixture
def make_window(qtbot, qt_settings):
    """Builds the real main window over a library file; closes it (and the library) at the end."""
    windows = []

    def factory(db_path):
        from reader_app.app import create_main_window

        window = create_main_window(db_path)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        if window.library.db and not window.library.db.is_closed():
            window.close()


# Modal dialogs and menus a test could reach; each would wait for a click that never comes.
_MODAL_ENTRY_POINTS = {
    "QDialog": ["exec"],
    "QMessageBox": ["exec", "question", "information", "warning", "critical", "about"],
    "QInputDialog": ["exec", "getText", "getItem", "getInt", "getDouble", "getMultiLineText"],
    "QFileDialog": ["exec", "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getSaveFileName"],
    "QMenu": ["exec"],
}


@pytest.fixture(autouse=True)
def _modal_dialogs_fail_the_test(request, monkeypatch):
    """A test that reaches a modal dialog fails at once, naming it, instead of hanging until the CI timeout.

    A test that answers a real dialog itself (a QTimer clicking a button) says so with @pytest.mark.allow_modal;
    one that stands in for the analyst's answer monkeypatches the dialog function after this fixture.
    """
    if request.node.get_closest_marker("allow_modal"):
        yield
        return
    from PySide6 import QtWidgets

    def refusing(owner: str, name: str):
        def refuse(*args, **_kwargs):
            shown = args[0] if args and isinstance(args[0], QtWidgets.QWidget) and name == "exec" else None
            what = f"{owner}.{name}" + (f" ({shown.objectName() or type(shown).__name__})" if shown else "")
            pytest.fail(f"the test reached a modal dialog: {what}; answer it in the test (see tests/conftest.py)")

        return refuse

    for owner, names in _MODAL_ENTRY_POINTS.items():
        cls = getattr(QtWidgets, owner)
        for name in names:
            replacement = refusing(owner, name)
            monkeypatch.setattr(cls, name, replacement if name == "exec" else staticmethod(replacement))
    yield


@pytest.fixture
def small_filesystem(tmp_path):
    """A real 2 MB filesystem (tmpfs) that can be filled to the last byte; skipped where mounting is not allowed."""
    import subprocess
    import sys

    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs Linux and root; the max_page_count variant still runs")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({result.stderr.strip()})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


@pytest.fixture
def fill_filesystem():
    """A function: fill(folder) writes a filler file until the filesystem refuses (no byte left); returns it."""
    return _fill_filesystem


def _fill_filesystem(folder: Path) -> Path:
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        block = b"\0" * 4096
        while True:
            try:
                os.write(fd, block)
            except OSError:
                if len(block) == 1:
                    break
                block = block[: len(block) // 2]
    finally:
        os.close(fd)
    return filler


def _run_with_watchdog(function, seconds: float = 10.0):
    """Run function on a thread; a hang fails the test instead of blocking the suite forever."""
    import threading

    outcome: dict = {}

    def target():
        try:
            outcome["value"] = function()
        except BaseException as exc:  # handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def watchdog():
    """`watchdog(function, seconds=10)`: the function's result, or the test fails when it hangs (special files)."""
    return _run_with_watchdog
