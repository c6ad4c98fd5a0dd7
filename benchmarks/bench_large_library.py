"""The app on a large library, each figure beside its baseline measured in the same run.

Run: `python benchmarks/bench_large_library.py --articles 100000 --annotations 1000000` (the issue's size; the
generated library is cached in the temp folder per size, so only the first run builds it). Smaller sizes work
the same way, e.g. `--articles 5000 --annotations 50000` while developing. Window, export and list figures
come from fresh child processes, so each peak RSS is that step's alone. Figures only: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_library_data import HEAVY_ANNOTATIONS, library_for

QUERIES = [
    "KT", "은", "삼성", "핀크", "경제는", "KT와", "a", "the", "said", "Bank", "가능성이", "관계자는",
    "it was", "전망이다", "LG", "금융지주", "market", "people familiar", "있다는 관측이", "Samsung Electronics",
]  # fmt: skip


def _rss_mib() -> float:
    """This process's peak RSS (VmHWM: ru_maxrss would carry the parent's peak across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(mode: str, db: Path, *extra: str) -> dict:
    """Run one measuring step in a fresh interpreter; it prints one JSON object."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--db", str(db), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"child {mode} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _show(label: str, value: str, baseline: str = "", goal: str = "") -> None:
    print(f"{label:44} {value:>22}   {baseline:34} {goal}")


# --- children -----------------------------------------------------------------------------------------
def child_window(db: Path, settings: Path) -> dict:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    from reader_app.app import create_main_window
    from reader_app.ui.startup.application import ensure_application

    app = ensure_application()
    started = time.perf_counter()
    window = create_main_window(db)
    window.show()
    app.processEvents()
    figures = {"window_s": time.perf_counter() - started}
    pane = window.article_pane
    if pane.model.rowCount() > 2:
        keystrokes = []
        for text in ("s", "sa", "sam", "sams", "samsu", ""):
            t = time.perf_counter()
            pane.filter.setText(text)
            app.processEvents()
            keystrokes.append(time.perf_counter() - t)
        figures["filter_ms"] = statistics.median(keystrokes) * 1000
        pages, rng = [], random.Random(3)
        rows = pane.model.rowCount()
        page_rows = max(1, pane.view.viewport().height() // max(1, pane.view.verticalHeader().defaultSectionSize()))
        for _ in range(20):
            t = time.perf_counter()
            pane.view.scrollTo(pane.model.index(rng.randrange(rows), 0))
            pane.view.viewport().repaint()
            app.processEvents()
            pages.append(time.perf_counter() - t)
        figures["page_ms"], figures["page_rows"] = statistics.median(pages) * 1000, page_rows
        for key, article_id in (("open_heavy_ms", 1), ("open_empty_ms", 2)):
            pane.select_article(3)
            app.processEvents()
            t = time.perf_counter()
            pane.select_article(article_id)
            app.processEvents()
            figures[key] = (time.perf_counter() - t) * 1000
        from reader_app.services import annotating

        annotating.tag_selection(window.library, 3, "company", 0, 2)
        from reader_app.services import backups

        before = len(backups.list_backups(db))
        t = time.perf_counter()
        window.suggestions.shutdown()
        window.close()
        app.processEvents()
        figures["close_after_change_s"] = time.perf_counter() - t
        # A large library's exit backup runs in a process of its own: wait for it, so it neither overlaps the
        # next measurements nor goes unmeasured.
        while len(backups.list_backups(db)) == before and time.perf_counter() - t < 900:
            time.sleep(0.2)
        figures["exit_backup_done_s"] = time.perf_counter() - t
    figures["rss_mib"] = _rss_mib()
    return figures


def child_export(db: Path, out: Path) -> dict:
    from reader_app.services import exporting
    from reader_app.storage import open_library

    library = open_library(db)
    started = time.perf_counter()
    rows = exporting.export_csv(library, out)
    return {"s": time.perf_counter() - started, "rows": rows, "rss_mib": _rss_mib()}


def child_export_baseline(db: Path, out: Path) -> dict:
    import csv

    started = time.perf_counter()
    con = sqlite3.connect(db)
    rows = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row in con.execute(
            'SELECT a.title, n.label, n.text, n.start, n."end", n.note, n.fields, a.source, a.url, a.published, '
            "n.annotator, n.created_at, a.id, n.id FROM annotation n JOIN article a ON a.id = n.article_id "
            'ORDER BY n.article_id, n.start, n."end", n.id'
        ):
            writer.writerow(row)
            rows += 1
    return {"s": time.perf_counter() - started, "rows": rows, "rss_mib": _rss_mib()}


def child_list(db: Path, baseline: bool) -> dict:
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        if baseline:
            con = sqlite3.connect(db)
            for row in con.execute("SELECT id, title, source, published FROM article ORDER BY id"):
                print(*row, file=sink)
        else:
            from contextlib import redirect_stdout

            from reader_app.cli import main

            with redirect_stdout(sink):
                main(["--db", str(db), "list", "--json"])
    return {"s": time.perf_counter() - started, "rss_mib": _rss_mib()}


def child_open(db: Path, force_check: bool) -> dict:
    from reader_app.storage import db as storage_db

    if force_check:
        storage_db.QUICK_CHECK_ALWAYS_BELOW = 1 << 62
    started = time.perf_counter()
    storage_db.open_library(db).close()
    return {"s": time.perf_counter() - started}


# --- in-process measures --------------------------------------------------------------------------------
def measure_search(db: Path) -> None:
    from reader_app.core.search_text import normalise, normalise_query
    from reader_app.storage import open_library, search_index

    library = open_library(db)
    con = library.db.connection()
    app_ms, index_ms, like_ms, counts = [], [], [], {}
    for query in QUERIES:
        samples = []
        for _ in range(3):  # best of three per query: the machine is shared
            t = time.perf_counter()
            found = search_index.matching_ids(query)
            samples.append(time.perf_counter() - t)
        app_ms.append(min(samples) * 1000)
        counts[query] = len(found)
        wanted = normalise_query(query)
        if len(wanted) <= 2:
            from reader_app.core.search_text import gram_token

            sql, arg = "SELECT count(*) FROM search_grams WHERE search_grams MATCH ?", f'"{gram_token(wanted)}"'
        else:
            sql, arg = (
                "SELECT count(*) FROM search_trigram WHERE search_trigram MATCH ?",
                '"' + wanted.replace('"', '""') + '"',
            )
        t = time.perf_counter()
        con.execute(sql, (arg,)).fetchone()
        index_ms.append((time.perf_counter() - t) * 1000)
    for query in QUERIES[:4]:  # a LIKE scan reads every text: four are enough for its figure
        t = time.perf_counter()
        con.execute("SELECT count(*) FROM article WHERE title LIKE ? OR text LIKE ?", (f"%{query}%",) * 2).fetchone()
        like_ms.append((time.perf_counter() - t) * 1000)
    # Every count against a plain scan of the normalised text.
    wanted = [normalise_query(q) for q in QUERIES]
    scan = dict.fromkeys(QUERIES, 0)
    for _id, title, text in con.execute("SELECT id, title, text FROM article"):
        title_n, text_n = normalise(title), normalise(text)
        for query, w in zip(QUERIES, wanted, strict=True):
            if w in title_n or w in text_n:
                scan[query] += 1
    wrong = {q: (counts[q], scan[q]) for q in QUERIES if counts[q] != scan[q]}
    ordered = sorted(app_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    _show(
        "search, 20 queries: median / p95",
        f"{statistics.median(app_ms):.1f} / {p95:.1f} ms",
        f"index alone {statistics.median(index_ms):.1f} / {max(index_ms):.1f} ms max; "
        f"LIKE scan {statistics.median(like_ms):.0f} ms",
        "< 50 / < 150 ms",
    )
    _show("search counts equal to a plain scan", "all 20" if not wrong else f"WRONG {wrong}")
    print(
        "   per query (ms, count): "
        + ", ".join(f"{q}={m:.0f}/{counts[q]}" for q, m in zip(QUERIES, app_ms, strict=True))
    )
    try:
        index_bytes = con.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_%' OR name = 'article_list_columns'"
        ).fetchone()[0]
    except sqlite3.OperationalError:
        index_bytes = None
    from reader_app.core.article_filter import ArticleFilter
    from reader_app.storage import article_filters, library_views

    facets = {
        "label": ArticleFilter(label="speculation"),
        "company": ArticleFilter(company="KT"),
        "source": ArticleFilter(source="Reuters"),
        "dates": ArticleFilter(published_from="2024-01-01", published_to="2024-06-30"),
        "annotator": ArticleFilter(annotator="kim"),
        "unannotated": ArticleFilter(unannotated=True),
        "search+company": ArticleFilter(search="KT", company="KT"),
    }
    timings = []
    for name, wanted in facets.items():
        t = time.perf_counter()
        found = article_filters.ids(wanted, "published", True)
        timings.append(f"{name} {(time.perf_counter() - t) * 1000:.0f} ms/{len(found)}")
    _show("article filters (ms / articles found)", "", "; ".join(timings[:4]))
    _show("", "", "; ".join(timings[4:]))
    t = time.perf_counter()
    companies = library_views.companies()
    t_companies = time.perf_counter() - t
    t = time.perf_counter()
    every = library_views.annotation_ids(sort="date", descending=True)
    t_every = time.perf_counter() - t
    _show("explorer: companies / all annotations by date", f"{t_companies * 1000:.0f} / {t_every * 1000:.0f} ms",
          f"{len(companies)} companies, {len(every)} annotations")  # fmt: skip
    size = db.stat().st_size
    if index_bytes is not None:
        _show(
            "library on disk: with / without the indexes",
            f"{size / 2**20:.0f} / {(size - index_bytes) / 2**20:.0f} MiB",
        )
    else:
        _show("library on disk (dbstat unavailable)", f"{size / 2**20:.0f} MiB")
    library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--annotations", type=int, default=50_000)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        tmp = Path(tempfile.mkdtemp(prefix="reader-bench-child-"))
        result = {
            "window": lambda: child_window(args.db, tmp / "settings"),
            "export": lambda: child_export(args.db, args.out),
            "export-baseline": lambda: child_export_baseline(args.db, args.out),
            "list": lambda: child_list(args.db, False),
            "list-baseline": lambda: child_list(args.db, True),
            "open": lambda: child_open(args.db, False),
            "open-checked": lambda: child_open(args.db, True),
        }[args.child]()
        print(json.dumps(result))
        return

    db = library_for(args.articles, args.annotations)
    print(f"library: {args.articles} articles, {args.annotations} annotations, {db.stat().st_size / 2**20:.0f} MiB")
    _show("measure", "now", "baseline in the same run", "goal")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "library.sqlite3"
        empty = Path(tmp) / "empty.sqlite3"
        subprocess.run(["cp", str(db), str(work)], check=True)  # the window makes backups; keep the cache clean
        a, b = _child("open", work), _child("open-checked", work)
        _show("open the library", f"{a['s']:.3f} s", f"with quick_check {b['s']:.3f} s")
        measure_search(work)
        _child("window", empty)  # creates the empty library
        bare = _child("window", empty)
        full = _child("window", work)
        _show("start to first painted window", f"{full['window_s']:.3f} s", f"empty library {bare['window_s']:.3f} s",
              f"≤ 1.5× ({full['window_s'] / bare['window_s']:.1f}×)")  # fmt: skip
        _show("app peak RSS", f"{full['rss_mib']:.0f} MiB", f"empty library {bare['rss_mib']:.0f} MiB", "< 400 MiB")
        _show("filter, per keystroke (median)", f"{full['filter_ms']:.1f} ms")
        _show("scroll the list, per page", f"{full['page_ms']:.1f} ms", f"{full['page_rows']} rows a page")
        _show(f"open an article with {HEAVY_ANNOTATIONS} annotations", f"{full['open_heavy_ms']:.0f} ms",
              f"same text, none {full['open_empty_ms']:.0f} ms",
              f"≤ 2× ({full['open_heavy_ms'] / full['open_empty_ms']:.1f}×)")  # fmt: skip
        _show("close the window after one change", f"{full['close_after_change_s']:.3f} s",
              f"its backup done in the background {full['exit_backup_done_s']:.1f} s later")  # fmt: skip
        out = Path(tmp) / "all.csv"
        e = _child("export", work, "--out", str(out))
        base = _child("export-baseline", work, "--out", str(out))
        _show(f"export {e['rows']} annotations to CSV", f"{e['s']:.1f} s, {e['rss_mib']:.0f} MiB",
              f"SELECT + csv.writer {base['s']:.1f} s, {base['rss_mib']:.0f} MiB",
              f"≤ 1.5× ({e['s'] / base['s']:.1f}×), < 200 MiB")  # fmt: skip
        lst, lbase = _child("list", work), _child("list-baseline", work)
        _show("reader-app list --json", f"{lst['s']:.2f} s, {lst['rss_mib']:.0f} MiB",
              f"streaming SELECT {lbase['s']:.2f} s, {lbase['rss_mib']:.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
