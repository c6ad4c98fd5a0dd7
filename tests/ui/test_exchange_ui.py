"""Working with colleagues in the window: export, import with progress/conflicts/undo, the agreement report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
from exchange_samples import EN_TEXT, add_article, tag, using

from reader_app.services import annotating, exporting
from reader_app.services.annotation_import import plan_import
from reader_app.storage import annotations as store
from reader_app.ui.controllers.exchange import ARTICLE, LIBRARY
from reader_app.ui.dialogs.conflicts import ConflictsDialog


def _libraries(tmp_path):
    """ana's library (English article, two tags), and bo's export of the same article with one more tag.

    ana's company tag is exported too, then renamed in her library: importing that export is a conflict."""
    ana_db = tmp_path / "ana.sqlite3"
    with using(tmp_path / "bo.sqlite3") as lib:
        article = add_article(lib, EN_TEXT, "Harbor Chips plans")
        tag(lib, article, EN_TEXT, "Harbor Chips", "company", annotator="bo", canonical="Harbor Chips")
        tag(lib, article, EN_TEXT, "Harbor Chips may open a second plant", "speculation", annotator="bo", cue="may")
        exporting.export_json(lib, tmp_path / "bo.json")
    with using(ana_db) as lib:
        article = add_article(lib, EN_TEXT, "Harbor Chips plans")
        company = tag(lib, article, EN_TEXT, "Harbor Chips", "company", annotator="ana", canonical="Harbor Chips")
        tag(lib, article, EN_TEXT, '"We are not in a hurry,"', "quote", annotator="ana", speaker="Dana Kim")
        exporting.export_json(lib, tmp_path / "ana-before.json")
        annotating.edit_annotation(lib, company.id, fields={"canonical": "Harbor Chips Inc"})
    return ana_db, tmp_path / "bo.json", tmp_path / "ana-before.json"


def _menu_names(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.objectName() for a in menu.actions()]


def _import(qtbot, window, path):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.exchange.start_import(path)
    qtbot.waitUntil(lambda: not window.exchange.importing, timeout=20000)


def test_menus_export_and_import_as_one_undoable_step(qtbot, make_window, tmp_path):
    ana_db, bo_json, _ = _libraries(tmp_path)
    window = make_window(ana_db)
    assert {"actionExportAnnotations", "actionImportAnnotations"} <= set(_menu_names(window, "File"))
    assert "actionAgreementReport" in _menu_names(window, "Annotate")

    assert window.exchange.export_to(tmp_path / "mine.json", LIBRARY) == 2
    assert window.exchange.export_to(tmp_path / "mine.csv", LIBRARY, bom=False) == 2
    assert not (tmp_path / "mine.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert window.exchange.export_to(tmp_path / "mine.xlsx", LIBRARY) is None  # an error in the bar, no file
    assert not (tmp_path / "mine.xlsx").exists()

    _import(qtbot, window, bo_json)
    assert window.exchange.last_plan is not None and len(window.exchange.last_plan.new) == 2
    assert "Imported from bo.json" in window.message_bar.label.text()
    assert sorted(store.annotator_names()) == ["ana", "bo"]
    window.undo_stack.undo()
    assert store.annotator_names() == ["ana"]
    window.undo_stack.redo()
    assert sorted(store.annotator_names()) == ["ana", "bo"]


def test_conflicts_are_decided_by_the_user_and_undo_restores_mine(qtbot, make_window, tmp_path):
    ana_db, _, before = _libraries(tmp_path)
    window = make_window(ana_db)
    asked = []
    window.exchange.decide_conflicts = lambda plan: asked.append(plan) or [0]  # "take theirs" for the one conflict
    _import(qtbot, window, before)
    assert len(asked) == 1 and len(asked[0].conflicts) == 1
    company = next(a for a in store.for_annotator("ana") if a.label == "company")
    assert company.fields == {"canonical": "Harbor Chips"}
    window.undo_stack.undo()
    assert store.get(company.id).fields == {"canonical": "Harbor Chips Inc"}


def test_the_conflicts_dialog_lists_each_conflict_with_a_choice(qtbot, tmp_path):
    ana_db, _, before = _libraries(tmp_path)
    with using(ana_db) as lib:
        plan = plan_import(lib, before)
    dialog = ConflictsDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.take_theirs() == []
    assert "Harbor Chips Inc" in dialog.table.item(0, 2).text() and "Harbor Chips" in dialog.table.item(0, 3).text()
    dialog.set_all(True)
    assert dialog.take_theirs() == [0]
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.take_theirs() == []


def test_cancel_and_a_bad_file_write_nothing(qtbot, make_window, tmp_path):
    ana_db, bo_json, _ = _libraries(tmp_path)
    window = make_window(ana_db)
    big = json.loads(bo_json.read_text(encoding="utf-8"))
    big["first"]["items"] = big["first"]["items"] * 20_000  # several MB: Cancel lands while it is read
    (tmp_path / "big.json").write_text(json.dumps(big), encoding="utf-8")
    with qtbot.waitSignal(window.hub.error, timeout=20000) as cancelled:
        window.exchange.start_import(tmp_path / "big.json")
        window.exchange.cancel_import()
    assert "cancelled" in cancelled.args[0]
    qtbot.waitUntil(lambda: not window.exchange.importing, timeout=20000)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with qtbot.waitSignal(window.hub.error, timeout=20000) as failed:
        window.exchange.start_import(tmp_path / "broken.json")
    assert "broken.json is not valid JSON" in failed.args[0]
    qtbot.waitUntil(lambda: not window.exchange.importing, timeout=20000)
    assert store.annotator_names() == ["ana"] and window.undo_stack.count() == 0


def test_agreement_report_reads_exports_and_opens_a_disagreement(qtbot, make_window, tmp_path):
    ana_db, bo_json, _ = _libraries(tmp_path)
    window = make_window(ana_db)
    _import(qtbot, window, bo_json)
    window.exchange.show_agreement()
    report = window.exchange._agreement_window
    qtbot.waitExposed(report)
    report.first.setCurrentText("ana")
    report.second.setCurrentText("bo")
    result = report.compare()
    assert result is not None
    assert "company" in report.summary.toPlainText() and "Agreement of bo against ana" in report.summary.toPlainText()
    kinds = [report.table.item(r, 2).text() for r in range(report.table.rowCount())]
    assert kinds == ["field", "only B", "only A"]  # ana renamed the company after bo's export
    report.open_disagreement(2)  # ana's quote, which bo did not tag
    assert window.reader.article is not None and window.reader.article.id == result.report.disagreements[2].article_id
    assert report.export_to(tmp_path / "agreement.json")
    saved = json.loads((tmp_path / "agreement.json").read_text(encoding="utf-8"))
    assert {row["label"] for row in saved["labels"]} == {"company", "quote", "speculation"}
    assert report.export_to(tmp_path / "agreement.txt")
    assert "only A" in (tmp_path / "agreement.txt").read_text(encoding="utf-8")
    window.exchange.export_to(tmp_path / "one.csv", ARTICLE)


def test_the_conflicts_dialog_shows_the_file_name_as_plain_text(qtbot, tmp_path):
    ana_db, _, before = _libraries(tmp_path)
    odd = before.with_name("<b>ana <img src=x>.json")  # a file name is imported data too
    before.rename(odd)
    with using(ana_db) as lib:
        plan = plan_import(lib, odd)
    dialog = ConflictsDialog(plan)
    qtbot.addWidget(dialog)
    naming = [label for label in dialog.findChildren(QLabel) if odd.name in label.text()]
    assert naming, "the dialog names the file"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in naming)
