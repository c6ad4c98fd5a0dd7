"""A read-only window offers no way to write: every action is walked, and a write that slips through is a message."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from reader_app.services import importing
from reader_app.ui.main_window import build_main_window

TEXT = "Northwind Corvel said on Monday it may buy Hanbit Nuri, people familiar with the matter said.\n"

# Actions that only read, move around or leave: everything else in a read-only window must be disabled.
READING_ACTIONS = {
    "actionExportCsv",
    "actionExportArticleCsv",
    "actionExportAnnotations",  # writes a file, not the library
    "actionAgreementReport",  # reads annotations only
    "actionQuit",
    "actionUndo",
    "actionRedo",
    "actionNextSuggestion",
    "actionPreviousSuggestion",
    "actionShowFurniture",
    "actionFindArticle",
    "actionExploreLibrary",  # search, companies and annotations across the library: it only reads
    "actionCompanies",  # opens the registry for look-up; its editing is disabled (tested below)
    "actionPreferences",  # the annotator name lives in the user's settings, not in the library
    "actionAbout",
    "actionZoomIn",  # text size and moving between articles are the reader's, not the library's
    "actionZoomOut",
    "actionZoomReset",
    "actionNextArticle",
    "actionPreviousArticle",
    "actionKeyboardShortcuts",
    "actionGuide",
}


def _read_only_window(qtbot, tmp_path):
    setup = build_main_window(tmp_path / "library.sqlite3")
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    importing.import_paths(setup.library, [source])
    setup.close()
    window = build_main_window(tmp_path / "library.sqlite3", read_only=True)
    qtbot.addWidget(window)
    window.show()
    assert window.reader.article is not None
    return window


def _stored(path) -> tuple:
    con = sqlite3.connect(path)
    try:
        return (
            con.execute("SELECT text, encoding FROM article").fetchall(),
            con.execute("SELECT count(*) FROM company").fetchone()[0],
        )
    finally:
        con.close()


def _all_actions(window) -> list[QAction]:
    """Every action the analyst can reach: shortcuts on the window, menus (the encoding submenu too), toolbars."""
    found = {id(a): a for a in QWidget.actions(window)}  # window.actions is the Actions record
    for toolbar in window.findChildren(QToolBar):
        found.update((id(a), a) for a in toolbar.actions())
    for menu_action in window.menuBar().actions():
        stack = [menu_action.menu()]
        while stack:
            menu = stack.pop()
            if menu is None:
                continue
            for action in menu.actions():
                found[id(action)] = action
                stack.append(action.menu())
    return list(found.values())


def _reachable(action: QAction) -> bool:
    """Enabled, and not inside a disabled menu."""
    if not action.isEnabled():
        return False
    for owner in action.associatedObjects():
        menu_action = getattr(owner, "menuAction", None)
        if menu_action is not None and not menu_action().isEnabled():
            return False
    return True


def test_every_writing_action_is_disabled_in_a_read_only_window(qtbot, qt_settings, tmp_path):
    window = _read_only_window(qtbot, tmp_path)
    try:
        # Selecting another article re-enables article actions in a writable window; here it must not.
        window.hub.article_selected.emit(window.reader.article.id)
        writable = sorted(
            action.objectName() or action.text()
            for action in _all_actions(window)
            if not action.isSeparator() and action.menu() is None and _reachable(action)
            if action.objectName() not in READING_ACTIONS
        )
        assert writable == []
        assert not any(button.isEnabled() for button in window.suggestion_panel.accept_all_buttons.values())
    finally:
        window.close()


def test_reopen_with_encoding_in_a_read_only_window_is_a_message_not_an_escaped_error(qtbot, qt_settings, tmp_path):
    window = _read_only_window(qtbot, tmp_path)
    try:
        before = _stored(window.library.path)
        window.articles.reopen_with_encoding("cp949")  # what the menu ran while it stayed enabled
        assert "read-only" in window.message_bar.text
        assert _stored(window.library.path) == before
    finally:
        window.close()


def test_the_companies_dialog_of_a_read_only_window_looks_up_but_does_not_edit(qtbot, qt_settings, tmp_path):
    from reader_app.ui.dialogs.companies import CompanyDialog

    window = _read_only_window(qtbot, tmp_path)
    try:
        before = _stored(window.library.path)
        dialog = CompanyDialog(window.runner, window)
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() > 0  # the shipped registry is there to look up
        assert not dialog.add_button.isEnabled()
        assert not dialog.delete_button.isEnabled()
        dialog.add_company()  # what the button ran while it stayed enabled
        assert "read-only" in dialog.status.text()
        assert _stored(window.library.path) == before
    finally:
        window.close()


def test_dropping_files_on_a_read_only_window_imports_nothing(qtbot, qt_settings, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = _read_only_window(qtbot, tmp_path)
    try:
        dropped = tmp_path / "more.txt"
        dropped.write_text("Another headline\n\nSome text.\n", encoding="utf-8")
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(dropped))])
        event = QDropEvent(
            QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        window.dropEvent(event)
        assert not window.imports.running and not event.isAccepted()
        assert "read-only" in window.message_bar.text
    finally:
        window.close()
