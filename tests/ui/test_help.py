"""Help: the Keyboard Shortcuts window (Ctrl+/ and F1) lists every key of the window; the Guide opens as text."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from reader_app.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog


def _press(qtbot, window, key: str) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(window.reader, sequence.key(), sequence.keyboardModifiers())


def _open_shortcuts(qtbot, window, key: str) -> KeyboardShortcutsDialog:
    _press(qtbot, window, key)
    qtbot.waitUntil(lambda: window.findChild(KeyboardShortcutsDialog) is not None)
    dialog = window.findChild(KeyboardShortcutsDialog)
    assert dialog.isVisible()
    return dialog


def test_f1_and_ctrl_slash_list_every_key_the_window_has(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "library.sqlite3")
    dialog = _open_shortcuts(qtbot, window, "F1")
    listed = {keys for _menu, _command, keys in dialog.rows()}
    every = {
        ", ".join(
            dict.fromkeys(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
            )
        )
        for action in window.findChildren(QAction)
        if any(not k.isEmpty() for k in action.shortcuts())
    }
    assert every <= listed, every - listed
    assert ("Annotate", "Tag as Company", "Ctrl+1") in dialog.rows()
    assert ("View", "Next Article", "Alt+Down") in dialog.rows()
    dialog.filter.setText("zoom")
    dialog.filter.setText("larger")
    assert [row[1] for row in dialog.rows()] == ["Larger Text"]
    dialog.close()  # deletes itself, so the next one lists the keys as they are then
    qtbot.waitUntil(lambda: window.findChild(KeyboardShortcutsDialog) is None)
    assert _open_shortcuts(qtbot, window, "Ctrl+/").isVisible()


def test_the_list_follows_the_labels(qtbot, make_window, tmp_path):
    from dataclasses import replace

    window = make_window(tmp_path / "library.sqlite3")
    labels = list(window.labels.values())
    window.label_editor.save([replace(labels[0], display_name="Firm", shortcut="Alt+1"), *labels[1:]])
    rows = window.show_keyboard_shortcuts().rows()
    assert ("Annotate", "Tag as Firm", "Alt+1") in rows
    assert not any(command == "Tag as Company" for _menu, command, _keys in rows)


def test_help_guide_opens_the_bundled_guide_as_safe_text(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "library.sqlite3")
    dialog = window.show_guide()
    text = dialog.view.toPlainText()
    assert "Working with Reader" in text and "Labels of your own" in text
    assert "**" not in text  # rendered, not shown as Markdown source
    assert window.actions.guide in window.menuBar().actions()[-1].menu().actions()
