"""The command line contract: import, list --json, export, exit codes and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from reader_app.cli import main
from reader_app.storage import open_library


def test_import_list_and_export_through_the_cli(tmp_path, capsys, seed_article):
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "import", str(seed_article), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["items"][0]["status"] == "imported"

    assert main(["--db", str(db), "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1
    for key in (
        "id",
        "title",
        "source",
        "url",
        "published",
        "byline",
        "section",
        "language",
        "encoding",
        "body_start",
        "body_end",
    ):
        assert key in rows[0]
    assert rows[0]["language"] == "ko"

    out = tmp_path / "out.csv"
    assert main(["--db", str(db), "export", str(out)]) == 0
    header = next(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert header[:6] == ["article_title", "label", "text", "start", "end", "note"]


def test_errors_are_one_line_on_stderr_with_a_non_zero_exit(tmp_path, capsys):
    not_a_library = tmp_path / "x.db"
    not_a_library.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["--db", str(not_a_library), "list"]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("reader-app:") and "\n" not in err and str(not_a_library) in err

    db = tmp_path / "lib.sqlite3"
    open_library(db).close()  # export only reads: the library must exist
    assert main(["--db", str(db), "export", str(tmp_path / "missing" / "out.csv")]) != 0
    assert "does not exist" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_entry_point(tmp_path):
    open_library(tmp_path / "l.sqlite3").close()  # list only reads: the library must exist
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "reader_app", "--db", str(tmp_path / "l.sqlite3"), "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout == ""


def test_suggest_prints_json_with_offsets_into_the_stored_text(capsys, seed_article):
    assert main(["suggest", str(seed_article), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    text = seed_article.read_bytes().decode("utf-8")
    assert items and all(text[i["start"] : i["end"]] == i["text"] for i in items)
    for item in items:
        assert {"label", "start", "end", "text", "confidence"} <= set(item)
        assert {"company": "canonical", "quote": "speaker", "speculation": "cue"}[item["label"]] in item
    woori = next(i for i in items if i["text"] == "우리금융지주")
    assert woori["canonical"] == "Woori Financial Group"


def test_suggest_accept_all_fills_the_library(tmp_path, capsys, seed_article):
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "import", str(seed_article)]) == 0
    assert main(["--db", str(db), "suggest", "--accept-all", "--article", "1"]) == 0
    assert "accepted" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main(["--db", str(db), "export", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert {r["label"] for r in rows} == {"company", "quote", "speculation"}
    # accepting again adds nothing: suggestions never duplicate annotations
    capsys.readouterr()
    assert main(["--db", str(db), "suggest", "--accept-all", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["accepted"] == 0


def test_options_for_the_other_format_are_refused(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "--new-library", "list"]) == 0
    assert main(["--db", str(db), "export", str(tmp_path / "o.csv"), "--no-articles"]) == 2
    assert "--no-articles is for a .json export" in capsys.readouterr().err
    assert main(["--db", str(db), "export", str(tmp_path / "o.json"), "--no-bom"]) == 2
    assert "--no-bom is for a .csv export" in capsys.readouterr().err


def test_a_closed_pipe_ends_list_quietly(tmp_path):
    db = tmp_path / "lib.sqlite3"
    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    run = [sys.executable, "-m", "reader_app", "--db", str(db)]
    subprocess.run([*run, "--new-library", "import", str(samples)], check=True, capture_output=True, timeout=120)
    reader = subprocess.Popen([*run, "list", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # what `| head -0` does: nobody reads what list prints
    _, err = reader.communicate(timeout=120)
    assert reader.returncode == 0, err
    assert b"Broken pipe" not in err and b"Traceback" not in err
