"""Opening the window on a damaged library: it was moved aside; offer the newest good backup or an empty start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reader_app import APP_NAME
from reader_app.services import backups
from reader_app.services.library import MissingLibrary
from reader_app.services.recovery import BrokenLibrary, LibraryBroken
from reader_app.ui.i18n import tr


def ask_restore(broken: BrokenLibrary) -> bool:
    """True to restore the newest good backup, False to start with an empty library."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, tr("Your library could not be opened: it is damaged."))
    box.setObjectName("recoveryDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths and problems quote file names
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


RESTORE, START_EMPTY, QUIT = "restore", "start-empty", "quit"


def ask_about_missing(missing: MissingLibrary) -> str:
    """RESTORE, START_EMPTY or QUIT for a library that was here before and is gone."""
    aside = missing.moved_aside
    if aside is not None and aside.reason == "broken":
        heading = tr("Your library was damaged, and Reader moved it aside.")
        found = tr(" Reader found: {0}.").format(aside.problem) if aside.problem else ""
        detail = tr("On {0} Reader could not read {1}, so it moved the file to {2}; nothing was deleted.{3}").format(
            aside.when, missing.path, aside.path, found
        )
    elif aside is not None:
        heading = tr("A restore of your library did not finish.")
        detail = tr("The library it was replacing is kept as {0}. Restore a backup, or quit and rename it back.")
        detail = detail.format(aside.path)
    else:
        heading = tr("Your library is missing.")
        detail = tr(
            "Reader opened {0} before (last on {1} UTC), but the file is not there now. If you moved it, quit and "
            "start Reader with --db and its new place."
        ).format(missing.path, missing.last_opened[:16].replace("T", " "))
    if missing.newest_backup is not None:
        detail += "\n\n" + tr("The newest good backup is {0}.").format(missing.newest_backup)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, heading)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("missingLibraryDialog")
    box.setInformativeText(detail)
    restore = box.addButton(tr("Restore Newest Backup"), QMessageBox.ButtonRole.AcceptRole)
    restore.setEnabled(missing.newest_backup is not None)
    empty = box.addButton(tr("Start Empty Library"), QMessageBox.ButtonRole.DestructiveRole)
    quit_ = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore if missing.newest_backup is not None else quit_)
    box.setEscapeButton(quit_)
    box.exec()
    return {id(restore): RESTORE, id(empty): START_EMPTY}.get(id(box.clickedButton()), QUIT)


def open_window(
    db_path: Path,
    *,
    read_only: bool | None = None,
    allow_new: bool = False,
    ask: Callable[[BrokenLibrary], bool] = ask_restore,
    ask_missing: Callable[[MissingLibrary], str] = ask_about_missing,
):
    """The main window on db_path, or None when the analyst chose to quit.

    A damaged library is set aside first and the newest good backup offered; a library that is missing
    although it was opened here before is never silently replaced by an empty one.
    """
    from reader_app.ui.main_window import build_main_window

    try:
        return build_main_window(db_path, read_only=read_only, allow_new=allow_new, remember=True)
    except LibraryBroken as exc:
        broken = exc.broken
    except MissingLibrary as exc:
        choice = ask_missing(exc)
        if choice == QUIT:
            return None
        if choice == RESTORE and exc.newest_backup is not None:
            backups.restore(exc.newest_backup, db_path)
        window = build_main_window(db_path, read_only=read_only, allow_new=True, remember=True)
        if choice == RESTORE:
            note = tr("The missing library was restored from {0}.").format(exc.newest_backup)
        else:
            note = tr("Started an empty library where the missing one was.")
        window.message_bar.show_message(note, "info")
        return window
    restored = broken.backup is not None and ask(broken)
    if restored:
        backups.restore(broken.backup.path, db_path)
    # The damaged file was moved aside: what opens now is the restored copy or, by choice, an empty library.
    window = build_main_window(db_path, read_only=read_only, allow_new=True, remember=True)
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
