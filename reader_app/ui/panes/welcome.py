"""The first screen of an empty library: what the app is for and the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from reader_app.ui.i18n import tr
from reader_app.ui.icons import action_icon


class WelcomePage(QWidget):
    import_files_clicked = Signal()
    import_folder_clicked = Signal()
    samples_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = QLabel(tr("Your library is empty"))
        title.setObjectName("welcomeTitle")
        text = QLabel(
            tr(
                "Import news articles (.txt, .md, .html) to read them and tag companies, quotes and "
                "speculative claims. Everything you tag is saved at once. You can also drag files "
                "onto this window."
            )
        )
        text.setWordWrap(True)
        text.setObjectName("welcomeText")
        buttons = [
            (tr("Import articles…"), "import", self.import_files_clicked, "welcomeImportFiles"),
            (tr("Import a folder…"), "import_folder", self.import_folder_clicked, "welcomeImportFolder"),
            (tr("Open the sample articles"), "samples", self.samples_clicked, "welcomeSamples"),
        ]
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        text.setFixedWidth(520)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for caption, icon, signal, name in buttons:
            button = QPushButton(action_icon(icon), caption)
            button.setObjectName(name)
            button.setMinimumWidth(260)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
