"""File dialogs that never show, sniff or open the library's own files (the library's SQLite locks depend on it).

On Linux and macOS, closing *any* descriptor of a file drops all of the process's POSIX locks on it, which are
the locks SQLite relies on. A file dialog that opens `library.sqlite3` (or its -wal/-shm) to guess its type or
draw its icon is enough to lose them. So every dialog here is Qt's own (a platform dialog may run its own
sniffing code inside our process), hides library files with a proxy model, and draws icons from the name alone.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QSortFilterProxyModel
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QFileSystemModel, QMessageBox, QStyle

from reader_app.ui.i18n import tr

# A library, SQLite's companions of it, the lock file beside it, and the names backups and restores use.
_LIBRARY_ENDINGS = (".sqlite3", "-wal", "-shm", "-journal", ".lock", ".partial", ".restoring")
_LIBRARY_MARKERS = (".sqlite3.",)  # library.sqlite3.broken-…, .replaced-…, .new-…


def is_library_file(name: str) -> bool:
    """Whether a file name belongs to a library (the file itself, its companions or what is kept aside of it)."""
    lowered = name.lower()
    return lowered.endswith(_LIBRARY_ENDINGS) or any(marker in lowered for marker in _LIBRARY_MARKERS)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone: the default provider reads files to guess their type."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def icon(self, what) -> QIcon:
        if isinstance(what, QFileInfo):
            return self._folder if what.isDir() else self._file
        return self._folder if what == QFileIconProvider.IconType.Folder else self._file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return tr("Folder")
        return tr("{0} file").format(info.suffix().upper()) if info.suffix() else tr("File")


class HideLibraryFiles(QSortFilterProxyModel):
    """Leaves library files out of the dialog's list, so they are never picked (or sniffed by a preview)."""

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        if not isinstance(model, QFileSystemModel):
            return True
        index = model.index(source_row, 0, source_parent)
        return model.isDir(index) or not is_library_file(model.fileName(index))


def _dialog(parent, title: str, directory: str, name_filter: str = "", name: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, name_filter)
    dialog.setObjectName(name)
    dialog.setOptions(QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons)
    dialog.setIconProvider(NameOnlyIconProvider())
    dialog.setProxyModel(HideLibraryFiles(dialog))
    return dialog


def import_files_dialog(parent, directory: str, name_filter: str = "") -> QFileDialog:
    dialog = _dialog(parent, tr("Import Articles"), directory, name_filter, "importFilesDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return dialog


def open_file_names(parent, title: str, directory: str, name_filter: str) -> list[str]:
    dialog = import_files_dialog(parent, directory, name_filter)
    dialog.setWindowTitle(title)
    return dialog.selectedFiles() if dialog.exec() else []


def open_file_name(parent, title: str, directory: str, name_filter: str) -> str:
    """One existing file (Import Annotations)."""
    dialog = _dialog(parent, title, directory, name_filter, "openFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def existing_directory(parent, title: str, directory: str) -> str:
    dialog = _dialog(parent, title, directory, name="importFolderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file_name(parent, title: str, path: str, name_filter: str) -> str:
    """A file to write; a library file's name is refused, so an export can never replace the library."""
    dialog = _dialog(parent, title, path, name_filter, "saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    while dialog.exec() and dialog.selectedFiles():
        chosen = dialog.selectedFiles()[0]
        if not is_library_file(QFileInfo(chosen).fileName()):
            return chosen
        QMessageBox.warning(parent, title, tr("{0} is a library file; choose another name.").format(chosen))
    return ""
