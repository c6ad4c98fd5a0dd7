"""Bundle size, build time and cold start to the first painted window: the bundle beside the app from source.

    python benchmarks/bench_bundle.py [--runs 5] [--skip-build]

Builds the one-folder and one-file bundles (packaging/build.py; needs the `packaging` extra) unless
--skip-build, then starts each variant --runs times on a library holding the two samples, offscreen, with
READER_EXIT_AFTER_FIRST_PAINT=1 (see reader_app/ui/startup/application.py), and prints medians. Start time is
from just before the process is spawned to the moment the window has painted; every start is a new
process, with the operating system's file cache warm (one discarded warm-up start per variant first).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "dist"
EXE = "reader-app.exe" if sys.platform == "win32" else "reader-app"
GOALS = {"onedir_mb": 150, "onefile_mb": 70, "start_ratio": 1.2}  # the Linux goals of the packaging issue


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1_000_000
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000


def build(onefile: bool) -> float:
    command = [sys.executable, str(REPO / "packaging" / "build.py"), "--no-archive"]
    if onefile:
        command.append("--onefile")
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def start_once(command: list[str], env: dict[str, str]) -> float:
    spawned = time.time()  # the app prints time.time() at first paint: the same clock
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - spawned
    raise RuntimeError(f"{command[0]} exited {done.returncode} without painting: {done.stderr[-500:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true", help="measure the bundles already in dist/")
    args = parser.parse_args()

    build_s = {}
    if not args.skip_build:
        build_s = {"one-folder": build(onefile=False), "one-file": build(onefile=True)}
    onedir, onefile = DIST / "reader-app" / EXE, DIST / "onefile" / EXE

    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        home = Path(tmp)
        env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen",
                   READER_EXIT_AFTER_FIRST_PAINT="1")  # fmt: skip
        library = home / "library.sqlite3"
        samples = str(REPO / "resources" / "samples")
        importing = [sys.executable, "-m", "reader_app", "--db", str(library), "import", samples]
        subprocess.run(importing, env=env, check=True, stdout=subprocess.DEVNULL)
        variants = {"source": [sys.executable, "-m", "reader_app"], "one-folder": [str(onedir)],
                    "one-file": [str(onefile)]}  # fmt: skip
        variants = {k: [*v, "--db", str(library)] for k, v in variants.items() if k == "source" or Path(v[0]).is_file()}
        times: dict[str, list[float]] = {name: [] for name in variants}
        for command in variants.values():
            start_once(command, env)  # warm-up, not counted
        for _ in range(args.runs):  # interleaved, so drift in machine load hits every variant alike
            for name, command in variants.items():
                times[name].append(start_once(command, env))

    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores"
    print(f"machine: {machine}, Python {platform.python_version()}")
    sizes = (("one-folder", onedir.parent, GOALS["onedir_mb"]), ("one-file", onefile, GOALS["onefile_mb"]))
    for name, path, goal in sizes:
        if path.exists():
            mb = size_mb(path)
            print(f"size {name}: {mb:.1f} MB (goal < {goal} MB: {'met' if mb < goal else 'MISSED'})")
    for name, seconds in build_s.items():
        print(f"build {name}: {seconds:.1f} s (packaging/build.py --no-archive, PyInstaller cache as found)")
    source = statistics.median(times["source"])
    for name, runs in times.items():
        median = statistics.median(runs)
        line = f"start {name}: median {median:.3f} s over {len(runs)} runs (min {min(runs):.3f}, max {max(runs):.3f})"
        if name == "one-folder":  # the main artifact, which the goal is about
            ratio = median / source
            verdict = "met" if ratio <= GOALS["start_ratio"] else "MISSED"
            line += f", {ratio:.2f}x source (goal <= {GOALS['start_ratio']}x: {verdict})"
        elif name == "one-file":
            line += f", {median / source:.2f}x source (unpacks itself to a temp folder on every start)"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
