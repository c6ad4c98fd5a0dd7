"""The Learned dialog lists what the engine learned and forgets it undoably; Companies removes learned entries."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, companies, importing
from reader_app.ui.dialogs.companies import CompanyDialog
from reader_app.ui.dialogs.learned import LearnedDialog

TEXT = "Notes\n\nZentrix Robotics will supply sensors, people close to the talks hinted.\n"


def _learn_zentrix(library) -> None:
    doc = ParsedDocument(text=TEXT, title="Notes", format="txt", encoding="utf-8")
    article_id = importing.store_document(library, doc).article_id
    start = TEXT.index("Zentrix Robotics")
    annotating.tag_selection(
        library, article_id, "company", start, start + 16, fields={"canonical": "Zentrix Robotics"}
    )
    start = TEXT.index("Zentrix Robotics will")
    end = TEXT.index(".\n") + 1
    annotating.tag_selection(library, article_id, "speculation", start, end, fields={"cue": "hinted"})


def test_learned_dialog_forgets_and_undo_brings_back(qtbot, qtmodeltester, library, runner):
    _learn_zentrix(library)
    stack = QUndoStack()
    dialog = LearnedDialog(runner, stack)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model, force_py=True)
    kinds = [dialog.model.item(r).kind for r in range(dialog.model.rowCount())]
    assert kinds == ["company", "cue"]
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.forget_selected()
    assert companies.registry(library).get("Zentrix Robotics") is None
    assert dialog.model.rowCount() == 1 and dialog.changed
    stack.undo()
    assert companies.registry(library).get("Zentrix Robotics") is not None
    assert dialog.model.rowCount() == 2
    stack.redo()
    assert companies.registry(library).get("Zentrix Robotics") is None


def test_companies_dialog_removes_an_entry_learned_from_a_tag(qtbot, library, runner):
    _learn_zentrix(library)
    dialog = CompanyDialog(runner)
    qtbot.addWidget(dialog)
    dialog.search.setText("Zentrix")
    assert dialog.model.rowCount() == 1
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.delete_selected()
    assert companies.registry(library).get("Zentrix Robotics") is None
    assert dialog.model.rowCount() == 0
