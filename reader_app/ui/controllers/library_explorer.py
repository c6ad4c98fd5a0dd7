"""Opens the library explorer (search, companies, annotations) from a menu of its own."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from reader_app.services.library import Library
from reader_app.ui.hub import SignalHub
from reader_app.ui.i18n import tr
from reader_app.ui.panes.library_explorer import LibraryExplorer


class LibraryExplorerController(QObject):
    def __init__(self, library: Library, hub: SignalHub, window: QWidget) -> None:
        super().__init__(window)
        self._library = library
        self._hub = hub
        self._window = window
        self.explorer: LibraryExplorer | None = None  # built the first time it is asked for
        self.action = QAction(tr("Search and Explore Library…"), window)
        self.action.setObjectName("actionExploreLibrary")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action.triggered.connect(self.open)

    def install(self, menu_bar: QMenuBar) -> None:
        menu = QMenu(tr("&Library"), menu_bar)
        menu.addAction(self.action)
        existing = menu_bar.actions()
        if existing:  # before Help, which stays last
            menu_bar.insertMenu(existing[-1], menu)
        else:
            menu_bar.addMenu(menu)

    def open(self) -> LibraryExplorer:
        if self.explorer is None:
            self.explorer = LibraryExplorer(self._library, self._hub, self._window)
        self.explorer.open()
        return self.explorer

    def close(self) -> None:
        if self.explorer is not None:
            self.explorer.close()
