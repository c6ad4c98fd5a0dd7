"""The window on a large library: N generated articles with 5 annotations each, opened offscreen.

Run: `python benchmarks/bench_large_library.py [--count 10000]`. Prints the time to build and show the
main window, to sort the article list by each column, to filter it, to open an article and to export every
annotation to CSV.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_throughput import make_articles

from reader_app.services import annotating, importing
from reader_app.services import library as library_service
from reader_app.storage import open_library


def fill(folder: Path, count: int) -> Path:
    db = folder / "library.sqlite3"
    library = open_library(db)
    try:
        importing.import_paths(library, make_articles(folder, count))
        with library.atomic():
            for article_id in library_service.article_ids(library):
                for k in range(5):
                    annotating.tag_selection(library, article_id, "company", 30 + k * 10, 36 + k * 10)
    finally:
        library.close()
    return db


def timed(label: str, step, app) -> None:
    started = time.perf_counter()
    step()
    app.processEvents()
    print(f"{label}: {time.perf_counter() - started:.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    from PySide6.QtCore import QSettings, Qt

    from reader_app.app import create_main_window
    from reader_app.ui.startup.application import ensure_application

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = fill(folder, args.count)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        app = ensure_application()
        print(f"library: {args.count} articles, {args.count * 5} annotations")
        holder = {}
        timed("window built and shown", lambda: holder.update(w=create_main_window(db)) or holder["w"].show(), app)
        window = holder["w"]
        for column, name in enumerate(("title", "source", "date", "annotation count")):
            timed(
                f"sort by {name}", lambda c=column: window.article_pane.model.sort(c, Qt.SortOrder.AscendingOrder), app
            )
        timed("filter by title", lambda: window.article_pane.filter.setText("headline number 77"), app)
        window.article_pane.filter.clear()
        last = window.article_pane.model.article_id(window.article_pane.model.rowCount() - 1)
        timed("open an article", lambda: window.article_pane.select_article(last), app)
        timed("export every annotation to CSV", lambda: window.export_csv_to(folder / "all.csv"), app)
        window.suggestions.shutdown()
        window.close()


if __name__ == "__main__":
    main()
