"""Team exchange at scale: export CSV and JSON, import the JSON into an empty library, agreement of two analysts.

Run: `python benchmarks/bench_exchange.py [--articles 1000] [--per-article 10]`. Two analysts tag every generated
article (half the spans shared, so agreement has matches and disagreements). Prints time, peak Python memory
(tracemalloc) and file size of each export, the import's time and counts, and the agreement's time and F1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader_app.core.anchoring import anchor_for
from reader_app.core.model import Annotation, ParsedDocument
from reader_app.core.text import utc_now
from reader_app.services import agreement, annotation_import, exporting, importing
from reader_app.storage import annotations as annotation_store
from reader_app.storage import open_library

SENTENCE = "Company {n} may expand its plant in region {k}, people familiar with the matter said. "


def fill(db: Path, articles: int, per_article: int) -> int:
    library = open_library(db)
    now = utc_now()
    made = 0
    try:
        with library.atomic():
            for n in range(articles):
                text = "".join(SENTENCE.format(n=n, k=k) for k in range(per_article))
                doc = ParsedDocument(text=text, title=f"=Report {n}", format="txt", encoding="utf-8")
                article_id = importing.store_document(library, doc).article_id
                step = len(SENTENCE.format(n=n, k=0))
                for k in range(per_article):
                    start = text.index("Company", k * step)
                    for who, shift in (("ana", 0), ("bo", 0 if k % 2 == 0 else 8)):
                        end = start + 7 + len(str(n)) + 1 + shift
                        anchor = anchor_for(text, start + shift, end)
                        annotation_store.insert(
                            Annotation(0, article_id, "company", start + shift, end, text[start + shift : end],
                                       anchor.prefix, anchor.suffix, fields={"canonical": f"Company {n}"},
                                       annotator=who, created_at=now, updated_at=now)
                        )  # fmt: skip
                        made += 1
    finally:
        library.close()
    return made


def measured(label: str, step, memory: bool = False):
    """Time the step; with memory, run it a second time under tracemalloc (which slows it) for the peak."""
    started = time.perf_counter()
    result = step()
    line = f"{label}: {time.perf_counter() - started:.2f} s"
    if memory:
        tracemalloc.start()
        step()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        line += f", peak Python memory {peak / 1e6:.1f} MB"
    print(line)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--per-article", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        total = fill(folder / "team.sqlite3", args.articles, args.per_article)
        print(f"library: {args.articles} articles, {total} annotations, built in {time.perf_counter() - started:.1f} s")
        library = open_library(folder / "team.sqlite3")
        try:
            rows = measured("export CSV", lambda: exporting.export_csv(library, folder / "all.csv"), memory=True)
            print(f"  {rows} rows, {(folder / 'all.csv').stat().st_size / 1e6:.1f} MB")
            export = lambda: exporting.export_json(library, folder / "all.json")  # noqa: E731
            rows = measured("export JSON with articles", export, memory=True)
            print(f"  {rows} annotations, {(folder / 'all.json').stat().st_size / 1e6:.1f} MB")
            result = measured("agreement ana vs bo", lambda: agreement.agreement(library, ["ana", "bo"]))
            score = result.report.scores[0]
            found = len(result.report.disagreements)
            kappa = "undefined (no variation)" if score.kappa is None else f"{score.kappa:.3f}"
            print(f"  company: F1 {score.f1:.3f}, sentence kappa {kappa}, {found} disagreements")
        finally:
            library.close()
        empty = open_library(folder / "empty.sqlite3")
        try:
            plan, _applied = measured(
                "import JSON into an empty library",
                lambda: annotation_import.import_annotations(empty, folder / "all.json"),
            )
            print(f"  {plan.summary()}")
        finally:
            empty.close()


if __name__ == "__main__":
    main()
