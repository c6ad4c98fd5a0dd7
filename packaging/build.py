"""Build Reader's executable for this platform: `python packaging/build.py [--onefile] [--no-archive]`.

Runs PyInstaller on packaging/reader-app.spec, then finishes the bundle for the platform it runs on
(Linux tarball, macOS .app zip and .dmg, Windows zip and Inno Setup installer) and signs what it can.
Needs the `packaging` extra: `pip install -e ".[packaging]"`. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import build_assets  # noqa: E402
import finish  # noqa: E402
import signing  # noqa: E402

DIST = REPO / "dist"
BUILD = REPO / "build"


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _ignore_outputs() -> None:
    # Build outputs must never be committed; a self-ignoring folder needs no entry in the repository's .gitignore.
    for folder in (DIST, BUILD):
        folder.mkdir(exist_ok=True)
        (folder / ".gitignore").write_text("# written by packaging/build.py: build outputs stay out of git\n*\n")


def run_pyinstaller(onefile: bool, clean: bool) -> float:
    mode = "onefile" if onefile else "onedir"
    env = dict(
        os.environ,
        READER_BUNDLE_ONEFILE="1" if onefile else "0",
        READER_BUNDLE_ASSETS=str(BUILD / "bundle-assets"),
    )
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--workpath", str(BUILD / f"pyinstaller-{mode}"),
        "--distpath", str(DIST / "onefile" if onefile else DIST),
        str(HERE / "reader-app.spec"),
    ]  # fmt: skip
    if clean:
        command.insert(3, "--clean")
    print("$", " ".join(command), flush=True)
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, env=env, check=True)
    return time.perf_counter() - started


def executable(onefile: bool) -> Path:
    name = "reader-app.exe" if sys.platform == "win32" else "reader-app"
    return DIST / "onefile" / name if onefile else DIST / "reader-app" / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-unpacking executable in dist/onefile/")
    parser.add_argument("--no-archive", action="store_true", help="skip the tarball/zip/installer step")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)

    _ignore_outputs()
    version = build_assets.app_version()
    print(f"building Reader {version} for {finish.platform_tag()} ({'one-file' if args.onefile else 'one-folder'})")
    seconds = run_pyinstaller(args.onefile, args.clean)
    exe = executable(args.onefile)
    if not exe.is_file():
        print(f"build failed: {exe} is missing", file=sys.stderr)
        return 1
    bundle = exe if args.onefile else exe.parent
    print(f"built {bundle.relative_to(REPO)} in {seconds:.1f} s ({megabytes(folder_size(bundle))})")

    # Executables are signed before they are archived, so the zip and the installer carry signed copies.
    signed = signing.sign_executables([exe, *exe.parent.glob("reader-app-cli.exe")])
    artifacts = []
    if not (args.no_archive or args.onefile):
        artifacts = finish.finish(DIST, version, build_assets.prepare(BUILD / "bundle-assets"))
    signed = signing.sign_artifacts(artifacts) and signed
    for artifact in artifacts:
        print(f"artifact {artifact.relative_to(REPO)} ({megabytes(folder_size(artifact))})")
    if not signed:
        print("UNSIGNED build: " + signing.how_to_sign(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
