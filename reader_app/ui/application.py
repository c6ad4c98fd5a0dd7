"""Create the QApplication, show the main window on a library, and run the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from reader_app import APP_NAME
from reader_app.services.errors import UserError
from reader_app.ui import settings
from reader_app.ui.icons import app_icon


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    return app


def run(db_path: Path) -> int:
    from reader_app.ui.main_window import build_main_window

    app = ensure_application()
    app.setWindowIcon(app_icon())
    try:
        window = build_main_window(db_path)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"reader-app: {exc}", file=sys.stderr)
        return 2
    window.show()
    return app.exec()
