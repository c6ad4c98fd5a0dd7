"""The analyst's own labels: saved as one set, built-ins kept, a label in use kept, exports name them."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest

from reader_app.core.errors import UserError
from reader_app.core.label_rules import key_for
from reader_app.core.model import Label, ParsedDocument
from reader_app.services import annotating, exporting, importing
from reader_app.services import labels as label_service


def _risk(position: int = 3) -> Label:
    return Label("risk", "Risk", "#aa3377", "mdi6.tag-outline", "Ctrl+4", "severity", "Severity", position)


def _article(library) -> int:
    text = "Acme Corp may cut its dividend next year, a person said.\n"
    return importing.store_document(
        library, ParsedDocument(text=text, title="Acme", format="txt", encoding="utf-8")
    ).article_id


def test_a_new_label_is_stored_in_order_and_the_built_ins_can_be_renamed(library):
    current = label_service.labels(library)
    renamed = [replace(current[0], display_name="Firm", color="#112233", shortcut="Alt+1"), *current[1:], _risk()]
    saved = label_service.save_labels(library, renamed)
    assert [label.name for label in saved] == ["company", "quote", "speculation", "risk"]
    assert saved[0].display_name == "Firm" and saved[0].shortcut == "Alt+1" and saved[0].field_key == "canonical"
    assert saved[3] == _risk()


def test_built_ins_cannot_be_removed_and_shortcuts_and_names_must_differ(library):
    current = label_service.labels(library)
    with pytest.raises(UserError, match="built-in label 'quote'"):
        label_service.save_labels(library, [current[0], current[2]])
    with pytest.raises(UserError, match="both use Ctrl\\+1"):
        label_service.save_labels(library, [*current, replace(_risk(), shortcut="Ctrl+1")])
    with pytest.raises(UserError, match="Two labels are called 'quote'"):
        label_service.save_labels(library, [*current, replace(_risk(), display_name="quote")])
    with pytest.raises(UserError, match="field of the built-in"):
        label_service.save_labels(library, [replace(current[0], field_key=None), *current[1:]])
    assert label_service.labels(library) == current  # nothing half-saved


def test_a_label_in_use_is_not_deleted(library):
    current = label_service.labels(library)
    label_service.save_labels(library, [*current, _risk()])
    article_id = _article(library)
    annotating.tag_selection(library, article_id, "risk", 0, 9, fields={"severity": "high"})
    with pytest.raises(UserError, match="'Risk' is used by 1 annotations"):
        label_service.save_labels(library, current)
    assert [label.name for label in label_service.labels(library)][-1] == "risk"


def test_exports_carry_the_analysts_label_name_and_field(library, tmp_path):
    current = label_service.labels(library)
    label_service.save_labels(library, [replace(current[0], display_name="Firm"), *current[1:], _risk()])
    article_id = _article(library)
    annotating.tag_selection(library, article_id, "risk", 0, 9, fields={"severity": "high"})
    annotating.tag_selection(library, article_id, "company", 0, 9, fields={"canonical": "Acme Corporation"})
    exporting.export_csv(library, tmp_path / "out.csv")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = {row["label"]: row for row in csv.DictReader(handle)}
    assert rows["risk"]["label_name"] == "Risk"
    assert (rows["risk"]["field_name"], rows["risk"]["field_value"]) == ("Severity", "high")
    assert rows["company"]["label_name"] == "Firm" and rows["company"]["company"] == "Acme Corporation"
    assert exporting.export_file(library, tmp_path / "out.json") == 2
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    tags = [item["body"][0] for item in document["first"]["items"]]
    assert {tag["value"]: tag["reader:labelName"] for tag in tags} == {"risk": "Risk", "company": "Firm"}
    assert {x["name"]: x["displayName"] for x in document["reader:labels"]}["risk"] == "Risk"


def test_a_new_labels_key_comes_from_its_name_and_never_collides():
    assert key_for("Risk Factor", set()) == "risk-factor"
    assert key_for("Risk", {"risk"}) == "risk-2"
    assert key_for("리스크", set()) == "리스크"


def test_a_colleagues_own_label_lands_once_the_same_label_is_added_here(library, tmp_path):
    from reader_app.services import annotation_import
    from reader_app.storage import open_library

    current = label_service.labels(library)
    label_service.save_labels(library, [*current, _risk()])
    article_id = _article(library)
    annotating.tag_selection(library, article_id, "risk", 0, 9, annotator="ana", fields={"severity": "high"})
    exported = tmp_path / "from-ana.json"
    exporting.export_file(library, exported)

    mine = open_library(tmp_path / "mine.sqlite3")
    try:
        plan, _applied = annotation_import.import_annotations(mine, exported)
        assert any("label 'risk'" in u.reason and "Annotate › Labels" in u.reason for u in plan.unplaced)
        key = key_for("Risk", {label.name for label in label_service.labels(mine)})
        label_service.save_labels(mine, [*label_service.labels(mine), replace(_risk(), name=key)])
        plan, applied = annotation_import.import_annotations(mine, exported)
        assert len(applied.annotation_ids) == 1 and not plan.unplaced
    finally:
        mine.close()
