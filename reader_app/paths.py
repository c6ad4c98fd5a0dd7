"""Find bundled resources and the default library, from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from reader_app import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds icons, stylesheets, sample articles and word lists.

    Three layouts, tried in order: a PyInstaller bundle (data under sys._MEIPASS/resources),
    an installed wheel (copied into reader_app/resources by the build), a checkout (../resources).
    """
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    for candidate in candidates:
        if (candidate / "MANIFEST").is_file():
            return candidate
    raise FileNotFoundError(
        "Reader cannot find its resources folder (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstall the app."
    )


def resource_path(*parts: str) -> Path:
    """A bundled resource by name, e.g. resource_path("samples", "en-sample.md")."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Bundled resource missing: {'/'.join(parts)} (looked in {path.parent})")
    return path


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_library_path() -> Path:
    return default_data_dir() / "library.sqlite3"
