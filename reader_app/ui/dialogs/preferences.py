"""Preferences: who annotates, the interface language and colours, and where the library and its backups live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from reader_app.paths import default_library_path
from reader_app.services.backups import backups_folder, disk_budget
from reader_app.ui import settings, theme, translation
from reader_app.ui.i18n import tr

# Each language is named in itself, whatever the interface shows now, so it can be found in either.
LANGUAGE_NAMES = {translation.ENGLISH: "English", translation.KOREAN: "한국어"}


def _choice_box(parent, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    for data, caption in items:
        box.addItem(caption, data)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


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
        self.language = _choice_box(
            self,
            "interfaceLanguage",
            [(translation.SYSTEM, tr("System")), *LANGUAGE_NAMES.items()],
            translation.chosen_language(),
        )
        self.language.setToolTip(tr("Applies when Reader starts again"))
        self.color_scheme = _choice_box(
            self,
            "colorScheme",
            [(theme.SYSTEM, tr("System")), (theme.LIGHT, tr("Light")), (theme.DARK, tr("Dark"))],
            theme.chosen_scheme(),
        )
        form = QFormLayout(self)
        form.addRow(tr("Your name as annotator"), self.annotator)
        form.addRow(tr("Interface language"), self.language)
        form.addRow("", QLabel(tr("A new language applies when Reader starts again."), self))
        form.addRow(tr("Appearance"), self.color_scheme)
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

    def save(self) -> bool:
        """Store the choices and apply the colours now; True when the language changed (it applies on restart)."""
        language_changed = self.language.currentData() != translation.chosen_language()
        settings.set_annotator_name(self.annotator.text())
        store = settings.settings()
        store.setValue(settings.LANGUAGE, self.language.currentData())
        store.setValue(settings.COLOR_SCHEME, self.color_scheme.currentData())
        store.sync()
        theme.theme().apply(self.color_scheme.currentData())
        return language_changed
