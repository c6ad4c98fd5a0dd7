"""Fuzzing: generated malformed inputs (hypothesis) fed to the importers, and what they accept stored in a real
library; then hostile-input scenarios (fuzz_scenarios.py: special files, slow and lying servers, truncated
bodies, bad redirects, a full disk, hostile titles in the real window). Counts crashes (any exception but the
documented ImportFailure, a message that is not one line, a wrong outcome), hangs (over the time limit) and
annotations lost.

Run as `python benchmarks/fuzz_inputs.py [--inputs 10000] [--quick] [--limit 2] [--seed N]` (quick: 500);
`--annotations-only N` fuzzes only the annotation import.
The article importers (`parse_bytes` for .txt, .md and .html, with content types) and storing their result are
fuzzed, then the annotation import (`fuzz_annotation_imports`: damaged Reader JSON and CSV exports, in process).
Each article input runs in a worker process under a
per-input alarm; if the worker stops answering (a hang inside C code the alarm cannot interrupt), the parent
kills it, counts a hang and starts a fresh worker. Failing inputs are saved to the folder printed at the end.
Exit status is 1 if there was any crash, hang or lost annotation.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # runnable from a checkout without installing

FILENAMES = ["article.txt", "article.md", "article.markdown", "page.html", "page.htm", "PAGE.HTML", "noext", "a.pdf"]
CONTENT_TYPES = ["", "", "text/html", "text/plain; charset=euc-kr", "text/html; charset=bogus-8", "application/pdf"]


class _Hang(Exception):
    pass


def _inputs():
    """A hypothesis strategy of (bytes, filename, content_type): mostly malformed, sometimes almost right."""
    from hypothesis import strategies as st

    codecs = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp949", "euc-kr", "latin-1", "cp1252"])
    words = st.sampled_from(
        ["삼성전자", "KT", "said", "ا", "😀", "e\u0301", "\u00a0", "\u200b", "&amp;", "&#x", "\ufeff"]
    )
    text = st.lists(st.one_of(words, st.text(max_size=8)), max_size=60).map(" ".join)
    tags = st.sampled_from(["div", "p", "article", "script", "style", "meta", "title", "h1", "a", "br", "table", "svg"])
    attrs = st.sampled_from(['charset="euc-kr"', "charset=utf-16", 'content="text/html; charset=x"', 'href="', "x=\0"])
    tag = st.builds(lambda t, a, close: f"<{t} {a}>" + (f"</{t}>" if close else ""), tags, attrs, st.booleans())
    html = st.lists(
        st.one_of(tag, text, st.sampled_from(["<!--", "<![CDATA[", "<!DOCTYPE", "<", ">", "</"])), max_size=80
    )
    markdown_parts = [
        "---\n",
        "title: x\n",
        "date: 2024-13-45\n",
        "# ",
        "> ",
        "* ",
        "1. ",
        "```",
        "[x](",
        "![i](",
        "|",
        "\n",
    ]
    markdown = st.lists(st.one_of(st.sampled_from(markdown_parts), text), max_size=80)
    nested = st.builds(
        lambda piece, n: piece * n,
        st.sampled_from(["<div>", "<b><i>", "> ", "* ", "[", "(", "*"]),
        st.integers(1, 30000),
    )
    encoded = st.builds(lambda t, c: t.encode(c, errors="replace"), text, codecs)
    raw = st.one_of(
        st.binary(max_size=4000),
        encoded,
        st.builds(lambda parts, c: "".join(parts).encode(c, errors="replace"), html, codecs),
        st.builds(lambda parts, c: "".join(parts).encode(c, errors="replace"), markdown, codecs),
        nested.map(str.encode),
        st.builds(
            lambda b, n: b * n,
            st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\r", b"\xed\xa0\x80"]),
            st.integers(1, 5000),
        ),
        st.builds(lambda head, n: head + b"a" * n, st.sampled_from([b"", b"<p>", b"# "]), st.integers(0, 3_000_000)),
    )
    flips = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6)

    def damage(data: bytes, changes) -> bytes:
        if not data:
            return data
        out = bytearray(data)
        for position, value in changes:
            out[position % len(out)] = value
        return bytes(out)

    return st.tuples(st.builds(damage, raw, flips), st.sampled_from(FILENAMES), st.sampled_from(CONTENT_TYPES))


def worker(count: int, seed: int, limit: float, scratch: Path) -> int:
    """The child: one JSON line per input: {"i", "outcome", "seconds", "detail"}; the input itself is written to
    scratch/current.bin first, so a hang the parent has to kill for can still be saved."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from reader_app.core.importing import ImportFailure, parse_bytes
    from reader_app.services import importing
    from reader_app.storage import open_library

    library = open_library(scratch / f"fuzz-{seed}.sqlite3")
    counter = iter(range(10**9))

    def alarm(_signum, _frame):
        raise _Hang()

    signal.signal(signal.SIGALRM, alarm)

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(_inputs())
    def run(case) -> None:
        data, filename, content_type = case
        index = next(counter)
        (scratch / "current.bin").write_bytes(data)
        (scratch / "current.json").write_text(json.dumps({"filename": filename, "content_type": content_type}))
        print(json.dumps({"begin": index}), flush=True)
        started = time.perf_counter()
        outcome, detail = "accepted", ""
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            doc = parse_bytes(data, filename=filename, content_type=content_type)
            importing.store_document(library, doc, source_path=filename)
        except ImportFailure as exc:
            message = str(exc)
            outcome = "refused" if message.strip() and "\n" not in message else "bad message"
            detail = message[:200]
        except _Hang:
            outcome = "hang"
        except Exception as exc:  # exactly what this benchmark is looking for
            outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:300]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - started
        print(json.dumps({"i": index, "outcome": outcome, "seconds": round(elapsed, 4), "detail": detail}), flush=True)
        if outcome not in ("accepted", "refused"):
            _save(scratch, outcome, index, seed)

    run()
    library.close()
    return 0


