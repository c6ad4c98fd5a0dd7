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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """reader_app module -> reader_app modules it imports, deferred (function-level) imports included."""
    paths = {_module_name(path): path for path in _modules()}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                candidates = [f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base for a in node.names]
            else:
                continue
            for target in candidates:
                while target and target not in paths:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    targets.add(target)
        graph[name] = targets
    return graph


def test_no_ui_module_reaches_below_the_services():
    offenders = [
        f"{name} imports {target}"
        for name, targets in _graph().items()
        if name.startswith("reader_app.ui")
        for target in targets
        if target.startswith("reader_app.storage")
    ]
    assert offenders == []


def test_no_module_imports_the_entry_points_above_it():
    """reader_app.app, cli*, selftest start the program; nothing inside the layers may import them."""
    entry = {"reader_app.app", "reader_app.cli", "reader_app.cli_backups", "reader_app.selftest", "reader_app.__main__"}
    offenders = [
        f"{name} imports {target}"
        for name, targets in _graph().items()
        if name.split(".")[1:2] and name.split(".")[1] in {"core", "storage", "services", "ui"}
        for target in targets
        if target in entry
    ]
    assert offenders == []


def test_there_are_no_import_cycles_between_modules():
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []
