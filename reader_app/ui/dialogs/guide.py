"""Help › Guide: the short guide bundled as Markdown, rendered by Qt's Markdown reader (no HTML, no images)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader_app.paths import resource_path
from reader_app.ui.i18n import tr

GUIDE = ("help", "guide.md")
_MAX_BYTES = 200_000  # the guide is ours and small; the bound keeps a damaged bundle from stalling the window


def guide_text() -> str:
    with resource_path(*GUIDE).open("rb") as handle:
        return handle.read(_MAX_BYTES).decode("utf-8", errors="replace")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(tr("Guide"))
        self.resize(640, 620)
        self.view = QTextBrowser(self)
        self.view.setObjectName("guideText")
        self.view.setOpenLinks(False)  # the guide has no links to follow; nothing is fetched
        # MarkdownNoHTML: any HTML in the file is shown as text, never interpreted (so no resource is loaded).
        features = QTextDocument.MarkdownFeature.MarkdownNoHTML | QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        self.view.document().setMarkdown(guide_text(), features)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
