"""Import throughput: N generated text articles through the real import path, beside plain sqlite3.

Run: `python benchmarks/import_throughput.py [--count 10000]`. Prints articles per second for
  1. the app's import (files on disk -> parse -> duplicate check -> stored in groups, one commit per group),
  2. the same import with the full-text index switched off (what keeping the index costs), and
  3. a plain `sqlite3` executemany of the same rows into a bare table (the floor nothing can beat),
and the ratios (goal: with the index <= 1.3x the time without it). All use the same kind of file system and the
same durability (WAL, synchronous=FULL). `--repeat R` runs the two imports R times, alternating, and keeps each
one's best time (the machine is shared, so single runs are noisy).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader_app.core.importing import parse_file
from reader_app.core.text import content_hash
from reader_app.services import importing
from reader_app.storage import open_library, search_index

WORDS_EN = (
    "shares rose after the company said it may expand its chip business into new markets "
    "analysts expect profit to grow while the bank could raise its dividend next quarter"
).split()
WORDS_KO = "회사는 올해 반도체 사업을 확대할 전망이다 업계에서는 실적이 개선될 가능성이 있다고 보고 있다".split()


def make_articles(folder: Path, count: int) -> list[Path]:
    rng = random.Random(7)
    paths = []
    for i in range(count):
        words = WORDS_KO if i % 2 else WORDS_EN
        body = "\n\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(40, 90))) + "." for _ in range(6))
        path = folder / f"article-{i:05}.txt"
        path.write_text(f"Generated headline number {i}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def time_app_import(paths: list[Path], db: Path, *, index: bool = True) -> float:
    library = open_library(db)
    # Without the index: its maintenance is skipped for this run only (benchmark, not a library anyone opens).
    saved = {name: getattr(search_index, name) for name in ("add", "add_many") if hasattr(search_index, name)}
    if not index:
        for name in saved:
            setattr(search_index, name, lambda *args, **kwargs: None)
    try:
        started = time.perf_counter()
        report = importing.import_paths(library, paths)
        elapsed = time.perf_counter() - started
    finally:
        for name, function in saved.items():
            setattr(search_index, name, function)
        library.close()
    assert report.count(importing.IMPORTED) == len(paths), report.summary()
    return elapsed


def time_plain_sqlite(paths: list[Path], db: Path) -> float:
    rows = []
    for path in paths:  # same parsing work is not counted here: only storing
        doc = parse_file(path)
        rows.append((doc.title, doc.text, content_hash(doc.text), path.read_bytes()))
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=full")
    con.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT, text TEXT, hash TEXT UNIQUE, raw BLOB)")
    started = time.perf_counter()
    with con:
        con.executemany("INSERT INTO article (title, text, hash, raw) VALUES (?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        paths = make_articles(folder, args.count)
        bare_s = app_s = float("inf")
        for run in range(max(1, args.repeat)):
            bare_s = min(bare_s, time_app_import(paths, Path(tmp) / f"bare{run}.sqlite3", index=False))
            app_s = min(app_s, time_app_import(paths, Path(tmp) / f"library{run}.sqlite3"))
        plain_s = time_plain_sqlite(paths, Path(tmp) / "plain.sqlite3")
    app_rate, plain_rate, bare_rate = args.count / app_s, args.count / plain_s, args.count / bare_s
    print(f"articles: {args.count}")
    print(f"app import (read + parse + store + index): {app_s:.2f} s = {app_rate:,.0f} articles/s")
    print(f"app import without the search index: {bare_s:.2f} s = {bare_rate:,.0f} articles/s")
    print(f"ratio with/without index (time): {app_s / bare_s:.2f}x (goal <= 1.3x)")
    print(f"plain sqlite3 executemany (store only, one transaction): {plain_s:.2f} s = {plain_rate:,.0f} articles/s")
    print(f"ratio plain/app: {plain_rate / app_rate:.1f}x")


if __name__ == "__main__":
    main()
