"""Signing hooks: sign with the certificates CI secrets provide, and say plainly when a build is unsigned.

Windows: READER_SIGN_WINDOWS_PFX (path to a .pfx) and READER_SIGN_PASSWORD; signtool signs the executables
and the installer (READER_SIGN_TIMESTAMP_URL overrides the timestamp server).
macOS: READER_MACOS_IDENTITY (a "Developer ID Application: …" identity in the keychain); the spec hands it to
PyInstaller, which signs every binary and the .app with the hardened runtime; here the .dmg is signed, and
notarised and stapled when READER_NOTARY_APPLE_ID, READER_NOTARY_TEAM_ID and READER_NOTARY_PASSWORD are set.
Linux: READER_GPG_KEY (a key id in the gpg keyring) writes a detached .asc signature beside the tarball.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"


def how_to_sign() -> str:
    if sys.platform == "win32":
        return "set READER_SIGN_WINDOWS_PFX and READER_SIGN_PASSWORD to sign (Windows SmartScreen will warn)."
    if sys.platform == "darwin":
        return "set READER_MACOS_IDENTITY (and READER_NOTARY_*) to sign and notarise (ad-hoc signed only)."
    return "set READER_GPG_KEY to write a detached signature beside the tarball."


def _signtool() -> str | None:
    found = shutil.which("signtool")
    if found:
        return found
    # The Windows SDK is on GitHub's runners but not on PATH; take its newest x64 signtool.
    kits = os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")
    candidates = sorted(glob.glob(f"{kits}/Windows Kits/10/bin/*/x64/signtool.exe"))
    return candidates[-1] if candidates else None


def _windows_sign(paths: list[Path]) -> bool:
    pfx, password = os.environ.get("READER_SIGN_WINDOWS_PFX"), os.environ.get("READER_SIGN_PASSWORD")
    if not (pfx and password and paths):
        return False
    tool = _signtool()
    if tool is None:
        raise SystemExit("READER_SIGN_WINDOWS_PFX is set but signtool.exe was not found (install the Windows SDK)")
    timestamp = os.environ.get("READER_SIGN_TIMESTAMP_URL", DEFAULT_TIMESTAMP_URL)
    command = [tool, "sign", "/f", pfx, "/p", password, "/fd", "SHA256", "/tr", timestamp, "/td", "SHA256"]
    subprocess.run([*command, *map(str, paths)], check=True)
    print(f"signed {', '.join(p.name for p in paths)}")
    return True


def sign_executables(paths: list[Path]) -> bool:
    """Sign the built executables; True if they are signed with a real certificate."""
    if sys.platform == "win32":
        return _windows_sign(paths)
    if sys.platform == "darwin":
        return bool(os.environ.get("READER_MACOS_IDENTITY"))  # PyInstaller signed them (see the spec)
    return bool(os.environ.get("READER_GPG_KEY"))  # Linux executables are not signed; the tarball is


def _notarise(path: Path) -> None:
    apple_id, team, password = (os.environ.get(f"READER_NOTARY_{k}") for k in ("APPLE_ID", "TEAM_ID", "PASSWORD"))
    if not (apple_id and team and password):
        print(f"not notarised (READER_NOTARY_* unset): {path.name} will need a Gatekeeper override")
        return
    subprocess.run(
        ["xcrun", "notarytool", "submit", str(path), "--apple-id", apple_id, "--team-id", team,
         "--password", password, "--wait"],
        check=True,
    )  # fmt: skip
    subprocess.run(["xcrun", "stapler", "staple", str(path)], check=True)


def sign_artifacts(artifacts: list[Path]) -> bool:
    """Sign installers, disk images and tarballs; True if this platform's artifacts are signed."""
    if sys.platform == "win32":
        installers = [a for a in artifacts if a.suffix == ".exe"]
        return _windows_sign(installers) if installers else bool(os.environ.get("READER_SIGN_WINDOWS_PFX"))
    if sys.platform == "darwin":
        identity = os.environ.get("READER_MACOS_IDENTITY")
        if not identity:
            return False
        for dmg in (a for a in artifacts if a.suffix == ".dmg"):
            subprocess.run(["codesign", "--sign", identity, "--timestamp", str(dmg)], check=True)
            _notarise(dmg)
        return True
    key = os.environ.get("READER_GPG_KEY")
    if not key:
        return False
    for tarball in artifacts:
        subprocess.run(["gpg", "--batch", "--yes", "--local-user", key, "--armor", "--detach-sign", str(tarball)],
                       check=True)  # fmt: skip
    return True
