"""The window's QActions, created in one place with their object names, icons and shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from reader_app.core.model import Label
from reader_app.ui.i18n import tr
from reader_app.ui.icons import action_icon, label_icon


@dataclass
class Actions:
    import_files: QAction
    import_folder: QAction
    import_url: QAction
    open_samples: QAction
    export_csv: QAction
    export_article_csv: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    delete_annotation: QAction
    next_suggestion: QAction
    previous_suggestion: QAction
    accept_suggestion: QAction
    reject_suggestion: QAction
    show_furniture: QAction
    find_article: QAction
    article_properties: QAction
    delete_article: QAction
    companies: QAction
    labels: QAction
    preferences: QAction
    about: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    next_article: QAction
    previous_article: QAction
    keyboard_shortcuts: QAction
    guide: QAction
    tag: dict[str, QAction]  # label name -> action

    def writing(self) -> list[QAction]:
        """The actions that change the library: a read-only window disables them."""
        return [
            *self.tag.values(),
            self.import_files,
            self.import_folder,
            self.import_url,
            self.open_samples,
            self.delete_annotation,
            self.accept_suggestion,
            self.reject_suggestion,
            self.article_properties,
            self.delete_article,
            self.labels,
        ]


def _action(parent: QWidget, name: str, text: str, icon=None, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if icon is not None:
        action.setIcon(icon)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    if tip:
        action.setStatusTip(tip)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text.rstrip('…')} ({keys})" if keys else text.rstrip("…"))
    parent.addAction(action)
    return action


def create_tag_actions(window: QWidget, labels: list[Label]) -> dict[str, QAction]:
    """One "Tag as …" action per label, with the label's own shortcut: made again whenever the labels change."""
    tag: dict[str, QAction] = {}
    for label in labels:
        name = "actionTag" + label.name[:1].upper() + label.name[1:]
        tag[label.name] = _action(
            window,
            name,
            tr("Tag as {0}").format(label.display_name),
            label_icon(label.icon, label.color),
            label.shortcut or None,
            tr("Tag the selected text as {0}").format(label.display_name.lower()),
        )
    return tag


