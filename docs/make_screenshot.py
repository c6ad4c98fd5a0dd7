"""Grab the real main window with the seed article and a few annotations to docs/screenshot.png.

Run from the repository root: `python docs/make_screenshot.py [OUT.png]`. Uses a temporary library and
settings, the seed article from ../shared/corpus (or the bundled Korean sample when that is absent).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "corpus" / "businesspost-2020-06-05-woori-kt.txt"


def _wait(app, condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings

    from reader_app.app import create_main_window
    from reader_app.paths import resource_path
    from reader_app.ui.application import ensure_application

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = ensure_application()
    window = create_main_window(tmp / "library.sqlite3")
    window.resize(1440, 900)
    window.show()
    article_path = SEED if SEED.exists() else resource_path("samples", "ko-hanbit-nuri-payments.txt")
    window.import_paths([article_path])
    _wait(app, lambda: window.reader.article is not None and window.suggestions.ready)
    panel = window.suggestion_panel
    # Accept a few suggestions the way an analyst would: all quotes, then the first speculative claim.
    panel.accept_all("quote")
    for suggestion in panel.model.suggestions_of("speculation")[:2]:
        panel.view.setCurrentIndex(panel.model.index_of(suggestion))
        panel.accept_current()
    for suggestion in panel.model.suggestions_of("company")[:3]:
        panel.view.setCurrentIndex(panel.model.index_of(suggestion))
        panel.accept_current()
    window.sidebar.view.selectRow(1)
    window.reader.verticalScrollBar().setValue(0)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshot.png")
