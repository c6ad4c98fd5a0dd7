"""A dialog to correct an article's metadata: title, source, address, date, byline, section, language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from reader_app.core.model import Article
from reader_app.ui.i18n import tr, tr_noop

LANGUAGES = (("", "—"), ("ko", tr_noop("Korean")), ("en", tr_noop("English")))


class ArticlePropertiesDialog(QDialog):
    def __init__(self, article: Article, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePropertiesDialog")
        self.setWindowTitle(tr("Article Properties"))
        self.setMinimumWidth(560)
        self._article = article
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for key, caption in (
            ("title", tr("Title")),
            ("source", tr("Source")),
            ("url", tr("Address")),
            ("published", tr("Published")),
            ("byline", tr("Byline")),
            ("section", tr("Section")),
        ):
            edit = QLineEdit(getattr(article, key), self)
            edit.setObjectName(f"property_{key}")
            self.edits[key] = edit
            form.addRow(caption, edit)
        self.edits["published"].setPlaceholderText("2020-06-05T15:32:39")
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(tr(name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(article.language)))
        form.addRow(tr("Language"), self.language)
        facts = QLabel(
            tr("Encoding: {0} · Format: {1} · Body: characters {2}–{3} of {4}").format(
                article.encoding, article.format, article.body_start, article.body_end, len(article.text)
            )
        )
        facts.setObjectName("articleFacts")
        facts.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(facts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changed_values(self) -> dict[str, str]:
        """Only the fields the analyst changed."""
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["language"] = self.language.currentData()
        return {k: v for k, v in values.items() if v != getattr(self._article, k)}
