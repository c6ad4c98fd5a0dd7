"""Per-platform finish of a one-folder build: what an analyst downloads from dist/.

Linux: reader-app-VERSION-linux-ARCH.tar.gz (the folder, a .desktop entry, the icon and install.sh).
macOS: Reader-VERSION-macos-ARCH.zip and .dmg of dist/Reader.app (PyInstaller wrote its Info.plist).
Windows: reader-app-VERSION-windows-ARCH.zip, and reader-app-VERSION-setup.exe when Inno Setup is installed.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

from build_assets import APP_ID, APP_NAME, Assets

HERE = Path(__file__).resolve().parent


def platform_tag() -> str:
    machine = platform.machine().lower()  # Windows says AMD64 or ARM64, Linux x86_64 or aarch64
    arch = {"amd64": "x64", "aarch64": "arm64"}.get(machine, machine)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{arch}"


def finish(dist: Path, version: str, assets: Assets) -> list[Path]:
    """Make this platform's downloads from dist/reader-app (and dist/Reader.app); returns their paths."""
    if sys.platform == "win32":
        return _windows(dist, version, assets)
    if sys.platform == "darwin":
        return _macos(dist, version)
    return [_linux(dist, version, assets)]


def _linux(dist: Path, version: str, assets: Assets) -> Path:
    name = f"{APP_ID}-{version}-{platform_tag()}"
    out = dist / f"{name}.tar.gz"
    desktop = (HERE / "reader-app.desktop").read_text(encoding="utf-8").replace("@VERSION@", version)
    with tempfile.TemporaryDirectory() as tmp:
        extras = Path(tmp)
        (extras / "reader-app.desktop").write_text(desktop, encoding="utf-8")
        shutil.copy(HERE / "install.sh", extras / "install.sh")
        os.chmod(extras / "install.sh", 0o755)
        # level 6: nearly level 9's size at a third of the time
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(dist / APP_ID, arcname=name)  # symlinks stay symlinks
            tar.add(extras / "reader-app.desktop", arcname=f"{name}/reader-app.desktop")
            tar.add(assets.png, arcname=f"{name}/reader-app.png")
            tar.add(extras / "install.sh", arcname=f"{name}/install.sh")
    return out


def _macos(dist: Path, version: str) -> list[Path]:
    app = dist / f"{APP_NAME}.app"
    stem = dist / f"{APP_NAME}-{version}-{platform_tag()}"
    zip_path, dmg_path = stem.with_suffix(".zip"), stem.with_suffix(".dmg")
    # ditto keeps the symlinks and extended attributes a signed .app needs; Python's zipfile would not.
    subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(zip_path)], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp)
        subprocess.run(["ditto", str(app), str(staging / app.name)], check=True)
        (staging / "Applications").symlink_to("/Applications")  # drag-to-install target
        subprocess.run(
            ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(staging), "-ov", "-format", "UDZO",
             str(dmg_path)],
            check=True,
        )  # fmt: skip
    return [zip_path, dmg_path]


def _windows(dist: Path, version: str, assets: Assets) -> list[Path]:
    folder = dist / APP_ID
    out = dist / f"{APP_ID}-{version}-{platform_tag()}.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, Path(APP_ID) / path.relative_to(folder))
    artifacts = [out]
    iscc = _inno_setup_compiler()
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: no installer, only the zip")
        return artifacts
    defines = {"AppVersion": version, "SourceDir": folder, "OutputDir": dist, "IconFile": assets.ico}
    command = [str(iscc), "/Q", *[f"/D{k}={v}" for k, v in defines.items()], str(HERE / "reader-app.iss")]
    subprocess.run(command, check=True)
    artifacts.append(dist / f"{APP_ID}-{version}-setup.exe")
    return artifacts


def _inno_setup_compiler() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "C:/") / "Inno Setup 6" / "ISCC.exe"
        if candidate.is_file():
            return candidate
    return None
