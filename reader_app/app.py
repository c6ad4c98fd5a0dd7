"""Start the desktop app: the QApplication, the main window, and the contract automation relies on."""

from __future__ import annotations

from pathlib import Path


def create_main_window(db_path: Path | str):
    """The main window for the library at db_path, not yet shown; a QApplication must exist."""
    from reader_app.ui.main_window import build_main_window

    return build_main_window(Path(db_path))


def run_gui(db_path: Path, *, allow_new: bool = False) -> int:
    from reader_app.ui.startup.application import run

    return run(Path(db_path), allow_new=allow_new)
