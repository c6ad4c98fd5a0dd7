"""Korean and English interface: every string in the catalogue and translated, no bare literal in a Qt text setter."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UI_DIR = REPO / "reader_app" / "ui"
CATALOGUE = REPO / "resources" / "i18n" / "reader_ko.ts"
HANGUL = re.compile(r"[가-힣]")


def _extractor():
    path = REPO / "packaging" / "extract_translations.py"
    spec = importlib.util.spec_from_file_location("extract_translations", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_tr_literal_is_in_the_catalogue_and_translated():
    from reader_app.ui.translation import read_catalogue

    messages, problems = _extractor().extract(UI_DIR)
    assert len(messages) > 200  # the extractor really found the interface's strings
    assert problems == [], "tr() of an f-string or a sum is never found in the catalogue: use tr('… {0}').format()"
    translated = read_catalogue(CATALOGUE)
    missing = [m.source for m in messages if not translated.get((m.context, m.source), "").strip()]
    assert missing == [], (
        f"{len(missing)} strings are not translated, e.g. {missing[:5]}: run python packaging/extract_translations.py "
        "and translate the entries marked unfinished in resources/i18n/reader_ko.ts"
    )


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def _keys(text: str) -> list[str]:
    return sorted(re.findall(r"\b(?:Ctrl|Shift|Alt)\+[A-Za-z0-9=+-]+|\bF\d+(?![A-Za-z0-9])|--db\b", text))


def test_translations_keep_placeholders_keys_and_mnemonics():
    from reader_app.ui.translation import read_catalogue

    broken = []
    for (_context, source), translation in read_catalogue(CATALOGUE).items():
        if _placeholders(source) != _placeholders(translation):
            broken.append(("placeholders", source, translation))
        if _keys(source) != _keys(translation):
            broken.append(("keys", source, translation))
        if ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")):
            broken.append(("mnemonic", source, translation))
        if source.count("\n") != translation.count("\n"):
            broken.append(("line breaks", source, translation))
    assert broken == []


# Qt calls that put text on screen, and which of their arguments are text (None: every argument).
TEXT_SETTERS = {
    name: None
    for name in (
        "setText setWindowTitle setToolTip setPlaceholderText setStatusTip setWhatsThis addMenu setTitle "
        "setLabelText setInformativeText setDetailedText addTab setTabText setHeaderLabels "
        "setHorizontalHeaderLabels setVerticalHeaderLabels addItem addItems addButton setWindowIconText "
        "message_box ask getText getItem getInt getOpenFileName getOpenFileNames getSaveFileName "
        "getExistingDirectory setSuffix setPrefix setSpecialValueText insertItem setItemText setButtonText "
        "addAction addRow"
    ).split()
}
TEXT_SETTERS["show_message"] = (0,)  # (text, kind)
TEXT_WIDGETS = {"QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QMenu"}
MESSAGE_BOX_CALLS = {"information", "warning", "critical", "question", "about"}
TEXT_KEYWORDS = {"text", "title", "toolTip", "statusTip", "placeholderText", "windowTitle"}


def _is_visible_literal(node: ast.expr) -> bool:
    """A literal a person would read: it has a word (an ISO date example, a #rrggbb colour or "—" is not one)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if re.fullmatch(r"#[0-9a-fA-F]{3,8}", node.value.strip()):
            return False
        return bool(re.search(r"[A-Za-z]{2,}|[가-힣]", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_is_visible_literal(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _is_visible_literal(node.left) or _is_visible_literal(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_visible_literal(item) for item in node.elts)
    return False


def bare_literals(source: str, filename: str = "<test>") -> list[str]:
    """Text setters given a string literal instead of tr(...), as file:line: call(literal)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in TEXT_SETTERS or name in TEXT_WIDGETS:
            positions = TEXT_SETTERS.get(name)
            args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        elif name in MESSAGE_BOX_CALLS and isinstance(func, ast.Attribute) and ast.unparse(func.value) == "QMessageBox":
            args = list(node.args)
        else:
            continue
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        found += [f"{filename}:{node.lineno}: {name}({ast.unparse(a)[:60]})" for a in args if _is_visible_literal(a)]
    return found


def test_the_scan_finds_bare_literals_and_passes_translated_ones():
    code = (
        'label.setText("Hello there")\n'
        'box = QMessageBox.warning(self, "Oops", tr("Bad"))\n'
        'menu = bar.addMenu(f"&File {n}")\n'
        'QPushButton("Go on", self)\n'
        'button.setToolTip(tr("Fine"))\n'
        'edit.setPlaceholderText("2020-06-05T15:32:39")\n'
        'colour.setPlaceholderText("#2f7fd8")\n'
        'bar.show_message(tr("Done"), "info")\n'
    )
    assert [line.split(": ", 1)[1] for line in bare_literals(code)] == [
        "setText('Hello there')",
        "warning('Oops')",
        "addMenu(f'&File {n}')",
        "QPushButton('Go on')",
    ]


def test_no_qt_text_setter_gets_an_untranslated_literal():
    found = []
    for path in sorted(UI_DIR.rglob("*.py")):
        found += bare_literals(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert found == [], "wrap these in tr(): " + "; ".join(found)


def test_extractor_keeps_translations_adds_new_strings_and_marks_gone_ones(tmp_path):
    extractor = _extractor()
    ui = tmp_path / "reader_app" / "ui"
    ui.mkdir(parents=True)
    (ui / "pane.py").write_text('a = tr("Open")\nb = tr("Close")\nc = tr_noop("Later")\n', encoding="utf-8")
    catalogue = tmp_path / "reader_ko.ts"
    messages, _ = extractor.extract(ui)
    extractor.write_catalogue(extractor.merge(messages, {}), catalogue)
    unfinished = '<source>Open</source>\n      <translation type="unfinished" />'
    done = "<source>Open</source><translation>열기</translation>"
    text = catalogue.read_text(encoding="utf-8").replace(unfinished, done)
    assert "열기" in text
    catalogue.write_text(text, encoding="utf-8")
    (ui / "pane.py").write_text('a = tr("Open")\nd = tr("New one")\n', encoding="utf-8")
    messages, _ = extractor.extract(ui)
    merged = extractor.merge(messages, extractor.read_catalogue(catalogue))
    states = {e.source: (e.translation, e.state) for entries in merged.values() for e in entries}
    assert states == {"Open": ("열기", ""), "New one": ("", "unfinished")}
    extractor.write_catalogue(merged, catalogue)
    from reader_app.ui.translation import read_catalogue

    assert read_catalogue(catalogue) == {("Reader", "Open"): "열기"}


def test_language_follows_the_system_unless_chosen():
    from PySide6.QtCore import QLocale

    from reader_app.ui import translation

    korean, english = QLocale(QLocale.Language.Korean), QLocale(QLocale.Language.English)
    assert translation.resolve(translation.SYSTEM, korean) == "ko"
    assert translation.resolve(translation.SYSTEM, english) == "en"
    assert translation.resolve(translation.ENGLISH, korean) == "en"
    assert translation.resolve(translation.KOREAN, english) == "ko"


@pytest.fixture
def korean(qapp):
    from reader_app.ui import translation

    translation.install(translation.KOREAN, qapp)
    yield
    translation.install(translation.ENGLISH, qapp)


def test_the_real_window_starts_in_korean(make_window, tmp_path, korean):
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["파일(&F)", "편집(&E)", "주석(&A)"]
    assert all(HANGUL.search(text) for text in menus), menus
    actions = {action.objectName(): action for action in window.findChildren(type(window.menuBar().actions()[0]))}
    importing = actions["actionImport"]
    assert importing.text() == "기사 가져오기…"
    assert importing.shortcut().toString() == "Ctrl+O"  # the key survives translation
    tag_company = next(a for a in actions.values() if a.shortcut().toString() == "Ctrl+1")
    assert tag_company.text() == "기업 태그"  # "{0}" filled with the built-in label's Korean name
    undo = window.undo_stack.createUndoAction(window)
    assert HANGUL.search(undo.text()), undo.text()  # Qt's own strings come from the qtbase catalogue


def test_preferences_store_the_language_for_the_next_start(qtbot, qt_settings, tmp_path):
    from reader_app.ui import translation
    from reader_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(tmp_path / "lib.sqlite3")
    qtbot.addWidget(dialog)
    box = dialog.language
    assert [box.itemData(i) for i in range(box.count())] == ["system", "en", "ko"]
    assert box.itemText(2) == "한국어"
    box.setCurrentIndex(2)
    assert dialog.save() is True  # changed: the window says it applies on restart
    assert translation.chosen_language() == "ko"
    assert translation.resolve(translation.chosen_language()) == "ko"