def _save(scratch: Path, outcome: str, index: int, seed: int) -> None:
    keep = scratch / "failing"
    keep.mkdir(exist_ok=True)
    (keep / f"{outcome}-{seed}-{index}.bin").write_bytes((scratch / "current.bin").read_bytes())
    (keep / f"{outcome}-{seed}-{index}.json").write_text((scratch / "current.json").read_text())


def _run_worker(count: int, seed: int, limit: float, scratch: Path, results: list[dict]) -> int:
    """Run one worker until it finishes or stops answering; returns how many inputs it got through."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--worker", str(count), str(seed), str(limit), str(scratch)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[dict] = []
    last = [time.monotonic()]

    def read() -> None:
        for line in child.stdout:
            if line.startswith("{"):
                lines.append(json.loads(line))
                last[0] = time.monotonic()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    startup_grace = 60.0
    while child.poll() is None:
        time.sleep(0.2)
        quiet = time.monotonic() - last[0]
        if quiet > (limit * 3 + 5 if lines else startup_grace):
            child.kill()  # stuck where the alarm cannot reach: a hang
            child.wait()
            reader.join(5)
            index = lines[-1].get("begin", -1) if lines else -1
            _save(scratch, "hang", index, seed)
            lines.append({"i": index, "outcome": "hang", "seconds": quiet, "detail": "killed by the watchdog"})
            break
    reader.join(5)
    if child.returncode not in (0, None, -9):
        err = child.stderr.read().strip().splitlines()[-1:]
        lines.append({"i": -1, "outcome": "crash", "seconds": 0, "detail": f"worker died: {err}"})
    done = [line for line in lines if "outcome" in line]
    results.extend(done)
    return len(done)


def _run_scenarios(scratch: Path) -> tuple[list[dict], dict]:
    """The hostile-input scenarios (fuzz_scenarios.py) in child processes under a watchdog; a child that stops
    answering is killed, its scenario counted as a hang, and the rest run in a fresh child."""
    script = str(Path(__file__).with_name("fuzz_scenarios.py"))
    results: list[dict] = []
    checks: dict = {}
    for mode in ("files", "qt"):
        start = 0
        while True:
            extra = ["--qt"] if mode == "qt" else ["--from", str(start)]
            lines = _watched([sys.executable, script, str(scratch), *extra], quiet_limit=20.0)
            for line in lines:
                if "outcome" in line:
                    results.append(line)
                elif "annotations" in line:
                    checks[mode] = line
            killed = [line for line in lines if line.get("killed")]
            if not killed or mode == "qt":
                if killed:
                    results.append({"name": killed[0]["name"], "outcome": "hang", "detail": "killed by the watchdog"})
                break
            results.append({"name": killed[0]["name"], "outcome": "hang", "detail": "killed by the watchdog"})
            start = killed[0]["index"] + 1
    return results, checks


def _watched(command: list[str], *, quiet_limit: float) -> list[dict]:
    """Run a child that prints JSON lines; kill it when it is silent for quiet_limit seconds."""
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[dict] = []
    last = [time.monotonic()]

    def read() -> None:
        for line in child.stdout:
            if line.startswith("{"):
                lines.append(json.loads(line))
                last[0] = time.monotonic()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while child.poll() is None:
        time.sleep(0.2)
        if time.monotonic() - last[0] > quiet_limit:
            child.kill()
            child.wait()
            reader.join(5)
            begun = next((line for line in reversed(lines) if "begin" in line), {"begin": -1, "name": "start-up"})
            lines.append({"killed": True, "index": begun["begin"], "name": begun.get("name", "?")})
            return lines
    reader.join(5)
    if child.returncode != 0:
        lines.append({"name": "child process", "outcome": "crash", "detail": f"exit status {child.returncode}"})
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="500 inputs (for CI)")
    parser.add_argument("--limit", type=float, default=2.0, help="seconds per input before it counts as a hang")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument(
        "--annotations-only", type=int, metavar="N", default=None, help="only N damaged annotation files"
    )
    args = parser.parse_args()
    if args.annotations_only is not None:
        seed = args.seed if args.seed is not None else 0
        return 1 if fuzz_annotation_imports(args.annotations_only, seed, max(args.limit, 10.0)) else 0
    if args.worker:
        count, seed, limit, scratch = args.worker
        return worker(int(count), int(seed), float(limit), Path(scratch))

    import random

    total = 500 if args.quick else args.inputs
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    scratch = Path(tempfile.mkdtemp(prefix="reader-fuzz-"))
    results: list[dict] = []
    started = time.perf_counter()
    attempt = 0
    while len(results) < total and attempt < 50:
        got = _run_worker(total - len(results), seed + attempt, args.limit, scratch, results)
        attempt += 1
        if got == 0:
            break
    elapsed = time.perf_counter() - started

    outcomes: dict[str, list[dict]] = {}
    for result in results:
        outcomes.setdefault(result["outcome"], []).append(result)
    crashes = outcomes.get("crash", []) + outcomes.get("bad message", [])
    hangs = outcomes.get("hang", [])
    slowest = max(results, key=lambda r: r["seconds"], default=None)
    print(f"fuzzing (seed {seed}): {len(results)} generated inputs in {elapsed:.0f} s; importers: .txt .md .html")
    accepted, refused = len(outcomes.get("accepted", [])), len(outcomes.get("refused", []))
    print(f"accepted: {accepted}; refused with a one-line message: {refused}")
    print(f"crashes: {len(crashes)}; hangs (over {args.limit:g} s): {len(hangs)}")
    if slowest is not None:
        print(f"slowest input: {slowest['seconds']:.2f} s ({slowest['outcome']})")
    for result in (crashes + hangs)[:10]:
        print(f"  {result['outcome']} #{result['i']}: {result['detail']}")
    scenario_results, checks = _run_scenarios(scratch)
    bad = [r for r in scenario_results if r["outcome"] not in ("refused", "accepted", "cancelled", "ok", "skipped")]
    scenario_hangs = [r for r in bad if r["outcome"] == "hang"]
    scenario_crashes = [r for r in bad if r["outcome"] != "hang"]
    lost = 0
    files = checks.get("files")
    lost += 10 - files["annotations"] if files else 10
    if files and files.get("integrity") != "ok":
        scenario_crashes.append({"name": "library integrity", "outcome": "crash", "detail": files["integrity"]})
    window = checks.get("qt")
    lost += (window["annotations_expected"] - window["annotations"]) if window else 0
    lost += sum(1 for r in scenario_results if r["outcome"] == "lost")
    skipped = [r["name"] for r in scenario_results if r["outcome"] == "skipped"]
    print(
        f"scenarios (special files, slow and lying servers, truncated bodies, bad redirects, a full disk, hostile "
        f"titles in the window): {len(scenario_results)} tried"
        + (f", skipped: {', '.join(skipped)}" if skipped else "")
    )
    print(f"scenario crashes: {len(scenario_crashes)}; hangs: {len(scenario_hangs)}; annotations lost: {lost}")
    for result in bad[:10]:
        print(f"  {result['outcome']} {result['name']}: {result.get('detail', '')}")
    total_crashes = len(crashes) + len(scenario_crashes)
    total_hangs = len(hangs) + len(scenario_hangs)
    tried = len(results) + len(scenario_results)
    print(f"total: {tried} tried; crashes: {total_crashes}; hangs: {total_hangs}; annotations lost: {lost}")
    if crashes or hangs:
        print(f"failing inputs saved in {scratch / 'failing'}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    annotation_failures = fuzz_annotation_imports(
        100 if args.quick else max(200, total // 5), seed, max(args.limit, 10.0)
    )  # a valid file of 10,000 rows takes a second or two: a hang is far longer
    return 1 if total_crashes or total_hangs or lost or annotation_failures else 0


def _annotation_inputs(valid_json: bytes, valid_csv: bytes):
    """(bytes, suffix): Reader exports damaged every way a file arrives broken, and JSON/CSV of the wrong shape."""
    from hypothesis import strategies as st

    scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(), st.text(max_size=20))
    anything = st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
        max_leaves=30,
    )
    doc = json.loads(valid_json)
    item = doc["first"]["items"][0]
    paths = [
        ("target",),
        ("target", "selector"),
        ("target", "source"),
        ("body",),
        ("creator",),
        ("created",),
        ("type",),
    ]

    def mutate_item(path, value, copies):
        changed = json.loads(json.dumps(item))
        where = changed
        for key in path[:-1]:
            where = where[key]
        where[path[-1]] = value
        return json.dumps(dict(doc, first={"type": "AnnotationPage", "items": [changed] * copies})).encode()

    def flip(data: bytes, changes) -> bytes:
        out = bytearray(data)
        for position, value in changes:
            out[position % len(out)] = value
        return bytes(out)

    flips = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8)
    csv_lines = st.lists(st.text(alphabet=",\"\r\n\x00'=+-@abc0123456789한", max_size=40), max_size=50)
    return st.one_of(
        st.tuples(st.builds(flip, st.just(valid_json), flips), st.just(".json")),
        st.tuples(st.builds(flip, st.just(valid_csv), flips), st.just(".csv")),
        st.tuples(st.builds(lambda n: valid_json[:n], st.integers(0, len(valid_json))), st.just(".json")),
        st.tuples(st.builds(lambda n: valid_csv[:n], st.integers(0, len(valid_csv))), st.just(".csv")),
        st.tuples(st.builds(lambda v: json.dumps(v).encode(), anything), st.just(".json")),
        st.tuples(st.builds(mutate_item, st.sampled_from(paths), anything, st.integers(1, 10_000)), st.just(".json")),
        st.tuples(st.builds(lambda n: b"[" * n + b"]" * n, st.integers(1, 200_000)), st.just(".json")),
        st.tuples(
            st.builds(
                lambda lines: ("\r\n".join([valid_csv.decode("utf-8-sig").splitlines()[0], *lines])).encode(), csv_lines
            ),
            st.just(".csv"),
        ),
        st.tuples(st.binary(max_size=4000), st.sampled_from([".json", ".csv"])),
    )


def fuzz_annotation_imports(count: int, seed: int, limit: float) -> int:
    """Damaged annotation files into a real library: 0 crashes, 0 hangs, and a refused file writes nothing.

    Runs in this process (the importer is pure Python, so the alarm reaches it); returns the number of failures.
    """
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from reader_app.core.model import ParsedDocument
    from reader_app.services import annotating, annotation_import, exporting, importing
    from reader_app.services.errors import UserError
    from reader_app.storage import annotations as annotation_store
    from reader_app.storage import articles as article_store
    from reader_app.storage import open_library

    scratch = Path(tempfile.mkdtemp(prefix="reader-fuzz-annotations-"))
    library = open_library(scratch / "library.sqlite3")
    text = "Hanbit Electronics may build a plant, people familiar with the matter said.\n" * 3
    article = importing.store_document(library, ParsedDocument(text=text, title="=t", format="txt", encoding="utf-8"))
    annotating.tag_selection(library, article.article_id, "company", 0, 18, annotator="ana", fields={"canonical": "H"})
    annotating.tag_selection(library, article.article_id, "speculation", 0, 76, annotator="@bo", fields={"cue": "may"})
    exporting.export_json(library, scratch / "valid.json")
    exporting.export_csv(library, scratch / "valid.csv")
    valid_json, valid_csv = (scratch / "valid.json").read_bytes(), (scratch / "valid.csv").read_bytes()

    def state():
        return (
            article_store.count(),
            len(annotation_store.for_article(article.article_id)),
            annotation_store.annotator_names(),
        )

    before = state()
    outcomes: dict[str, int] = {}
    failures: list[str] = []
    slowest = [0.0]

    def alarm(_signum, _frame):
        raise _Hang()

    signal.signal(signal.SIGALRM, alarm)

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(_annotation_inputs(valid_json, valid_csv))
    def run(case) -> None:
        data, suffix = case
        path = scratch / f"input{suffix}"
        path.write_bytes(data)
        outcome, detail = "accepted", ""
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            _plan, applied = annotation_import.import_annotations(library, path)
            annotation_import.undo_import(library, applied)  # back to the same state for the next input
        except UserError as exc:
            outcome = "refused" if str(exc).strip() and "\n" not in str(exc) else "bad message"
            detail = str(exc)[:200]
            if state() != before:
                outcome, detail = "wrote", f"a refused file changed the library: {detail}"
        except _Hang:
            outcome = "hang"
        except Exception as exc:  # what this looks for
            outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:300]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        slowest[0] = max(slowest[0], time.perf_counter() - started)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if outcome not in ("accepted", "refused"):
            keep = scratch / "failing"
            keep.mkdir(exist_ok=True)
            (keep / f"{outcome}-{len(failures)}{suffix}").write_bytes(data)
            failures.append(f"{outcome}: {detail}")

    started = time.perf_counter()
    run()
    library.close()
    print(
        f"annotation import (seed {seed}): {sum(outcomes.values())} damaged JSON/CSV files in "
        f"{time.perf_counter() - started:.0f} s; accepted {outcomes.get('accepted', 0)}, "
        f"refused with a one-line message {outcomes.get('refused', 0)}"
    )
    print(
        f"annotation import: crashes {outcomes.get('crash', 0) + outcomes.get('bad message', 0)}; "
        f"hangs (over {limit:g} s) {outcomes.get('hang', 0)}; refused files that wrote {outcomes.get('wrote', 0)}; "
        f"slowest {slowest[0]:.2f} s"
    )
    for failure in failures[:10]:
        print(f"  {failure}")
    if failures:
        print(f"failing annotation files saved in {scratch / 'failing'}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return len(failures)


if __name__ == "__main__":
    sys.exit(main())
