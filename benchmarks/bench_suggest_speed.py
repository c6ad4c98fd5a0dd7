"""Time suggest() on a 5,000-character article on one core: median of repeated runs, printed in ms.

The article is built from the project's own test articles (tests/gold_own), repeated to 5,000 characters,
so the benchmark runs without the shared corpus. The first call, which loads the registry and builds the
Aho-Corasick automaton, is reported apart (wall and CPU time): the app pays it once per process. The
registry's size in the bundle is printed too.

    python benchmarks/bench_suggest_speed.py [--runs 50]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader_app.core.suggest import CompanyRegistry, suggest  # noqa: E402
from reader_app.core.suggest.engine import guess_body  # noqa: E402
from reader_app.core.suggest.registry import default_registry_path  # noqa: E402

LENGTH = 5000


def article(language: str) -> str:
    sources = sorted((ROOT / "tests" / "gold_own").glob(f"{language}-*.txt"))
    bodies = [p.read_text(encoding="utf-8") for p in sources]
    headline, _, _ = bodies[0].partition("\n")
    parts = [headline, ""]
    text = ""
    i = 0
    while len(text) < LENGTH:
        body = bodies[i % len(bodies)]
        parts.append(body[guess_body(body)[0] :].strip())
        text = "\n\n".join(parts)
        i += 1
    return text[:LENGTH]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    start, cpu = time.perf_counter(), time.process_time()
    registry = CompanyRegistry.load_default()
    loaded, loaded_cpu = time.perf_counter(), time.process_time()
    suggest("warm-up text\n\nSamsung Electronics Co said.", registry=registry)
    end, end_cpu = time.perf_counter(), time.process_time()
    # CPU time too: on a shared machine the wall clock also counts other processes' turns.
    print(
        f"first call (load registry, build automaton): {(end - start) * 1000:.1f} ms wall, "
        f"{(end_cpu - cpu) * 1000:.1f} ms CPU (load {(loaded - start) * 1000:.1f} ms wall, "
        f"{(loaded_cpu - cpu) * 1000:.1f} ms CPU)"
    )
    files = sorted(default_registry_path().parent.glob("*.json"))
    size = sum(f.stat().st_size for f in files)
    packed = sum(len(zlib.compress(f.read_bytes(), 9)) for f in files)
    aliases = sum(len(e.aliases) for e in registry.entries)
    print(
        f"registry: {len(registry.entries)} companies, {aliases} aliases; in the bundle {size / 1024:.0f} KiB "
        f"({packed / 1024:.0f} KiB compressed) in {', '.join(f.name for f in files)}"
    )
    for language in ("en", "ko"):
        text = article(language)
        timings, cpu_timings = [], []
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            found = suggest(text, language=language, registry=registry)
            timings.append((time.perf_counter() - t0) * 1000)
            cpu_timings.append((time.process_time() - c0) * 1000)
        print(
            f"{language}: {len(text)} chars, {len(found)} suggestions: median {statistics.median(timings):.1f} ms, "
            f"max {max(timings):.1f} ms over {args.runs} runs (CPU median {statistics.median(cpu_timings):.1f} ms)"
        )


if __name__ == "__main__":
    main()