def create_actions(window: QWidget, undo_stack: QUndoStack, labels: list[Label]) -> Actions:
    undo = undo_stack.createUndoAction(window, tr("Undo"))
    undo.setObjectName("actionUndo")
    undo.setIcon(action_icon("undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(window, tr("Redo"))
    redo.setObjectName("actionRedo")
    redo.setIcon(action_icon("redo"))
    # The platform's redo keys (on Linux the first is Ctrl+Y), and both usual ones everywhere, as the README says.
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    redo_keys += [k for k in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")) if k not in redo_keys]
    redo.setShortcuts(redo_keys)
    window.addAction(undo)
    window.addAction(redo)

    tag = create_tag_actions(window, labels)

    show_furniture = _action(
        window,
        "actionShowFurniture",
        tr("Show Page Furniture"),
        action_icon("furniture"),
        "Ctrl+Shift+F",
        tr("Show or hide menus, captions and related-headline lists around the article body"),
    )
    show_furniture.setCheckable(True)
    # A menu draws an action's icon in place of its check box: without it, the menu shows whether it is on.
    show_furniture.setIconVisibleInMenu(False)

    return Actions(
        import_files=_action(
            window,
            "actionImport",
            tr("Import Articles…"),
            action_icon("import"),
            QKeySequence.StandardKey.Open,
            tr("Import .txt, .md or .html files"),
        ),
        import_folder=_action(
            window,
            "actionImportFolder",
            tr("Import Folder…"),
            action_icon("import_folder"),
            "Ctrl+Shift+O",
            tr("Import every article file in a folder and its subfolders"),
        ),
        import_url=_action(
            window,
            "actionImportUrl",
            tr("Import from Web Address…"),
            action_icon("import_url"),
            "Ctrl+L",
            tr("Fetch an article page from the web and import it"),
        ),
        open_samples=_action(window, "actionOpenSamples", tr("Open Sample Articles"), action_icon("samples")),
        export_csv=_action(
            window,
            "actionExportCsv",
            tr("Export Annotations to CSV…"),
            action_icon("export"),
            "Ctrl+E",
            tr("Write every annotation in the library to a CSV file for Excel"),
        ),
        export_article_csv=_action(
            window, "actionExportArticleCsv", tr("Export This Article's Annotations…"), None, "Ctrl+Shift+E"
        ),
        quit=_action(window, "actionQuit", tr("Quit"), None, QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        delete_annotation=_action(
            window,
            "actionDeleteAnnotation",
            tr("Delete Annotation"),
            action_icon("delete"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            tr("Delete the selected annotation"),
        ),
        next_suggestion=_action(
            window,
            "actionNextSuggestion",
            tr("Next Suggestion"),
            action_icon("next"),
            "F8",
            tr("Show the next suggestion in reading order"),
        ),
        previous_suggestion=_action(
            window,
            "actionPreviousSuggestion",
            tr("Previous Suggestion"),
            action_icon("previous"),
            "Shift+F8",
        ),
        accept_suggestion=_action(
            window,
            "actionAcceptSuggestion",
            tr("Accept Suggestion"),
            action_icon("accept"),
            "Ctrl+Return",
            tr("Accept the suggestion shown, wherever the focus is"),
        ),
        reject_suggestion=_action(
            window,
            "actionRejectSuggestion",
            tr("Reject Suggestion"),
            action_icon("reject"),
            "Ctrl+Backspace",
        ),
        show_furniture=show_furniture,
        find_article=_action(
            window,
            "actionFindArticle",
            tr("Find Article"),
            action_icon("search"),
            QKeySequence.StandardKey.Find,
        ),
        article_properties=_action(
            window,
            "actionArticleProperties",
            tr("Article Properties…"),
            action_icon("properties"),
            "Ctrl+I",
            tr("Correct the title, source, date, byline, section or language"),
        ),
        delete_article=_action(
            window,
            "actionDeleteArticle",
            tr("Delete Article…"),
            action_icon("delete_article"),
            None,
            tr("Remove the article and its annotations from the library"),
        ),
        companies=_action(
            window,
            "actionCompanies",
            tr("Companies…"),
            action_icon("companies"),
            "Ctrl+Shift+K",
            tr("Look up and edit the company registry used for suggestions"),
        ),
        labels=_action(
            window,
            "actionLabels",
            tr("Labels…"),
            action_icon("labels"),
            None,
            tr("Add your own labels; rename, recolour or give shortcuts to any"),
        ),
        preferences=_action(
            window,
            "actionPreferences",
            tr("Preferences…"),
            action_icon("preferences"),
            QKeySequence.StandardKey.Preferences,
            tr("Your annotator name; where the library and backups are"),
        ),
        about=_action(window, "actionAbout", tr("About Reader")),
        # Ctrl+= as well as Ctrl++: on most keyboards + needs Shift, and = is the same key.
        zoom_in=_action(
            window,
            "actionZoomIn",
            tr("Larger Text"),
            action_icon("zoom_in"),
            [QKeySequence("Ctrl+="), QKeySequence(QKeySequence.StandardKey.ZoomIn)],
            tr("Make the article text larger (remembered)"),
        ),
        zoom_out=_action(
            window,
            "actionZoomOut",
            tr("Smaller Text"),
            action_icon("zoom_out"),
            [QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            tr("Make the article text smaller (remembered)"),
        ),
        zoom_reset=_action(window, "actionZoomReset", tr("Actual Size"), None, "Ctrl+0"),
        next_article=_action(
            window,
            "actionNextArticle",
            tr("Next Article"),
            action_icon("next_article"),
            "Alt+Down",
            tr("Open the next article in the list"),
        ),
        previous_article=_action(
            window,
            "actionPreviousArticle",
            tr("Previous Article"),
            action_icon("previous_article"),
            "Alt+Up",
            tr("Open the previous article in the list"),
        ),
        keyboard_shortcuts=_action(
            window,
            "actionKeyboardShortcuts",
            tr("Keyboard Shortcuts"),
            action_icon("keyboard"),
            [QKeySequence("Ctrl+/"), QKeySequence(QKeySequence.StandardKey.HelpContents)],
            tr("Every key of the window, in one list"),
        ),
        guide=_action(window, "actionGuide", tr("Guide"), action_icon("guide"), None, tr("How to work with Reader")),
        tag=tag,
    )
