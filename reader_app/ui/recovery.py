"""Opening the window on a damaged library: it was moved aside; offer the newest good backup or an empty start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reader_app import APP_NAME
from reader_app.services import backups
from reader_app.services.recovery import BrokenLibrary, LibraryBroken
from reader_app.ui.i18n import tr


def ask_restore(broken: BrokenLibrary) -> bool:
    """True to restore the newest good backup, False to start with an empty library."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, tr("Your library could not be opened: it is damaged."))
    box.setObjectName("recoveryDialog")
    assert broken.backup is not None
    box.setInformativeText(
        tr(
            "It was moved aside to {0}; nothing was deleted.\n\nThe newest good backup is from {1}. Restore it, or "
            "start with an empty library (you can still restore later from File › Restore from Backup…)."
        ).format(broken.moved_to, f"{broken.backup.created:%Y-%m-%d %H:%M}")
    )
    box.setDetailedText(broken.problem)
    restore = box.addButton(tr("Restore Backup"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(tr("Start Empty Library"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(empty)
    box.exec()
    return box.clickedButton() is restore


def open_window(db_path: Path, *, read_only: bool | None = None, ask: Callable[[BrokenLibrary], bool] = ask_restore):
    """The main window on db_path; a damaged library is set aside first and the newest good backup offered."""
    from reader_app.ui.main_window import build_main_window

    try:
        return build_main_window(db_path, read_only=read_only)
    except LibraryBroken as exc:
        broken = exc.broken
    restored = broken.backup is not None and ask(broken)
    if restored:
        backups.restore(broken.backup.path, db_path)
    window = build_main_window(db_path, read_only=read_only)
    if restored:
        note = tr("The library was damaged and has been restored from the backup of {0}. The damaged file is {1}.")
        window.message_bar.show_message(note.format(f"{broken.backup.created:%Y-%m-%d %H:%M}", broken.moved_to), "info")
    else:
        note = tr("The library was damaged, so Reader started an empty one. The damaged file is kept as {0}.")
        if broken.backup is None:
            note = tr("The library was damaged and no good backup was found, so Reader started an empty one. ")
            note += tr("The damaged file is kept as {0}.")
        window.message_bar.show_message(note.format(broken.moved_to), "info")
    return window
