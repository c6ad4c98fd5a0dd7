"""The self-test's desktop check: it names the system library the real platform plugin lacks, and opens a display."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader_app.ui.startup import platform_check

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin and ldd are Linux's")


def _build(tmp_path: Path, name: str, source: str, *link: str) -> Path:
    src = tmp_path / f"{name}.c"
    src.write_text(source, encoding="utf-8")
    out = tmp_path / name
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out), str(src), *link], check=True, capture_output=True)
    return out


@linux_only
@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("ldd") is None, reason="needs gcc and ldd")
def test_a_library_the_loader_cannot_find_is_named_with_its_package(tmp_path):
    # A real shared object that needs a library which is then removed: what a missing libxcb-cursor0 looks like.
    soname = "libreader-probe-dep.so.0"
    dep = _build(tmp_path, soname, "int dep(void) { return 1; }", f"-Wl,-soname,{soname}")
    user = _build(
        tmp_path, "libplugin.so", "int dep(void); int use(void) { return dep(); }", str(dep), f"-Wl,-rpath,{tmp_path}"
    )
    assert platform_check.missing_libraries([user]) == []
    dep.unlink()
    missing = platform_check.missing_libraries([user])
    assert missing == [soname]
    assert soname in platform_check.install_hint(missing)


def test_the_hint_names_the_debian_packages():
    hint = platform_check.install_hint(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-icccm.so.4"])
    assert hint == "sudo apt-get install libxcb-cursor0 libxcb-icccm4"


@linux_only
def test_this_machine_has_every_library_the_window_needs():
    # .ci/run installs them; a fresh Debian/Ubuntu needs the packages the README names.
    ok, message = platform_check.check_xcb_libraries()
    assert ok, message


def test_no_display_means_no_probe(monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("Windows and macOS always have a desktop platform")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert platform_check.probe_display() is None


@linux_only
def test_a_display_that_does_not_answer_is_reported_in_one_line(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":187")  # no X server listens there
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    ok, message = platform_check.probe_display()
    assert not ok
    assert "could not connect to display :187" in message
    assert "\n" not in message


@linux_only
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (Debian package xvfb) for a real X display")
def test_the_real_window_system_opens_on_a_real_x_server(monkeypatch, tmp_path):
    display = 180 + os.getpid() % 50
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-nolisten", "tcp", "-screen", "0", "800x600x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{display}")
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.05)
        if not socket.exists():
            pytest.skip(f"Xvfb did not start on :{display}")
        monkeypatch.setenv("DISPLAY", f":{display}")
        ok, message = platform_check.probe_display()
        assert ok, message
        assert "'xcb'" in message
    finally:
        server.terminate()
        server.wait(timeout=10)
