"""Concurrency: two processes write to one library at once through the real services (tag, then edit what they
tagged: a read-then-write); counts errors surfaced to the caller and acknowledged writes lost.

Run as `python benchmarks/concurrency.py [--seconds 60] [--quick]` (quick: 10 s). Goal: 0 errors and 0 writes
lost; BEGIN IMMEDIATE plus the busy timeout make one writer wait for the other instead of failing. Exit status
is 1 otherwise.

`python benchmarks/concurrency.py --window-scenario [--rounds 2] [--commands 50]` runs issue 9's scenario instead:
a real window process (offscreen) with File › Import Articles open on the library's folder keeps tagging while
`reader-app` commands, each its own process, run against the same library. Prints scenarios, crashes, hangs and
annotations lost (goal 0 each), and how the commands ended (reads succeed, imports are done by the window, other
writes are refused in one line naming its pid).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # runnable from a checkout without installing

ARTICLE = "Concurrency article\n\n" + "Hanbit Nuri said Northwind Corvel may have discussed a merger. " * 40


def writer(db: Path, name: str, seconds: float) -> int:
    """The child: for `seconds`, tag a span and every third time edit one of its own annotations; one JSON
    line per acknowledged write (after the service returned, so after the commit) or per error."""
    from reader_app.services import annotating, library

    lib = library.open_or_explain(db)
    article_id = library.article_ids(lib)[0]
    mine: list[int] = []
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        i += 1
        started = time.perf_counter()
        try:
            if i % 3 == 0 and mine:
                target = mine[i % len(mine)]
                annotating.edit_annotation(lib, target, note=f"{name}-edit-{i}")
                waited = round((time.perf_counter() - started) * 1000, 1)
                print(json.dumps({"edit": target, "note": f"{name}-edit-{i}", "ms": waited}), flush=True)
            else:
                start = (i * 13) % 2000
                made = annotating.tag_selection(lib, article_id, "speculation", start, start + 30, note=f"{name}-{i}")
                mine.append(made.id)
                waited = round((time.perf_counter() - started) * 1000, 1)
                print(json.dumps({"create": made.id, "note": f"{name}-{i}", "ms": waited}), flush=True)
        except Exception as exc:  # every error that reaches the caller is a figure, not a crash
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
    lib.close()
    return 0


def _cli_process(argv: list[str]) -> tuple[int, str]:
    """One `reader-app` command in its own process: (exit status, stderr)."""
    done = subprocess.run([sys.executable, "-m", "reader_app", *argv], capture_output=True, text=True, timeout=60)
    return done.returncode, done.stderr


def window_scenario(rounds: int, commands: int) -> int:
    sys.path.insert(0, str(REPO / "tests"))
    from window_process import run_scenario

    totals = Counter()
    endings: Counter = Counter()
    started = time.perf_counter()
    for round_ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="reader-window-scenario-") as folder:
            figures = run_scenario(Path(folder) / "articles", _cli_process, commands=commands)
        totals["scenarios"] += 1
        totals["crashes"] += int(figures["crashed"])
        totals["hangs"] += int(figures["hung"])
        totals["lost"] += figures["lost"]
        totals["tagged"] += figures["tagged"]
        totals["not ok"] += int(figures.get("integrity") != "ok")
        for command, results in figures["outcomes"].items():
            for status, err in results:
                endings[(command, status, "pid" in err)] += 1
        if figures["crashed"]:
            print(f"  round {round_ + 1}: the window died: {figures.get('stderr', '').strip()[-300:]}")
    print(f"window + command-line scenario: {rounds} × ({commands} commands beside a tagging window, file dialog open)")
    print(f"scenarios: {totals['scenarios']}, crashes: {totals['crashes']}, hangs: {totals['hangs']}, "
          f"annotations lost: {totals['lost']} of {totals['tagged']} acknowledged, "
          f"integrity not ok: {totals['not ok']}")  # fmt: skip
    for (command, status, named), count in sorted(endings.items()):
        how = "ok" if status == 0 else f"exit {status}" + (", names the window's pid" if named else "")
        print(f"  {command:22} {count:3} × {how}")
    print(f"time: {time.perf_counter() - started:.1f} s")
    bad = totals["crashes"] + totals["hangs"] + totals["lost"] + totals["not ok"]
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--quick", action="store_true", help="10 seconds (for CI)")
    parser.add_argument("--writer", nargs=2, metavar=("DB", "NAME"), help=argparse.SUPPRESS)
    parser.add_argument("--window-scenario", action="store_true", help="the window + command-line scenario")
    parser.add_argument("--rounds", type=int, default=2, help="with --window-scenario")
    parser.add_argument("--commands", type=int, default=50, help="with --window-scenario: commands per round")
    args = parser.parse_args()
    seconds = 10.0 if args.quick else args.seconds
    if args.writer:
        return writer(Path(args.writer[0]), args.writer[1], seconds)
    if args.window_scenario:
        return window_scenario(args.rounds, args.commands)

    from reader_app.core.model import ParsedDocument
    from reader_app.services import importing, library

    with tempfile.TemporaryDirectory(prefix="reader-concurrency-") as folder:
        db = Path(folder) / "library.sqlite3"
        lib = library.open_or_explain(db)
        doc = ParsedDocument(text=ARTICLE, title="Concurrency article", format="txt", encoding="utf-8")
        importing.store_document(lib, doc)
        lib.close()

        extra = ["--quick"] if args.quick else ["--seconds", str(seconds)]
        # Each writer's output goes to a file: a pipe read one after the other would stall the second writer.
        logs = [(Path(folder) / f"{name}.out", Path(folder) / f"{name}.err") for name in ("a", "b")]
        children = []
        for name, (out, err) in zip(("a", "b"), logs, strict=True):
            with open(out, "w") as out_file, open(err, "w") as err_file:
                command = [sys.executable, __file__, "--writer", str(db), name, *extra]
                children.append(subprocess.Popen(command, stdout=out_file, stderr=err_file, text=True))
        for child in children:
            child.wait(timeout=seconds + 120)
        outputs = [(out.read_text(), err.read_text()) for out, err in logs]
        events = [json.loads(line) for out, _ in outputs for line in out.splitlines() if line.startswith("{")]
        crashed = [
            err.strip().splitlines()[-1] for child, (_, err) in zip(children, outputs, strict=True) if child.returncode
        ]

        con = sqlite3.connect(db)
        notes = dict(con.execute("SELECT id, note FROM annotation"))
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()

    errors = Counter(e["error"] for e in events if "error" in e)
    created = [e for e in events if "create" in e]
    edits = [e for e in events if "edit" in e]
    last_edit = {e["edit"]: e["note"] for e in edits}  # each writer edits only its own, in order
    lost_creates = [e for e in created if e["create"] not in notes]
    lost_edits = [i for i, note in last_edit.items() if notes.get(i) != note]
    lost = len(lost_creates) + len(lost_edits)

    print(f"concurrency: 2 processes for {seconds:.0f} s on one library")
    print(f"acknowledged writes: {len(created) + len(edits)} ({len(created)} tags, {len(edits)} edits)")
    for name in ("a", "b"):
        times = sorted(e["ms"] for e in created + edits if e["note"].split("-")[0] == name)
        if times:
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            print(f"  process {name}: {len(times)} writes; time per write median {times[len(times) // 2]:.1f} ms, "
                  f"99th percentile {p99:.1f} ms, longest {times[-1]:.0f} ms (busy timeout 5000 ms)")  # fmt: skip
    print(f"errors surfaced: {sum(errors.values())}")
    for message, count in errors.most_common(5):
        print(f"  {count} × {message}")
    print(f"writes lost: {lost}")
    print(f"integrity_check: {integrity}")
    for line in crashed:
        print(f"  a writer died: {line}")
    return 0 if not errors and not lost and integrity == "ok" and not crashed else 1


if __name__ == "__main__":
    sys.exit(main())
