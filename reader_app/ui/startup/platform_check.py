"""Will the window open on this desktop? Checks the real Qt platform plugin, not only the offscreen one.

On a fresh Debian/Ubuntu the xcb plugin that PySide6 ships needs system libraries (libxcb-cursor0,
libxcb-icccm4, …) that a pip install cannot bring; without them Qt aborts at start with a message that names
neither the library nor the package. `missing_libraries` asks the dynamic loader (`ldd`) which libraries the
plugin cannot find, without loading it, so it works with no display. `probe_display` starts a child process on
the real platform when a display is there: a plugin that fails to load aborts the child, never the caller.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

# The environment variable that makes `reader-app` act as the probe child (works in a frozen bundle too).
PROBE_ENV = "READER_APP_PLATFORM_PROBE"
PROBE_TIMEOUT_S = 20.0

# Library sonames of Qt's xcb plugin and the Debian/Ubuntu packages that hold them.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def xcb_plugin_files() -> list[Path]:
    """The xcb platform plugin and Qt's xcb support library, where this Qt has them."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    libs = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    return [p for p in (plugins, *sorted(libs.glob("libQt6XcbQpa.so*"))) if p.is_file()]


def missing_libraries(files: list[Path]) -> list[str] | None:
    """Sonames the dynamic loader cannot find for these files; None when `ldd` is not available to ask."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    missing: list[str] = []
    for path in files:
        try:
            out = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.TimeoutExpired):
            return None
        missing += [name for name in dict.fromkeys(_NOT_FOUND.findall(out)) if name not in missing]
    return missing


def install_hint(missing: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES.get(name, "") for name in missing} - {""})
    unknown = [name for name in missing if name not in DEBIAN_PACKAGES]
    hint = f"sudo apt-get install {' '.join(packages)}" if packages else ""
    if unknown:
        hint += ("; also " if hint else "") + f"the package that provides {', '.join(unknown)}"
    return hint


def check_xcb_libraries() -> tuple[bool, str]:
    """(ok, message) for the self-test: on Linux the window needs the xcb plugin's libraries."""
    if not sys.platform.startswith("linux"):
        return True, f"desktop platform libraries: nothing to check on {sys.platform}"
    files = xcb_plugin_files()
    if not files:
        return True, "desktop platform libraries: this Qt has no xcb plugin (Wayland only)"
    missing = missing_libraries(files)
    if missing is None:
        return True, "desktop platform libraries: not checked (ldd is not available)"
    if missing:
        return False, (
            f"desktop platform: Qt's xcb plugin cannot load, missing {', '.join(missing)}; "
            f"the window will not open on X11 until you install them ({install_hint(missing)})"
        )
    return True, f"desktop platform libraries: all present for {files[0].name}"


def has_display() -> bool:
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have their desktop platform


def probe_display() -> tuple[bool, str] | None:
    """Open the real platform plugin in a child process; None when there is no display to open it on."""
    if not has_display():
        return None
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env[PROBE_ENV] = "1"
    # A frozen bundle is its own interpreter: the variable alone turns it into the probe.
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "reader_app"]
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return False, f"desktop platform: no answer from the platform plugin in {PROBE_TIMEOUT_S:.0f} s"
    except OSError as exc:
        return False, f"desktop platform: could not start the probe ({exc})"
    answer = done.stdout.strip().splitlines()
    if done.returncode == 0 and answer and answer[-1].startswith("platform "):
        return True, f"desktop platform: window system '{answer[-1].split(' ', 1)[1]}' opens"
    return False, f"desktop platform: Qt could not open the display: {_why(done.stderr) or f'exit {done.returncode}'}"


def _why(stderr: str) -> str:
    # Qt prints its generic "xcb-cursor0 is needed" advice after any xcb failure, even an unreachable display:
    # the loader's own answer (what is missing) and Qt's first specific line say more.
    missing = missing_libraries(xcb_plugin_files()) if sys.platform.startswith("linux") else None
    if missing:
        return f"missing {', '.join(missing)} ({install_hint(missing)})"
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    specific = [line for line in lines if "is needed to load" not in line]
    return specific[0] if specific else (lines[0] if lines else "")


def run_probe_child() -> int:
    """In the child: start Qt on the platform the desktop gives, say which one, and quit."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    print(f"platform {app.platformName()}", flush=True)
    return 0
