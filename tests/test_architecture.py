"""The layers stay apart: Qt only in reader_app/ui, peewee only in reader_app/storage, core imports neither."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reader_app"

QT_MODULES = {"PySide6", "qtawesome", "shiboken6"}
DB_MODULES = {"peewee", "playhouse", "sqlite3"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(subdir: str = "") -> list[Path]:
    return sorted((PACKAGE / subdir).rglob("*.py"))


def _top(name: str) -> str:
    return name.split(".")[0]


def test_qt_is_imported_only_by_the_ui_package():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules()
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        for name in _imports(path)
        if _top(name) in QT_MODULES
    ]
    assert offenders == []


def test_database_is_imported_only_by_the_storage_package():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules()
        if path.relative_to(PACKAGE).parts[0] != "storage"
        for name in _imports(path)
        if _top(name) in DB_MODULES
    ]
    assert offenders == []


def test_core_depends_on_no_other_layer():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules("core")
        for name in _imports(path)
        if name.startswith(("reader_app.storage", "reader_app.services", "reader_app.ui"))
    ]
    assert offenders == []


def test_storage_and_services_never_reach_up_into_the_ui():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for sub in ("storage", "services")
        for path in _modules(sub)
        for name in _imports(path)
        if name.startswith("reader_app.ui")
    ]
    assert offenders == []


def test_every_module_says_what_it_is_for():
    missing = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if path.stat().st_size and ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
