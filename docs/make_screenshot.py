"""Grab the real main window with an article and a few accepted suggestions to a PNG.

`python docs/make_screenshot.py [OUT.png]` shows the bundled sample articles (this is how docs/screenshot.png
is made: the repository holds no text of others). `--size 1024x700` sets the window size. `--corpus` shows the
seed article and other real articles
from ../shared/corpus instead, for reviewing the app on real material. A temporary library and settings are used.
`--dark` and `--lang ko` show the dark palette and the Korean interface; `--size 1600x1000` sets the window size.
"""

from __future__ import annotations

import os
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


def main(out: Path, use_corpus: bool, *, dark: bool = False, language: str = "en", size=(1440, 900)) -> None:
    from PySide6.QtCore import QSettings

    from reader_app.app import create_main_window
    from reader_app.paths import resource_path
    from reader_app.ui import theme, translation
    from reader_app.ui.startup.application import ensure_application

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = ensure_application()
    translation.install(language, app)
    theme.theme(app).apply(theme.DARK if dark else theme.LIGHT)
    QSettings().setValue("annotator/name", "Screenshot")  # the first tag would otherwise ask for a name
    window = create_main_window(tmp / "library.sqlite3")
    window.resize(*size)
    window.show()
    if use_corpus:
        corpus = SEED.parent
        paths = [SEED, *sorted((corpus / "en").glob("*.txt"))[:7], *sorted((corpus / "ko").glob("*.txt"))[:5]]
    else:
        paths = [resource_path("samples")]
    window.import_paths(paths)
    _wait(app, lambda: window.last_import_report is not None)
    first = window.last_import_report.imported_ids[0]
    wanted = first if use_corpus else window.last_import_report.imported_ids[-1]
    window.article_pane.select_article(wanted)
    _wait(app, lambda: window.suggestions.ready and window.suggestions.article_id == wanted)
    panel = window.suggestion_panel
    # Accept a few suggestions the way an analyst would: all quotes, then the first speculative claim.
    panel.accept_all("quote")
    for suggestion in panel.model.suggestions_of("speculation")[:2]:
        panel.view.setCurrentIndex(panel.model.index_of(suggestion))
        panel.accept_current()
    for suggestion in panel.model.suggestions_of("company")[:3]:
        panel.view.setCurrentIndex(panel.model.index_of(suggestion))
        panel.accept_current()
    window.annotation_list.view.selectRow(1)
    window.reader.verticalScrollBar().setValue(0)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--corpus", action="store_true", help="the seed article and real articles from ../shared")
    parser.add_argument("--dark", action="store_true", help="the dark palette")
    parser.add_argument("--lang", choices=("en", "ko"), default="en", help="interface language")
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    main(args.out, args.corpus, dark=args.dark, language=args.lang, size=(width, height))
