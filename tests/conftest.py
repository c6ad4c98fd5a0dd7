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
