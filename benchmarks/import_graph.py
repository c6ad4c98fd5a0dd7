"""Print the import graph's health figures: cycles, upward imports, ui→storage imports, largest modules.

python benchmarks/import_graph.py [--package reader_app]

Counts every module-level and function-level `import` between reader_app modules (a deferred import is still a
dependency). Layers, lowest first: core, storage, services, ui; the app entry modules (reader_app/*.py) sit on
top. An "upward" import is one from a lower layer (or from ui) into a higher one, e.g. ui → reader_app.app.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = {"core": 0, "storage": 1, "services": 2, "ui": 3}
TOP = 4  # reader_app/cli.py, app.py, selftest.py ...: entry points over every layer
# The package's name and version (reader_app/__init__.py) and the resource finder sit under every layer.
FOUNDATION = {"", "paths"}


def module_name(path: Path, package_root: Path) -> str:
    parts = list(path.relative_to(package_root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """reader_app modules that `path` imports (`from a.b import c` counts a.b.c when that is a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def layer(name: str) -> int:
    inside = name.partition(".")[2]
    if inside in FOUNDATION:
        return -1
    return LAYERS.get(inside.split(".")[0], TOP)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", default="reader_app")
    parser.add_argument("--root", type=Path, default=ROOT, help="a checkout (e.g. an old commit, git archive'd)")
    args = parser.parse_args()
    package_root = args.root / args.package
    paths = {module_name(p, package_root): p for p in sorted(package_root.rglob("*.py"))}
    known = set(paths)
    graph = {name: imports_of(path, name, known) for name, path in paths.items()}

    found_cycles = cycles(graph)
    # Package __init__ modules re-export from below them; a package importing its own children is not "upward".
    upward = sorted(
        f"{a} -> {b}"
        for a, targets in graph.items()
        for b in targets
        if layer(b) > layer(a) and not b.startswith(a + ".")
    )
    ui_to_storage = sorted(
        f"{a} -> {b}" for a, targets in graph.items() for b in targets if layer(a) == 3 and layer(b) == 1
    )
    sizes = sorted(((len(p.read_text(encoding="utf-8").splitlines()), n) for n, p in paths.items()), reverse=True)
    ui_flat = sum(1 for p in (package_root / "ui").glob("*.py") if p.name != "__init__.py")

    print(f"modules: {len(paths)}   import edges: {sum(len(t) for t in graph.values())}")
    print(f"cycles (groups of modules importing each other): {len(found_cycles)}")
    for group in found_cycles:
        print("   ", " <-> ".join(group))
    print(f"upward imports (a lower layer importing a higher one): {len(upward)}")
    for edge in upward:
        print("   ", edge)
    print(f"ui -> storage imports: {len(ui_to_storage)} (in {len({e.split(' ')[0] for e in ui_to_storage})} files)")
    print(f"files directly in ui/ (not in a subpackage): {ui_flat}")
    print("largest modules (lines):")
    for lines, name in sizes[:5]:
        print(f"    {lines:5}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
