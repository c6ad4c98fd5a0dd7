"""The wheel's package list in pyproject.toml names every package, so no module is left out of a release."""

from __future__ import annotations

from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parents[1]


def test_every_package_directory_is_listed_for_the_wheel():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {".".join(init.parent.relative_to(REPO).parts) for init in (REPO / "reader_app").rglob("__init__.py")}
    assert on_disk <= listed
    assert config["package-dir"]["reader_app.resources"] == "resources"


def test_every_named_resource_resolves():
    from reader_app.paths import resource_path

    for parts in [("icons", "reader-app.png"), ("styles", "app.qss"), ("samples",)]:
        assert resource_path(*parts).exists()
    samples = sorted(p.name for p in resource_path("samples").iterdir())
    assert any(name.startswith("ko-") for name in samples) and any(name.startswith("en-") for name in samples)
