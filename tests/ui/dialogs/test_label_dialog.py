"""Annotate › Labels…: the analyst adds and renames labels in the real window; keys, sidebar and undo follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reader_app.core.model import ParsedDocument
from reader_app.services import importing

TEXT = "Acme Corp may cut its dividend next year, a person familiar with the plan said.\n"


def _window_with_article(make_window, tmp_path):
    db = tmp_path / "library.sqlite3"
    window = make_window(db)
    doc = ParsedDocument(text=TEXT, title="Acme dividend", format="txt", encoding="utf-8")
    importing.store_document(window.library, doc)
    window.hub.articles_changed.emit()
    window.show()
    window.activateWindow()
    return window


def _select_and_press(qtbot, window, fragment: str, key: str) -> None:
    start = TEXT.index(fragment)
    window.reader.select_stored_span(start, start + len(fragment))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # window shortcuts need the active window
    window.reader.setFocus()
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(window.reader, sequence.key(), sequence.keyboardModifiers())


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_label_of_your_own_gets_its_key_its_field_and_is_undone(qtbot, make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    qtbot.waitUntil(lambda: window.reader.article is not None)
    dialog = window.edit_labels()
    dialog.add_button.click()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Risk")
    qtbot.keyClicks(dialog.field, "Severity")
    dialog.shortcut.setFocus()
    qtbot.keyClick(dialog.shortcut, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    _save(dialog)
    assert not dialog.isVisible()

    assert "risk" in window.actions.tag and window.actions.tag["risk"].text() == "Tag as Risk"
    assert "Ctrl+4 (risk)" in window.annotation_list.hint.text().replace("⌘", "Ctrl+")
    assert window.suggestion_panel.accept_all_buttons.keys() == {"company", "quote", "speculation", "risk"}
    _select_and_press(qtbot, window, "may cut its dividend", "Ctrl+4")
    model = window.annotation_list.model
    assert model.rowCount() == 1 and model.annotation(0).label == "risk"

    window.undo_stack.undo()  # the annotation
    window.undo_stack.undo()  # the label
    assert "risk" not in window.actions.tag and window.annotation_list.model.rowCount() == 0
    window.undo_stack.redo()
    assert window.actions.tag["risk"].shortcut().toString() == "Ctrl+4"


def test_renaming_a_built_in_moves_its_shortcut_and_the_old_key_stops_tagging(qtbot, make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    qtbot.waitUntil(lambda: window.reader.article is not None)
    dialog = window.edit_labels()
    dialog.list.setCurrentRow(0)
    assert not dialog.delete_button.isEnabled()  # built-ins are kept
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Firm")
    dialog.shortcut.setFocus()
    qtbot.keyClick(dialog.shortcut, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    _save(dialog)
    assert dialog.isVisible() and "File menu" in dialog.error.text()  # Alt+F opens the File menu
    qtbot.keyClick(dialog.shortcut, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    _save(dialog)
    assert not dialog.isVisible()

    _select_and_press(qtbot, window, "Acme Corp", "Ctrl+1")
    assert window.annotation_list.model.rowCount() == 0
    _select_and_press(qtbot, window, "Acme Corp", "Alt+1")
    model = window.annotation_list.model
    assert model.rowCount() == 1 and model.annotation(0).label == "company"
    assert window.actions.tag["company"].text() == "Tag as Firm"


def test_a_shortcut_another_action_uses_is_refused_in_the_dialog(qtbot, make_window, tmp_path):
    window = _window_with_article(make_window, tmp_path)
    dialog = window.edit_labels()
    dialog.list.setCurrentRow(2)
    dialog.shortcut.setFocus()
    qtbot.keyClick(dialog.shortcut, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Export
    _save(dialog)
    assert dialog.isVisible() and "Ctrl+E" in dialog.error.text()
    dialog.reject()
    assert window.actions.tag["speculation"].shortcut().toString() == "Ctrl+3"
