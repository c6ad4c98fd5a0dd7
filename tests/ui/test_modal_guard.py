"""The conftest guard: a test that reaches a modal dialog fails at once and names it, instead of hanging."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox


def test_a_message_box_question_fails_the_test_instead_of_waiting(qapp):
    with pytest.raises(pytest.fail.Exception, match=r"modal dialog: QMessageBox\.question"):
        QMessageBox.question(None, "Title", "Really?")


def test_a_dialog_run_with_exec_fails_and_is_named(qtbot):
    dialog = QDialog()
    dialog.setObjectName("somethingToAsk")
    qtbot.addWidget(dialog)
    with pytest.raises(pytest.fail.Exception, match=r"QDialog\.exec \(somethingToAsk\)"):
        dialog.exec()


def test_a_window_action_that_opens_a_file_dialog_is_caught(make_window, tmp_path):
    window = make_window(tmp_path / "library.sqlite3")
    with pytest.raises(pytest.fail.Exception, match=r"QFileDialog\.exec \(saveFileDialog\)"):
        window.exports.choose_csv_export(article_only=False)
