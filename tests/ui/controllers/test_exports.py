"""Exporting without the window: the CSV is written through the runner; a bad place is a message, not a crash."""

from __future__ import annotations

import csv

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from reader_app.services import annotating
from reader_app.ui.controllers.exports import ExportController
from reader_app.ui.panes.reader_view import ReaderView
from reader_app.ui.window_actions import create_actions

TEXT = "Harlow Steel results\n\nHarlow Steel said profit rose, and Quay Metals may bid.\n"


def _controller(qtbot, runner, hub, labels) -> ExportController:
    host = QWidget()
    qtbot.addWidget(host)
    actions = create_actions(host, QUndoStack(host), labels)
    return ExportController(runner, hub, ReaderView(host), actions, host)


def test_it_writes_every_annotation_and_says_how_many(qtbot, library, hub, runner, labels, article_with_text, tmp_path):
    article_id = article_with_text(TEXT)
    annotating.tag_selection(library, article_id, "company", 22, 34)
    controller = _controller(qtbot, runner, hub, labels)
    out = tmp_path / "annotations.csv"
    with qtbot.waitSignal(hub.status) as said:
        assert controller.export_csv_to(out) == 1
    assert "Exported 1 annotations" in said.args[0]
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert [row["text"] for row in csv.DictReader(f)] == ["Harlow Steel"]


def test_a_folder_that_does_not_exist_is_one_line_on_the_message_bar(qtbot, hub, runner, labels, tmp_path):
    controller = _controller(qtbot, runner, hub, labels)
    assert controller.export_csv_to(tmp_path / "nowhere" / "out.csv") is None
    assert len(runner.errors) == 1 and "does not exist" in runner.errors[0]
