"""File › Back Up Now and Restore from Backup…: backups by hand, and putting one back without leaving the app."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow

from reader_app.services import backups
from reader_app.services.backups import BackupInfo
from reader_app.services.errors import UserError
from reader_app.ui.i18n import tr
from reader_app.ui.plain_text import ask

KIND_NAMES = {
    "auto": "automatic",
    "manual": "by hand",
    "premigration": "before an upgrade",
    "kept": "kept after damage",
}


def describe(info: BackupInfo) -> str:
    kind = tr(KIND_NAMES.get(info.kind, info.kind))
    return f"{info.created:%Y-%m-%d %H:%M:%S} · {kind} · {info.size / 1e6:.1f} MB"


class BackupMenu(QObject):
    """Puts its two actions just above Quit, in whichever menu holds Quit."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.back_up_now = QAction(tr("Back Up Now"), window)
        self.back_up_now.setObjectName("actionBackUpNow")
        self.back_up_now.triggered.connect(self.make_backup)
        self.restore = QAction(tr("Restore from Backup…"), window)
        self.restore.setObjectName("actionRestoreBackup")
        self.restore.triggered.connect(self.choose_backup)
        quit_action = window.actions.quit
        for menu in quit_action.associatedObjects():
            if hasattr(menu, "insertAction") and hasattr(menu, "insertSeparator"):
                menu.insertAction(quit_action, self.back_up_now)
                menu.insertAction(quit_action, self.restore)
                menu.insertSeparator(quit_action)
                break
        # A read-only window may share its library with another window: it must not swap the file under it.
        for action in (self.back_up_now, self.restore):
            action.setEnabled(not window.library.read_only)

    def make_backup(self) -> BackupInfo | None:
        window = self._window
        try:
            made = backups.backup_now(window.library)
        except UserError as exc:
            window.hub.error.emit(str(exc))
            return None
        window.hub.status.emit(tr("Backed up to {0}").format(made.path))
        return made

    def choose_backup(self) -> None:
        window = self._window
        found = backups.list_backups(window.library.path)
        if not found:
            window.message_bar.show_message(
                tr("There are no backups of this library yet (they go to {0}).").format(
                    backups.backups_folder(window.library.path)
                ),
                "info",
            )
            return
        labels = [describe(info) for info in found]
        label, ok = QInputDialog.getItem(window, tr("Restore from Backup"), tr("Backup to restore:"), labels, 0, False)
        if not ok:
            return
        chosen = found[labels.index(label)]
        question = tr(
            "Replace the library with the backup from {0}?\n\nThe current library is kept beside it under a new "
            "name; nothing is deleted."
        )
        if ask(window, tr("Restore from Backup"), question.format(f"{chosen.created:%Y-%m-%d %H:%M}")):
            self.restore_backup(chosen)

    def restore_backup(self, chosen: BackupInfo) -> bool:
        """Swap the library file under the open window, then show what the backup holds."""
        window = self._window
        if window.imports.running:
            window.hub.error.emit(tr("Wait for the import to finish, then restore."))
            return False
        window.backup_timer.wait()
        try:
            previous = backups.restore_open(window.library, chosen.path)
        except UserError as exc:
            window.hub.error.emit(str(exc))
            return False
        window.undo_stack.clear()  # its steps refer to annotations of the file that was replaced
        window.backup_timer.reset()
        window.hub.article_selected.emit(0)
        window.hub.articles_changed.emit()
        kept = tr(" The previous library was kept as {0}.").format(previous) if previous else ""
        window.message_bar.show_message(
            tr("Restored the backup from {0}.").format(f"{chosen.created:%Y-%m-%d %H:%M}") + kept, "info"
        )
        return True
