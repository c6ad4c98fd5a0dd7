"""The main window: lays out the panes, menus and toolbar, and wires actions to the controllers that run them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader_app import APP_NAME, __version__
from reader_app.services import library as library_service
from reader_app.services.importing import ImportReport
from reader_app.services.library import Library
from reader_app.ui import settings
from reader_app.ui.action_runner import ActionRunner
from reader_app.ui.controllers.annotations import AnnotationController
from reader_app.ui.controllers.articles import ArticleController
from reader_app.ui.controllers.automatic_backups import BackupTimer
from reader_app.ui.controllers.backup_menu import BackupMenu
from reader_app.ui.controllers.exchange import ExchangeController
from reader_app.ui.controllers.exports import ExportController
from reader_app.ui.controllers.external_changes import ExternalChanges
from reader_app.ui.controllers.imports import ImportController, dropped_items
from reader_app.ui.controllers.labels import LabelController, shortcuts_of
from reader_app.ui.controllers.library_explorer import LibraryExplorerController
from reader_app.ui.controllers.suggestion_review import SuggestionReviewController
from reader_app.ui.controllers.suggestions import SuggestionController
from reader_app.ui.controllers.tagging import TaggingController
from reader_app.ui.controllers.undo_navigation import UndoNavigator
from reader_app.ui.dialogs import annotator_name
from reader_app.ui.dialogs.companies import CompanyDialog
from reader_app.ui.dialogs.guide import GuideDialog
from reader_app.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog
from reader_app.ui.dialogs.preferences import PreferencesDialog
from reader_app.ui.hub import Change, SignalHub
from reader_app.ui.i18n import shown_label, tr
from reader_app.ui.icons import app_icon
from reader_app.ui.jobs.service_job import ServiceJob
from reader_app.ui.panes.annotation_list import AnnotationList
from reader_app.ui.panes.article_list import ArticleListPane
from reader_app.ui.panes.message_bar import MessageBar
from reader_app.ui.panes.reader_pane import ReaderPane
from reader_app.ui.panes.reader_view import DEFAULT_POINT_SIZE
from reader_app.ui.panes.sidebar import Sidebar
from reader_app.ui.panes.suggestion_panel import SuggestionPanel
from reader_app.ui.panes.welcome import WelcomePage
from reader_app.ui.plain_text import ask
from reader_app.ui.reading_width import ReadingWidthKeeper
from reader_app.ui.styles import apply_stylesheet
from reader_app.ui.theme import theme
from reader_app.ui.window_actions import Actions, create_actions, create_tag_actions

STATUS_MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.hub = SignalHub(self)
        self.undo_stack = QUndoStack(self)
        # Every user action runs through this one runner: errors to the message bar, changes to the hub.
        self.runner = ActionRunner(library, self.hub, self.statusBar(), self)
        self.labels = {label.name: shown_label(label) for label in library_service.labels(library)}
        self.annotations = AnnotationController(self.runner, self.hub, self.undo_stack, self)
        self.suggestion_review = SuggestionReviewController(self.runner, self.hub, self.undo_stack, self)
        self.suggestions = SuggestionController(library, self.hub, self)
        for controller in (self.annotations, self.suggestion_review):
            controller.ask_annotator = lambda: annotator_name.ask_once(self)

        # Qt appends the application display name ("— Reader") itself: the title names only the library.
        self.setWindowTitle(library.path.name)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        apply_stylesheet(self)
        theme().changed.connect(self._on_theme_changed)

        self.actions = create_actions(self, self.undo_stack, list(self.labels.values()))
        self._build_panes()
        self.imports = ImportController(self.runner, self.hub, self.statusBar(), self.message_bar, self)
        self.articles = ArticleController(library, self.runner, self.hub, self.undo_stack, self.message_bar, self)
        labels = list(self.labels.values())
        self.tagging = TaggingController(
            self.runner,
            self.hub,
            self.annotations,
            self.reader,
            self.annotation_list,
            self.suggestions,
            self.actions,
            labels,
            self,
        )
        self.undo_navigator = UndoNavigator(library, self.hub, self.undo_stack, self.actions, self)
        self.exports = ExportController(self.runner, self.hub, self.reader, self.actions, self)
        self.label_editor = LabelController(self.runner, self.undo_stack, self)
        self._build_menus_and_toolbar()
        self.explorer = LibraryExplorerController(library, self.hub, self)
        self.explorer.install(self.menuBar())
        self._connect()
        self._restore_state()
        self._on_article_selected(0)
        self._update_page()
        self.backup_timer = BackupTimer(library, self.hub, self)  # every few minutes if changed, and on exit
        self.backup_menu = BackupMenu(
            self.runner, self.hub, self.message_bar, self.undo_stack, self.backup_timer, self.actions.quit, self
        )
        self.exchange = ExchangeController(self)  # export, import and agreement for working with colleagues
        # Another process's commits (a command, a second window) show up without a restart.
        self.external_changes = ExternalChanges(
            library,
            self.hub,
            self.article_pane.current_article_id,
            self,
            busy=lambda: self.imports.running or self.runner.running,
        )
        self._show_library_state()

    # --- layout ---------------------------------------------------------------------------------
    def _build_panes(self) -> None:
        labels = list(self.labels.values())
        self.message_bar = MessageBar(self)
        self.article_pane = ArticleListPane(self.library, self.hub, self)
        self.reader_pane = ReaderPane(self.library, self.hub, labels, self)
        self.annotation_list = AnnotationList(self.library, self.hub, self.annotations, labels, self)
        self.suggestion_panel = SuggestionPanel(self.hub, self.suggestion_review, labels, self)
        self.reader = self.reader_pane.view
        self.sidebar = Sidebar(self.annotation_list, self.suggestion_panel, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(self.reader_pane)
        self.splitter.addWidget(self.sidebar)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 700, 400])  # proportions: the reading pane gets the most
        self.reading_width = ReadingWidthKeeper(self.splitter)

        self.welcome = WelcomePage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_menus_and_toolbar(self) -> None:
        a: Actions = self.actions
        file_menu = self.menuBar().addMenu(tr("&File"))
        for action in (
            a.import_files,
            a.import_folder,
            a.import_url,
            a.open_samples,
            None,
            a.export_csv,
            a.export_article_csv,
            None,
            a.quit,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        for action in (a.undo, a.redo, None, a.delete_annotation, None, a.preferences):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        annotate_menu = self.menuBar().addMenu(tr("&Annotate"))
        self.annotate_menu = annotate_menu
        for action in a.tag.values():
            annotate_menu.addAction(action)
        self._after_tag_actions = annotate_menu.addSeparator()  # the labels' actions go before it when they change
        for action in (a.next_suggestion, a.previous_suggestion, a.accept_suggestion, a.reject_suggestion):
            annotate_menu.addAction(action)
        annotate_menu.addSeparator()
        annotate_menu.addAction(a.companies)
        annotate_menu.addAction(a.labels)
        article_menu = self.menuBar().addMenu(tr("A&rticle"))
        article_menu.addAction(a.article_properties)
        self.encoding_menu = self.articles.build_encoding_menu(article_menu)
        article_menu.addSeparator()
        article_menu.addAction(a.delete_article)
        view_menu = self.menuBar().addMenu(tr("&View"))
        view_menu.addAction(a.find_article)
        view_menu.addAction(a.next_article)
        view_menu.addAction(a.previous_article)
        view_menu.addSeparator()
        view_menu.addAction(a.zoom_in)
        view_menu.addAction(a.zoom_out)
        view_menu.addAction(a.zoom_reset)
        view_menu.addSeparator()
        view_menu.addAction(a.show_furniture)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(a.keyboard_shortcuts)
        help_menu.addAction(a.guide)
        help_menu.addSeparator()
        help_menu.addAction(a.about)

        toolbar = self.addToolBar(tr("Main"))
        self.toolbar = toolbar
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Undo and Redo come early: what does not fit goes to the toolbar's » menu from the right end.
        for action in (
            a.import_files,
            a.export_csv,
            None,
            a.undo,
            a.redo,
            None,
            *a.tag.values(),
            a.delete_annotation,
        ):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)

    def _connect(self) -> None:
        a = self.actions
        a.import_files.triggered.connect(self.imports.choose_files)
        a.import_folder.triggered.connect(self.imports.choose_folder)
        a.open_samples.triggered.connect(self.imports.open_samples)
        a.import_url.triggered.connect(self.imports.ask_url)
        a.quit.triggered.connect(self.close)
        a.show_furniture.toggled.connect(self._on_show_furniture)
        a.find_article.triggered.connect(self._focus_filter)
        a.about.triggered.connect(self.show_about)
        a.companies.triggered.connect(self.edit_companies)
        a.labels.triggered.connect(self.edit_labels)
        a.zoom_in.triggered.connect(lambda: self.zoom_text(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom_text(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom_text(0))
        a.next_article.triggered.connect(lambda: self._step_article(+1))
        a.previous_article.triggered.connect(lambda: self._step_article(-1))
        a.keyboard_shortcuts.triggered.connect(self.show_keyboard_shortcuts)
        a.guide.triggered.connect(self.show_guide)
        self.hub.changed.connect(self._on_changed)
        a.next_suggestion.triggered.connect(lambda: self.suggestion_panel.step(forward=True))
        a.previous_suggestion.triggered.connect(lambda: self.suggestion_panel.step(forward=False))
        a.accept_suggestion.triggered.connect(self.suggestion_panel.accept_current)
        a.reject_suggestion.triggered.connect(self.suggestion_panel.reject_current)
        a.preferences.triggered.connect(self.edit_preferences)
        a.article_properties.triggered.connect(self.articles.edit_properties)
        a.delete_article.triggered.connect(self.articles.confirm_delete)
        self.welcome.import_files_clicked.connect(self.imports.choose_files)
        self.welcome.import_folder_clicked.connect(self.imports.choose_folder)
        self.welcome.samples_clicked.connect(self.imports.open_samples)
        self.reader.anchorClicked.connect(self._confirm_open_link)
        # Status messages expire, and a message about one article goes when another opens.
        self.hub.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self.hub.article_selected.connect(lambda _article_id: self.statusBar().clearMessage())
        self.hub.error.connect(self.message_bar.show_message)
        self.hub.articles_changed.connect(self._update_page)
        self.hub.article_selected.connect(self._on_article_selected)

    # --- state ----------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = settings.load_bytes(settings.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.load_bytes(settings.SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        sidebar_split = settings.load_bytes(settings.SIDEBAR_SPLITTER)
        if sidebar_split is not None:
            self.sidebar.restoreState(sidebar_split)
        size = settings.settings().value(settings.FONT_SIZE, DEFAULT_POINT_SIZE)
        try:
            self.reader.set_point_size(float(size))
        except (TypeError, ValueError):  # a hand-edited settings file: the default size
            self.reader.set_point_size(DEFAULT_POINT_SIZE)
        self.actions.show_furniture.setChecked(settings.flag(settings.SHOW_FURNITURE, True))
        self.reader_pane.set_show_furniture(self.actions.show_furniture.isChecked())

    def save_state(self) -> None:
        store = settings.settings()
        store.setValue(settings.GEOMETRY, self.saveGeometry())
        store.setValue(settings.SPLITTER, self.splitter.saveState())
        store.setValue(settings.SIDEBAR_SPLITTER, self.sidebar.saveState())
        store.setValue(settings.SHOW_FURNITURE, self.actions.show_furniture.isChecked())
        store.setValue(settings.FONT_SIZE, self.reader.point_size())
        store.sync()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self, remeasure: bool = False) -> None:
        """Names beside the icons when they fit; icons only (names in tooltips) when they do not, so Undo and
        Redo stay on screen; whatever still does not fit goes to the toolbar's » menu."""
        toolbar = getattr(self, "toolbar", None)
        if toolbar is None:
            return
        beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if remeasure or not getattr(self, "_toolbar_text_width", 0):
            toolbar.setToolButtonStyle(beside)
            self._toolbar_text_width = toolbar.sizeHint().width()
        style = beside if self._toolbar_text_width <= self.width() else Qt.ToolButtonStyle.ToolButtonIconOnly
        if toolbar.toolButtonStyle() != style:
            toolbar.setToolButtonStyle(style)

    def closeEvent(self, event) -> None:
        self.external_changes.stop()
        self.explorer.close()
        self.runner.stop()
        self.reader.wait_for_renders()
        self.suggestions.shutdown()
        self.save_state()
        self.backup_timer.on_exit()
        self.library.close()
        super().closeEvent(event)

    @Slot()
    def _update_page(self) -> None:
        empty = library_service.article_count(self.library) == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.splitter)
        if not empty and not self.article_pane.current_article_id() and self.article_pane.model.rowCount():
            # Reopen on the article read last in this library; the first one when it is gone (or at first).
            last = settings.settings().value(settings.library_key(settings.LAST_ARTICLE, self.library.path), 0)
            if not (str(last).isdigit() and self.article_pane.select_article(int(last))):
                self.article_pane.select_article(self.article_pane.model.article_id(0))

    @Slot(int)
    def _on_article_selected(self, article_id: int) -> None:
        has_article = bool(article_id)
        if has_article and hasattr(self, "article_pane"):
            store = settings.settings()
            store.setValue(settings.library_key(settings.LAST_ARTICLE, self.library.path), article_id)
        for action in (
            *self.actions.tag.values(),
            self.actions.export_article_csv,
            self.actions.article_properties,
            self.actions.delete_article,
        ):
            action.setEnabled(has_article)
        self.encoding_menu.setEnabled(has_article)

    def _show_library_state(self) -> None:
        """Say what opening the library did (read-only, upgraded); a read-only library offers no way to write."""
        notices = list(self.library.notices)
        if self.library.read_only:
            self.setWindowTitle(tr("{0} (read-only)").format(self.windowTitle()))
            self.hub.article_selected.connect(self._disable_writing)  # after _on_article_selected re-enables
            self._disable_writing()
            notices = notices or [tr("This library is open read-only: you can read and export, but not tag or edit.")]
        if notices:
            self.message_bar.show_message("\n".join(notices), "info")

    @Slot(int)
    def _disable_writing(self, *_args) -> None:
        for action in self.actions.writing():
            action.setEnabled(False)
        self.encoding_menu.setEnabled(False)
        self.sidebar.set_read_only(True)

    @Slot(bool)
    def _on_show_furniture(self, show: bool) -> None:
        self.reader_pane.set_show_furniture(show)

    @Slot()
    def _focus_filter(self) -> None:
        self.article_pane.filter.setFocus()
        self.article_pane.filter.selectAll()

    # --- import, kept on the window for drops and for automation ------------------------------------
    def import_paths(self, items: list[Path | str]) -> ServiceJob | None:
        return self.imports.start(items)

    def cancel_import(self) -> None:
        self.imports.cancel()

    @property
    def last_import_report(self) -> ImportReport | None:
        return self.imports.last_report

    @property
    def progress(self):
        return self.runner.progress

    @property
    def cancel_button(self):
        return self.runner.cancel_button

    def dragEnterEvent(self, event) -> None:
        if dropped_items(event.mimeData()) and not self.library.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        items = dropped_items(event.mimeData())
        if items and self.imports.start(items) is not None:
            event.acceptProposedAction()

    # --- export, kept on the window for automation ----------------------------------------------------
    def export_csv_to(self, path: Path, article_id: int | None = None) -> int | None:
        return self.exports.export_csv_to(path, article_id)

    @Slot(bool)
    def _on_theme_changed(self, _dark: bool) -> None:
        apply_stylesheet(self)  # palette(...) in the stylesheet is resolved when it is set

    @Slot()
    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.library.path, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted and dialog.save():
            self.message_bar.show_message(tr("The interface language changes when Reader starts again."), "info")

    def zoom_text(self, step: int) -> float:
        """Ctrl+= / Ctrl+- one point larger or smaller, Ctrl+0 back to the default; remembered."""
        size = DEFAULT_POINT_SIZE if step == 0 else self.reader.point_size() + step
        size = self.reader.set_point_size(size)
        store = settings.settings()
        store.setValue(settings.FONT_SIZE, size)
        self.hub.status.emit(tr("Text size {0:g} pt").format(size))
        return size

    def _step_article(self, delta: int) -> None:
        if not self.article_pane.step(delta):
            self.hub.status.emit(tr("This is the last article.") if delta > 0 else tr("This is the first article."))

    @Slot()
    def show_keyboard_shortcuts(self) -> KeyboardShortcutsDialog:
        """A window beside the work (not modal), made afresh each time so it lists the keys there are now."""
        return self._show_beside(KeyboardShortcutsDialog(self))

    @Slot()
    def show_guide(self) -> GuideDialog:
        return self._show_beside(GuideDialog(self))

    def _show_beside(self, dialog):
        for old in self.findChildren(type(dialog)):
            if old is not dialog:
                old.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def edit_labels(self):
        """Annotate › Labels…: the editor opens without blocking; its Save is one undoable step."""
        taken = shortcuts_of(self.actions_with_keys(), set(self.actions.tag.values()))
        for menu in self.menuBar().actions():  # Alt+F opens the File menu: a label cannot have it
            text = menu.text()
            if "&" in text[:-1]:
                taken[f"Alt+{text[text.index('&') + 1].upper()}"] = tr("the {0} menu").format(text.replace("&", ""))
        return self.label_editor.open_dialog(taken)

    def actions_with_keys(self) -> list:
        """Every action of the window, in menu order (the Keyboard Shortcuts window lists them)."""
        return [action for action in self.findChildren(QAction) if action.objectName() and action.shortcuts()]

    @Slot(object, int)
    def _on_changed(self, change: Change, _article_id: int) -> None:
        if change & (Change.LABELS | Change.LIBRARY):
            self.apply_labels()

    def apply_labels(self) -> None:
        """Make the "Tag as" actions and every pane's label look follow the labels stored in the library."""
        labels = [shown_label(label) for label in library_service.labels(self.library)]
        self.labels = {label.name: label for label in labels}
        for action in self.actions.tag.values():
            self.annotate_menu.removeAction(action)
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.setParent(None)  # gone at once: the Keyboard Shortcuts list reads the window's children
        self.actions.tag = create_tag_actions(self, labels)
        for action in self.actions.tag.values():
            self.annotate_menu.insertAction(self._after_tag_actions, action)
            self.toolbar.insertAction(self.actions.delete_annotation, action)
        self._fit_toolbar(remeasure=True)
        self.tagging.set_labels(labels)
        self.reader.set_labels(labels)
        self.annotation_list.set_labels(labels)
        self.suggestion_panel.set_labels(labels)
        self._on_article_selected(self.article_pane.current_article_id())
        if self.library.read_only:
            self._disable_writing()

    @Slot()
    def edit_companies(self) -> None:
        # Each save announces Change.COMPANIES: the suggestions are computed again with the new registry.
        CompanyDialog(self.runner, self, self.undo_stack).exec()

    @Slot(QUrl)
    def _confirm_open_link(self, url: QUrl) -> None:
        """Links in an article open in the system browser only for http(s), and only when the analyst agrees."""
        if url.scheme().lower() not in {"http", "https"}:
            self.hub.status.emit(tr("Links of this kind are not opened: {0}").format(url.toString()))
            return
        if ask(self, tr("Open Link"), tr("Open this address in your web browser?\n\n{0}").format(url.toString())):
            QDesktopServices.openUrl(url)

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Reader"),
            tr(
                "<b>{0}</b> {1}<br>Read business news and annotate companies, quotes and speculative claims."
                "<br><br>Library: <code>{2}</code>"
            ).format(APP_NAME, __version__, self.library.path),
        )


def build_main_window(
    db_path: Path, *, read_only: bool | None = None, allow_new: bool = True, remember: bool = False
) -> MainWindow:
    library = library_service.open_or_explain(
        db_path, read_only=read_only, allow_new=allow_new, remember=remember, for_window=True
    )
    return MainWindow(library)
