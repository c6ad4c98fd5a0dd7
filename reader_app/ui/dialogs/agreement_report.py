"""Annotate › Agreement Report: two analysts compared on the articles both annotated; exportable; each
disagreement opens in the reader."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.agreement_report import report_as_dict, report_as_text
from reader_app.core.atomic_write import write_bytes_atomically
from reader_app.services import agreement
from reader_app.services.agreement import Agreement
from reader_app.services.errors import UserError
from reader_app.services.library import Library
from reader_app.ui.dialogs import file_dialogs
from reader_app.ui.hub import Origin, SignalHub
from reader_app.ui.i18n import tr, tr_noop

DISAGREEMENT_COLUMNS = (tr_noop("article"), tr_noop("label"), tr_noop("kind"), "A", "B")
# the kinds of disagreement reader_app.core.agreement names, shown through tr()
DISAGREEMENT_KINDS = (tr_noop("only A"), tr_noop("only B"), tr_noop("boundary"), tr_noop("field"))


def _shown(annotation) -> str:
    if annotation is None:
        return "—"
    field = annotation.field_value()
    return " ".join(annotation.text.split()) + (f"  [{field}]" if field else "")


class AgreementWindow(QWidget):
    def __init__(self, library: Library, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("agreementWindow")
        self.setWindowTitle(tr("Agreement Report"))
        self.resize(960, 640)
        self._library = library
        self._hub = hub
        self.result: Agreement | None = None

        self.first = QComboBox(self)
        self.first.setObjectName("agreementFirst")
        self.second = QComboBox(self)
        self.second.setObjectName("agreementSecond")
        compare = QPushButton(tr("Compare"), self)
        compare.setObjectName("agreementCompare")
        compare.clicked.connect(self.compare)
        self.export_button = QPushButton(tr("Export…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.choose_export)
        top = QHBoxLayout()
        for widget in (QLabel(tr("Reference (A):"), self), self.first, QLabel(tr("compared (B):"), self), self.second):
            top.addWidget(widget)
        top.addWidget(compare)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.summary = QPlainTextEdit(self)  # plain text: names and quotes come from the analysts' files
        self.summary.setObjectName("agreementSummary")
        self.summary.setReadOnly(True)
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table = QTableWidget(0, len(DISAGREEMENT_COLUMNS), self)
        self.table.setObjectName("agreementDisagreements")
        self.table.setHorizontalHeaderLabels([tr(c) for c in DISAGREEMENT_COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(tr("Double-click a disagreement to open it in the reader"))
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_disagreement(row))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.summary)
        splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def reload_annotators(self) -> None:
        self._names = agreement.annotators(self._library)
        shown = [name or tr("(no name)") for name in self._names]  # annotations made before a name was set
        for combo, default in ((self.first, 0), (self.second, 1)):
            current = combo.currentIndex()
            combo.clear()
            combo.addItems(shown)
            combo.setCurrentIndex(current if 0 <= current < len(shown) else min(default, len(shown) - 1))

    def _chosen(self) -> list[str]:
        """A and B, then every other named analyst: P/R/F1 and kappa compare A and B, alpha takes them all."""
        names = getattr(self, "_names", [])
        a, b = self.first.currentIndex(), self.second.currentIndex()
        if not (0 <= a < len(names) and 0 <= b < len(names)):
            return []
        others = [n for i, n in enumerate(names) if i not in (a, b) and n]
        return [names[a], names[b], *others]

    @Slot()
    def compare(self) -> Agreement | None:
        try:
            self.result = agreement.agreement(self._library, self._chosen())
        except UserError as exc:
            self.summary.setPlainText(str(exc))
            self.table.setRowCount(0)
            self.export_button.setEnabled(False)
            return None
        result = self.result
        text = report_as_text(result.report, result.alpha, list(result.annotators))
        # the scores; the disagreements are in the table below, where each opens in the reader
        self.summary.setPlainText("\n\n".join(text.split("\n\n")[:2]))
        rows = result.report.disagreements
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            values = (str(item.article_id), item.label, tr(item.kind), _shown(item.a), _shown(item.b))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(True)
        return result

    def open_disagreement(self, row: int) -> None:
        """Show the disagreement's article in the reader, with A's annotation (or B's) focused."""
        if self.result is None or not 0 <= row < len(self.result.report.disagreements):
            return
        item = self.result.report.disagreements[row]
        self._hub.article_requested.emit(item.article_id)
        focus = item.a or item.b
        if focus is not None:
            self._hub.annotation_focused.emit(focus.id, Origin.WINDOW)

    @Slot()
    def choose_export(self) -> None:
        path = file_dialogs.save_file_name(
            self, tr("Export Agreement Report"), str(Path.home() / "agreement.txt"), tr("Text (*.txt);;JSON (*.json)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        if self.result is None:
            return False
        result = self.result
        if path.suffix.lower() == ".json":
            report = report_as_dict(result.report, result.alpha, list(result.annotators))
            data = json.dumps(report, ensure_ascii=False, indent=2)
        else:
            data = report_as_text(result.report, result.alpha, list(result.annotators)) + "\n"
        try:
            write_bytes_atomically(path, data.encode("utf-8"), honour_umask=True)
        except OSError as exc:
            self._hub.error.emit(tr("Cannot write {0}: {1}. Choose another place.").format(path, exc.strerror or exc))
            return False
        self._hub.status.emit(tr("Agreement report written to {0}").format(path))
        return True
