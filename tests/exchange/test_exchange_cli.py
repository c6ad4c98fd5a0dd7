"""The exchange commands: export OUT.{csv,json}, import-annotations FILE, agreement A B [--json]."""

from __future__ import annotations

import csv
import io
import json

from exchange_samples import EN_TEXT, add_article, tag, using

from reader_app.cli import main


def _two_analysts(tmp_path):
    """ana's library with the English article; bo tags the same article in his own library and exports it."""
    ana_db, bo_db = tmp_path / "ana.sqlite3", tmp_path / "bo.sqlite3"
    with using(ana_db) as lib:
        article = add_article(lib, EN_TEXT, "Harbor Chips plans")
        tag(lib, article, EN_TEXT, "Harbor Chips", "company", annotator="ana", canonical="Harbor Chips")
        tag(lib, article, EN_TEXT, '"We are not in a hurry,"', "quote", annotator="ana", speaker="Dana Kim")
    with using(bo_db) as lib:
        article = add_article(lib, EN_TEXT, "Harbor Chips plans")
        tag(lib, article, EN_TEXT, "Harbor Chips", "company", annotator="bo", canonical="Harbor Chips")
        tag(lib, article, EN_TEXT, "Harbor Chips may open a second plant", "speculation", annotator="bo", cue="may")
    return ana_db, bo_db


def test_export_import_and_agreement_through_the_cli(tmp_path, capsys):
    ana_db, bo_db = _two_analysts(tmp_path)
    out = tmp_path / "bo.json"
    assert main(["--db", str(bo_db), "export", str(out), "--no-articles"]) == 0
    assert "wrote 2 annotations" in capsys.readouterr().out
    assert "reader:articles" not in json.loads(out.read_text(encoding="utf-8"))

    assert main(["--db", str(ana_db), "import-annotations", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["new_annotations"], report["conflicts"], report["unplaced"]) == (2, [], [])

    assert main(["--db", str(ana_db), "agreement", "ana", "bo", "--json"]) == 0
    agreement = json.loads(capsys.readouterr().out)
    labels = {row["label"]: row for row in agreement["labels"]}
    assert labels["company"]["f1"] == 1.0 and labels["quote"]["recall"] == 0.0
    assert labels["speculation"]["only_b"] == 1
    assert [d["kind"] for d in agreement["disagreements"]] == ["only B", "only A"]

    assert main(["--db", str(ana_db), "agreement", "ana", "bo"]) == 0
    text = capsys.readouterr().out
    assert "Agreement of bo against ana on 1 articles" in text and "company" in text


def test_csv_export_by_label_and_without_bom(tmp_path, capsys):
    ana_db, _ = _two_analysts(tmp_path)
    out = tmp_path / "quotes.csv"
    assert main(["--db", str(ana_db), "export", str(out), "--label", "quote", "--no-bom"]) == 0
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [r["label"] for r in rows] == ["quote"] and rows[0]["speaker"] == "Dana Kim"


def test_unknown_suffix_unknown_analyst_and_bad_file_are_one_line_errors(tmp_path, capsys):
    ana_db, _ = _two_analysts(tmp_path)
    assert main(["--db", str(ana_db), "export", str(tmp_path / "out.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert "out.txt" in err and ".csv" in err and "\n" not in err
    assert not (tmp_path / "out.txt").exists()
    assert main(["--db", str(ana_db), "agreement", "ana", "zoe"]) == 2
    assert "No annotations by 'zoe'" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["--db", str(ana_db), "import-annotations", str(broken)]) == 2
    err = capsys.readouterr().err.strip()
    assert "broken.json is not valid JSON" in err and "\n" not in err


def test_agreement_of_three_analysts_gives_alpha_over_all_of_them(tmp_path, capsys):
    ana_db, bo_db = _two_analysts(tmp_path)
    assert main(["--db", str(bo_db), "export", str(tmp_path / "bo.json")]) == 0
    assert main(["--db", str(ana_db), "import-annotations", str(tmp_path / "bo.json")]) == 0
    with using(ana_db) as lib:
        from reader_app.storage import articles

        article = articles.all_ids()[0]
        tag(lib, article, EN_TEXT, "Harbor Chips", "company", annotator="cy", canonical="Harbor Chips")
    capsys.readouterr()
    assert main(["--db", str(ana_db), "agreement", "ana", "bo", "cy", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["alpha_annotators"] == ["ana", "bo", "cy"]
    company = next(row for row in report["labels"] if row["label"] == "company")
    assert company["krippendorff_alpha"] == 1.0  # all three tagged the one company sentence, and nothing else
