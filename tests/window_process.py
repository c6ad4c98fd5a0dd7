"""A real Reader window in its own process, driven over stdin, for tests and benchmarks of two processes.

`python tests/window_process.py DB [--sniff] [--dialog] [--tag-every MS]` opens the window offscreen on DB, then:
--sniff opens and closes the library file outside SQLite (what a file dialog sniffing the folder once did),
--dialog shows the app's own Import Articles dialog on the library's folder and waits until it listed it,
--tag-every tags a span of the first article every MS milliseconds.
It prints `ready PID` when set up, `tagged ID` after each acknowledged annotation (the service returned, so the
commit is done), `failed MESSAGE` for an error shown to the analyst, and `closed` after the window closed on
`quit` (or end of input). `tag` on stdin tags once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings, QSocketNotifier, QTimer

    from reader_app.services import library as library_service
    from reader_app.ui.application import ensure_application

    db = Path(argv[0])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(db.parent / "window-settings"))
    app = ensure_application()
    from reader_app.app import create_main_window

    window = create_main_window(db)
    window.show()
    window.hub.error.connect(lambda text: print(f"failed {' '.join(text.split())}", flush=True))
    if "--sniff" in argv:
        with open(db, "rb") as handle:  # closing it drops this process's POSIX locks on the library
            handle.read(100)
    dialog = None
    if "--dialog" in argv:
        from reader_app.ui.file_dialogs import import_files_dialog

        dialog = import_files_dialog(window, str(db.parent))
        loaded = []
        dialog.directoryEntered.connect(loaded.append)
        _model_of(dialog).directoryLoaded.connect(loaded.append)
        dialog.show()
        while not loaded:
            app.processEvents()
    article_id = library_service.article_ids(window.library)[0]
    text = library_service.article(window.library, article_id).text
    count = [0]

    def tag_once() -> None:
        count[0] += 1
        start = (count[0] * 37) % max(1, len(text) - 30)
        made = window.operations.tag(article_id, "speculation", "Speculation", start, start + 20, {})
        if made is not None:
            print(f"tagged {made.id}", flush=True)

    def quit_window() -> None:
        if dialog is not None:
            dialog.close()
        window.close()
        print("closed", flush=True)
        app.quit()

    def on_input() -> None:
        line = sys.stdin.readline()
        if line.strip() == "tag":
            tag_once()
        elif line.strip() == "quit" or not line:
            notifier.setEnabled(False)
            quit_window()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    if "--tag-every" in argv:
        timer = QTimer(window)
        timer.timeout.connect(tag_once)
        timer.start(int(argv[argv.index("--tag-every") + 1]))
    print(f"ready {os.getpid()}", flush=True)
    return app.exec()


def _model_of(dialog):
    from PySide6.QtWidgets import QFileSystemModel

    return dialog.findChild(QFileSystemModel)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
