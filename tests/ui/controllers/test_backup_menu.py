"""Back Up Now and Restore without the window: the controller is given the few objects it needs, nothing more."""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from reader_app.services import backups
from reader_app.services import library as library_service
from reader_app.ui.controllers.automatic_backups import BackupTimer
from reader_app.ui.controllers.backup_menu import BackupMenu
from reader_app.ui.panes.message_bar import MessageBar


def _menu(qtbot, library, hub, runner):
    host = QWidget()
    qtbot.addWidget(host)
    file_menu = QMenu(host)
    quit_action = QAction("Quit", host)
    file_menu.addAction(quit_action)
    undo = QUndoStack(host)
    message_bar = MessageBar(host)
    timer = BackupTimer(library, hub, host)
    menu = BackupMenu(runner, hub, message_bar, undo, timer, quit_action, host)
    return menu, file_menu, message_bar


def test_its_actions_sit_just_above_quit(qtbot, library, hub, runner):
    _menu_controller, file_menu, _bar = _menu(qtbot, library, hub, runner)
    names = [action.objectName() or action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert names == ["actionBackUpNow", "actionRestoreBackup", "Quit"]


def test_back_up_now_makes_a_verified_backup_and_says_where(qtbot, library, hub, runner, article_with_text):
    article_with_text("Orbit Lumen results\n\nOrbit Lumen said sales rose.\n")
    menu, _file_menu, _bar = _menu(qtbot, library, hub, runner)
    with qtbot.waitSignal(hub.status) as said:
        made = menu.make_backup()
    assert made is not None and made.path.exists()
    assert str(made.path) in said.args[0]
    assert [info.path for info in backups.list_backups(library.path)] == [made.path]


def test_restoring_puts_the_backup_back_and_announces_a_new_library(qtbot, library, hub, runner, article_with_text):
    article_with_text("Orbit Lumen results\n\nOrbit Lumen said sales rose.\n")
    menu, _file_menu, message_bar = _menu(qtbot, library, hub, runner)
    made = menu.make_backup()
    article_with_text("Tessel Works results\n\nTessel Works said sales fell.\n")
    assert library_service.article_count(library) == 2
    with qtbot.waitSignal(hub.articles_changed):
        assert menu.restore_backup(made)
    assert library_service.article_count(library) == 1
    assert "Restored the backup" in message_bar.label.text()
