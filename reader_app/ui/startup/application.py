"""Create the QApplication, show the main window on a library, and run the event loop."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader_app import APP_NAME
from reader_app.services.errors import UserError
from reader_app.ui import settings, translation
from reader_app.ui.i18n import tr
from reader_app.ui.icons import app_icon
from reader_app.ui.plain_text import message_box
from reader_app.ui.theme import chosen_scheme, theme

# Start-up benchmark hook (benchmarks/bench_bundle.py): with READER_EXIT_AFTER_FIRST_PAINT=1 the app prints
# "first-paint <unix time>" once the main window has painted, then quits. The benchmark subtracts the time
# it started the process, which also covers a one-file bundle unpacking itself before Python runs.
EXIT_AFTER_FIRST_PAINT = "READER_EXIT_AFTER_FIRST_PAINT"


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report_and_quit)  # runs once this paint has finished
        return False

    def _report_and_quit(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.quit()


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    return app


def run(db_path: Path, *, allow_new: bool = False) -> int:
    from reader_app.ui.startup.recovery import open_window
    from reader_app.ui.startup.single_instance import HandOver, InstanceServer, hand_over

    app = ensure_application()
    # The language is chosen before any window exists: strings are translated when widgets are made.
    translation.install_chosen(app)
    theme(app).apply(chosen_scheme())
    app.setWindowIcon(app_icon())
    # One writer per library: a window already on it comes to the front and this start ends.
    handed = hand_over(db_path)
    if handed is HandOver.HANDED_OVER:
        print(f"reader-app: {db_path} is already open; that window was brought to the front.", file=sys.stderr)
        return 0
    try:
        window = open_window(db_path, read_only=True if handed is HandOver.NOT_ANSWERING else None, allow_new=allow_new)
    except UserError as exc:
        message_box(None, QMessageBox.Icon.Critical, APP_NAME, str(exc)).exec()
        print(f"reader-app: {exc}", file=sys.stderr)
        return 2
    if window is None:  # the analyst chose to quit rather than replace a missing library
        return 0
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    server = None
    if handed is HandOver.NOT_ANSWERING:
        window.message_bar.show_message(
            tr("Another Reader window has this library open but did not answer, so this one is read-only."), "info"
        )
    else:
        server = InstanceServer(db_path, window, window)
        server.listen()
    code = app.exec()
    if server is not None:
        server.close()  # removes the socket file; Python may not run Qt's destructors at exit
    return code
