"""Collect every tr("…") literal in reader_app/ui into the Korean catalogue resources/i18n/reader_ko.ts.

Run after adding or changing interface strings: `python packaging/extract_translations.py`. It keeps every
translation already made, adds new strings as unfinished (empty translation), and marks strings the code no
longer uses as obsolete rather than deleting them, so a reworded string's old translation is still at hand.
Then translate the unfinished entries (any text editor, or Qt Linguist) and run it again;
tests/ui/test_translations.py fails while any is left. `--check` only reports (exit 1 when the catalogue is
behind the code).
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "reader_app" / "ui"
CATALOGUE = ROOT / "resources" / "i18n" / "reader_ko.ts"
DEFAULT_CONTEXT = "Reader"  # reader_app.ui.i18n.tr's default


@dataclass
class Message:
    context: str
    source: str
    files: list[str] = field(default_factory=list)


@dataclass
class Entry:
    source: str
    translation: str
    state: str  # "", "unfinished" or "obsolete"
    files: list[str]


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def tr_calls(tree: ast.AST):
    """Every tr(...) and tr_noop(...) call in a module, as (call node, text or None when not a literal, context).

    tr(name) with a variable is fine when the value was marked with tr_noop("…") where it is defined.
    """
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in ("tr", "tr_noop") or not node.args:
            continue
        context_node = node.args[1] if len(node.args) > 1 else None
        for keyword in node.keywords:
            if keyword.arg == "context":
                context_node = keyword.value
        context = DEFAULT_CONTEXT if context_node is None else _literal(context_node)
        yield node, _literal(node.args[0]), context


def extract(ui_dir: Path = UI_DIR) -> tuple[list[Message], list[str]]:
    """The tr() literals under ui_dir in source order, and the calls that are not literals (file:line)."""
    messages: dict[tuple[str, str], Message] = {}
    problems: list[str] = []
    for path in sorted(ui_dir.rglob("*.py")):
        relative = path.relative_to(ui_dir.parents[1]).as_posix()  # reader_app/ui/…
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = sorted(tr_calls(tree), key=lambda item: (item[0].lineno, item[0].col_offset))
        for node, text, context in calls:
            if isinstance(node.args[0], (ast.JoinedStr, ast.BinOp)) or context is None:
                # an f-string or a sum is never in the catalogue: tr("… {0}").format(value) is
                problems.append(f"{relative}:{node.lineno}: tr() needs a literal with {{0}} placeholders")
                continue
            if text is None:
                continue
            message = messages.setdefault((context, text), Message(context, text))
            if relative not in message.files:
                message.files.append(relative)
    return list(messages.values()), problems


def read_catalogue(path: Path = CATALOGUE) -> dict[tuple[str, str], Entry]:
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], Entry] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            translation = (node.text or "") if node is not None else ""
            state = (node.get("type") or "") if node is not None else "unfinished"
            files = [loc.get("filename", "") for loc in message.iter("location")]
            entries[(name, source)] = Entry(source, translation, state, files)
    return entries


def merge(messages: list[Message], old: dict[tuple[str, str], Entry]) -> dict[str, list[Entry]]:
    """The new catalogue by context: current strings in source order, then obsolete ones."""
    contexts: dict[str, list[Entry]] = {}
    seen = set()
    for message in messages:
        key = (message.context, message.source)
        seen.add(key)
        previous = old.get(key)
        translation = previous.translation if previous else ""
        state = "" if translation.strip() else "unfinished"
        if previous and previous.state == "unfinished" and translation.strip():
            state = "unfinished"  # a translator's draft stays marked until they clear the mark
        contexts.setdefault(message.context, []).append(Entry(message.source, translation, state, message.files))
    for key, entry in old.items():
        if key not in seen and entry.translation.strip():
            contexts.setdefault(key[0], []).append(Entry(entry.source, entry.translation, "obsolete", []))
    return contexts


def write_catalogue(contexts: dict[str, list[Entry]], path: Path = CATALOGUE) -> None:
    root = ET.Element("TS", version="2.1", language="ko_KR", sourcelanguage="en_US")
    for name, entries in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in entries:
            message = ET.SubElement(context, "message")
            for filename in entry.files:
                # File names only, no line numbers: every edit elsewhere in a file would otherwise churn the catalogue.
                ET.SubElement(message, "location", filename=f"../../{filename}")
            ET.SubElement(message, "source").text = entry.source
            translation = ET.SubElement(message, "translation")
            if entry.state:
                translation.set("type", entry.state)
            translation.text = entry.translation
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 when anything is untranslated")
    args = parser.parse_args(argv)
    messages, problems = extract()
    for problem in problems:
        print(problem, file=sys.stderr)
    contexts = merge(messages, read_catalogue())
    unfinished = [e.source for entries in contexts.values() for e in entries if e.state == "unfinished"]
    if not args.check:
        write_catalogue(contexts)
        print(f"{CATALOGUE.relative_to(ROOT)}: {len(messages)} strings, {len(unfinished)} to translate")
    else:
        for source in unfinished:
            print(f"untranslated: {source!r}")
    return 1 if problems or (args.check and unfinished) else 0


if __name__ == "__main__":
    sys.exit(main())
