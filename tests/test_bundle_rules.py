"""packaging/bundle_rules.py leaves out what the app never loads, and nothing it does (on every platform's paths)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _load(name: str):
    # packaging/ is a folder of build scripts, not a package (and `packaging` is a PyPI name), so load by path.
    spec = importlib.util.spec_from_file_location(f"reader_build_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt6Gui.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "libpython3.11.so.1.0",
        "lxml/etree.cpython-311-x86_64-linux-gnu.so",
    ],
)
def test_what_the_app_loads_is_kept(dest):
    assert rules.keep_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "PySide6/Qt6Svg.dll",
        "PySide6/plugins/iconengines/qsvgicon.dll",
        "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
    ],
)
def test_what_the_app_never_loads_is_dropped(dest):
    assert not rules.keep_binary(dest)


def test_data_rules():
    assert rules.keep_data("qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf")
    assert rules.keep_data("resources/registry/companies.json")
    assert rules.keep_data("babel/locale-data/ko.dat") and rules.keep_data("babel/global.dat")
    assert not rules.keep_data("babel/locale-data/de_AT.dat")
    assert rules.keep_data("PySide6/Qt/translations/qtbase_ko.qm")  # the Korean interface's Qt buttons
    assert not rules.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not rules.keep_data("PySide6/Qt/translations/designer_ko.qm")
    assert not rules.keep_data("tld/tests/res/effective_tld_names_custom.dat.txt")


def test_libraries_only_dropped_plugins_needed_go_and_shared_ones_stay():
    links = {
        "/gtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0"],
        "/gtk.so": ["libglib-2.0.so.0"],
        "/core.so": ["libglib-2.0.so.0"],
        "/glib.so": [],
        "/ext.so": ["libQt6Core.so.6"],
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/gtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/gtk.so", "BINARY"),
        ("libglib-2.0.so.0", "/glib.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/core.so", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/ext.so", "EXTENSION"),
        ("libctypes-only.so", "/glib.so", "BINARY"),  # linked by nothing, but not a dropped plugin's: stays
    ]
    kept = {dest for dest, _src, _type in rules.select_binaries(binaries, lambda src: links.get(src, []))}
    assert kept == {"libglib-2.0.so.0", "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/QtCore.abi3.so", "libctypes-only.so"}


def test_links_to_removed_files_go_and_framework_folder_links_stay():
    toc = [
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/QtGui.framework/QtGui", "Versions/Current/QtGui", "SYMLINK"),
    ]
    kept = rules.drop_dangling_symlinks(toc, removed={"PySide6/Qt/lib/libQt6Svg.so.6"})
    assert [dest for dest, _t, _c in kept] == ["libQt6Gui.so.6", "PySide6/Qt/lib/QtGui.framework/QtGui"]


def test_windows_version_resource_carries_the_package_version():
    assets = _load("build_assets")
    from reader_app import __version__

    assert assets.app_version() == __version__
    text = assets.windows_version_text("1.2.3rc1")
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3rc1')" in text
    assert "StringStruct('OriginalFilename', 'reader-app.exe')" in text


def test_a_dropped_macos_framework_goes_whole():
    assert not rules.keep_data("PySide6/Qt/lib/QtSvg.framework/Resources/Info.plist")
    assert not rules.keep_binary("PySide6/Qt/lib/QtSvg.framework/QtSvg")  # the Versions/Current link
    assert rules.keep_data("PySide6/Qt/lib/QtGui.framework/Resources/Info.plist")
