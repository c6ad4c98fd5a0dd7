"""Annotate › Labels…: open the label editor, store the set it saves as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from reader_app.core.model import Label
from reader_app.services import labels as label_service
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.controllers.undo_commands import _Command
from reader_app.ui.dialogs.labels import LabelDialog
from reader_app.ui.hub import Change
from reader_app.ui.i18n import tr


class SaveLabelsCommand(_Command):
    """Undo puts the previous label set back (a label added since has no annotations once those are undone)."""

    def __init__(self, runner: ActionRunner, before: list[Label], after: list[Label]) -> None:
        super().__init__(runner, 0, tr("Edit labels"))
        self._before = before
        self._after = after

    def _revert(self) -> bool:
        return self._run(label_service.save_labels, self._before, change=Change.LABELS).ok

    def _apply(self) -> bool:
        return self._run(label_service.save_labels, self._after, change=Change.LABELS).ok


class LabelController(QObject):
    def __init__(self, runner: ActionRunner, undo_stack: QUndoStack, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._undo_stack = undo_stack
        self._window = window
        self.dialog: LabelDialog | None = None

    def open_dialog(self, taken_shortcuts: dict[str, str]) -> LabelDialog:
        """The editor, shown without blocking (tests and the analyst answer it the same way)."""
        labels = self._runner.run(label_service.labels).value or []
        usage = self._runner.run(label_service.usage).value or {}
        self.dialog = LabelDialog(labels, usage, taken_shortcuts, self._window)
        self.dialog.save_requested.connect(self.save)
        self.dialog.setEnabled(not self._runner.read_only)
        self.dialog.open()
        return self.dialog

    @Slot(list)
    def save(self, wanted: list[Label]) -> bool:
        before = self._runner.run(label_service.labels).value or []
        if wanted == before:
            return True
        done = self._runner.run(label_service.save_labels, wanted, change=Change.LABELS)
        if done.ok:
            self._undo_stack.push(SaveLabelsCommand(self._runner, before, done.value))
        return done.ok


def shortcuts_of(actions, skip) -> dict[str, str]:
    """Every key the window's other actions use (portable text -> action name), so a label cannot take one."""
    taken: dict[str, str] = {}
    for action in actions:
        if action in skip:
            continue
        for key in action.shortcuts():
            taken[key.toString(QKeySequence.SequenceFormat.PortableText)] = action.text().replace("&", "")
    return taken
