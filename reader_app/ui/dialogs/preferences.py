"""Preferences: who annotates, and where the library and its backups live (shown, with a way to open them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

from reader_app.paths import default_library_path
from reader_app.services.backups import backups_folder, disk_budget
from reader_app.ui import settings
from reader_app.ui.i18n import tr


def _folder_row(parent, path: Path, name: str) -> QHBoxLayout:
    row = QHBoxLayout()
    label = QLabel(str(path), parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    button = QPushButton(tr("Open Folder"), parent)
    folder = path if path.is_dir() else path.parent
    button.setEnabled(folder.is_dir())
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    row.addWidget(label, 1)
    row.addWidget(button)
    return row


class PreferencesDialog(QDialog):
    def __init__(self, library_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(620)
        self.annotator = QLineEdit(settings.annotator_name(), self)
        self.annotator.setObjectName("annotatorName")
        self.annotator.setToolTip(tr("Stored with every annotation you make and exported in the CSV"))
        self.annotator.setPlaceholderText(tr("asked on your first tag"))
        form = QFormLayout(self)
        form.addRow(tr("Your name as annotator"), self.annotator)
        form.addRow(tr("Library"), _folder_row(self, library_path, "libraryPath"))
        form.addRow(tr("Backups"), _folder_row(self, backups_folder(library_path), "backupsPath"))
        budget = disk_budget(Path(library_path).stat().st_size if Path(library_path).exists() else 0)
        kept = QLabel(
            tr("Kept: the newest 5, one a day for a week, one a week for a month, at most {0} GB in all").format(
                f"{budget / 1e9:.1f}"
            ),
            self,
        )
        kept.setObjectName("backupsBudget")
        form.addRow("", kept)
        if Path(library_path).resolve() != default_library_path().resolve():
            form.addRow("", QLabel(tr("The default library is {0}").format(default_library_path()), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        settings.set_annotator_name(self.annotator.text())
