"""Tagging a company the registry does not know opens its name in place, with completion from the registry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from reader_app.services import annotating


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _editor(window) -> QLineEdit | None:
    editor = window.annotation_list.view.viewport().findChild(QLineEdit)
    return editor if editor is not None and editor.isVisible() else None


def _completions(editor: QLineEdit, prefix: str) -> list[str]:
    completer = editor.completer()
    completer.setCompletionPrefix(prefix)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# Typing shows the completion popup; the offscreen platform says it cannot raise it or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_an_unknown_company_opens_its_name_in_place_with_registry_completion(qtbot, make_window, tmp_path):
    text = "Zentrix Dynamics expands\n\nZentrix Dynamics opened a plant near Busan on Monday.\n"
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([_write(tmp_path, "z.txt", text)])
    stored_text = window.reader.article.text
    start = stored_text.index("Zentrix", 10)
    window.reader.select_stored_span(start, start + len("Zentrix Dynamics"))
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)

    (created,) = annotating.annotations_for(window.library, window.reader.article.id)
    assert created.fields.get("canonical", "") == ""  # not silently the selected text
    editor = _editor(window)
    assert editor is not None, "the company field opens in place"
    assert "Company" in editor.placeholderText()
    assert editor.completer() is not None
    assert "Woori Financial Group" in _completions(editor, "Woori Fin")
    korean = _completions(editor, "우리금융")
    assert any(c.startswith("우리금융지주") and "Woori Financial Group" in c for c in korean)

    qtbot.keyClicks(editor, "Zentrix Dynamics Co")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            annotating.annotations_for(window.library, created.article_id)[0].fields.get("canonical")
            == "Zentrix Dynamics Co"
        )
    )


def test_choosing_a_korean_name_from_the_completion_stores_the_canonical_name(qtbot, make_window, tmp_path):
    text = "새 합작사 출범\n\n한빛소재는 우리금융 계열사와 손잡았다.\n"
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([_write(tmp_path, "k.txt", text)])
    stored_text = window.reader.article.text
    start = stored_text.index("한빛소재")
    window.reader.select_stored_span(start, start + 4)
    window.actions.tag["company"].trigger()
    editor = _editor(window)
    assert editor is not None
    completer = editor.completer()
    completer.setCompletionPrefix("우리금융지")
    index = completer.completionModel().index(0, 0)
    assert index.data().startswith("우리금융지주")
    completer.activated[type(index)].emit(index)  # what a click on the completion does
    assert editor.text() == "Woori Financial Group"
