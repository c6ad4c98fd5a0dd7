"""File › Back Up Now and Restore from Backup…: backups by hand, and putting one back without leaving the app."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from reader_app.services import backups
from reader_app.services.backups import BackupInfo
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.controllers.automatic_backups import BackupTimer
from reader_app.ui.hub import Change, SignalHub
from reader_app.ui.i18n import tr, tr_noop
from reader_app.ui.panes.message_bar import MessageBar
from reader_app.ui.plain_text import ask

KIND_NAMES = {
    "auto": tr_noop("automatic"),
    "manual": tr_noop("by hand"),
    "premigration": tr_noop("before an upgrade"),
    "kept": tr_noop("kept after damage"),
}


def describe(info: BackupInfo) -> str:
    kind = tr(KIND_NAMES.get(info.kind, info.kind))
    return f"{info.created:%Y-%m-%d %H:%M:%S} · {kind} · {info.size / 1e6:.1f} MB"


class BackupMenu(QObject):
    """Puts its two actions just above Quit, in whichever menu holds Quit."""

    def __init__(
        self,
        runner: ActionRunner,
        hub: SignalHub,
        message_bar: MessageBar,
        undo_stack: QUndoStack,
        backup_timer: BackupTimer,
        quit_action: QAction,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._hub = hub
        self._message_bar = message_bar
        self._undo = undo_stack
        self._timer = backup_timer
        self._dialog_parent = parent
        self.back_up_now = QAction(tr("Back Up Now"), parent)
        self.back_up_now.setObjectName("actionBackUpNow")
        self.back_up_now.triggered.connect(self.make_backup)
        self.restore = QAction(tr("Restore from Backup…"), parent)
        self.restore.setObjectName("actionRestoreBackup")
        self.restore.triggered.connect(self.choose_backup)
        for menu in quit_action.associatedObjects():
            if hasattr(menu, "insertAction") and hasattr(menu, "insertSeparator"):
                menu.insertAction(quit_action, self.back_up_now)
                menu.insertAction(quit_action, self.restore)
                menu.insertSeparator(quit_action)
                break
        # A read-only window may share its library with another window: it must not swap the file under it.
        for action in (self.back_up_now, self.restore):
            action.setEnabled(not runner.read_only)

    @Slot()
    def make_backup(self) -> BackupInfo | None:
        done = self._runner.run(backups.backup_now)
        if done.ok and done.value is not None:
            self._hub.status.emit(tr("Backed up to {0}").format(done.value.path))
        return done.value

    @Slot()
    def choose_backup(self) -> None:
        found = self._runner.run(backups.backups_of).value or []
        if not found:
            self._message_bar.show_message(
                tr("There are no backups of this library yet (they go to {0}).").format(
                    self._runner.run(backups.backups_folder_of).value
                ),
                "info",
            )
            return
        labels = [describe(info) for info in found]
        label, ok = QInputDialog.getItem(
            self._dialog_parent, tr("Restore from Backup"), tr("Backup to restore:"), labels, 0, False
        )
        if not ok:
            return
        chosen = found[labels.index(label)]
        question = tr(
            "Replace the library with the backup from {0}?\n\nThe current library is kept beside it under a new "
            "name; nothing is deleted."
        )
        if ask(self._dialog_parent, tr("Restore from Backup"), question.format(f"{chosen.created:%Y-%m-%d %H:%M}")):
            self.restore_backup(chosen)

    def restore_backup(self, chosen: BackupInfo) -> bool:
        """Swap the library file under the open window, then show what the backup holds."""
        if self._runner.running:
            self._hub.error.emit(tr("Wait for the import to finish, then restore."))
            return False
        self._timer.wait()
        done = self._runner.run(backups.restore_open, chosen.path, change=Change.LIBRARY)
        if not done.ok:
            return False
        self._undo.clear()  # its steps refer to annotations of the file that was replaced
        self._timer.reset()
        previous = done.value
        kept = tr(" The previous library was kept as {0}.").format(previous) if previous else ""
        self._message_bar.show_message(
            tr("Restored the backup from {0}.").format(f"{chosen.created:%Y-%m-%d %H:%M}") + kept, "info"
        )
        return True
