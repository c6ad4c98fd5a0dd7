"""Tampered libraries: a library file that carries triggers, views or changed tables must be refused, untouched.

Run as `python benchmarks/tampered_libraries.py`. For each tampering of a real library (made through the services,
with suggestions pending) it tries what the analyst would do: open it, accept all suggestions from the command
line, back it up. Prints scenarios, refused, crashes (anything but a one-line refusal), claims that were not
stored ("accepted N" with fewer rows), backups that copied a foreign object, and files changed. Goal: every
scenario refused, 0 for the rest. Exit status 1 otherwise.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # runnable from a checkout without installing

TEXT = (
    "Corvel Dynamics may have discussed a merger with Hanbit Nuri Holdings, people familiar with the matter said. "
    "Analysts expect Corvel Dynamics could announce the deal next month, a spokesman said. "
) * 6

TAMPERINGS = {
    "trigger deleting each new annotation": [
        "CREATE TRIGGER t AFTER INSERT ON annotation BEGIN DELETE FROM annotation WHERE id = new.id; END"
    ],
    "trigger emptying the companies": ["CREATE TRIGGER t AFTER INSERT ON annotation BEGIN DELETE FROM company; END"],
    "view in place of the annotation table": [
        "ALTER TABLE annotation RENAME TO kept",
        "CREATE VIEW annotation AS SELECT * FROM kept",
        "CREATE TRIGGER t INSTEAD OF INSERT ON annotation BEGIN SELECT 1; END",
    ],
    "extra table": ["CREATE TABLE notes (x)"],
    "extra column on annotation": ["ALTER TABLE annotation ADD COLUMN extra TEXT"],
    "index dropped": ['DROP INDEX "annotation_label"'],
    "view beside the tables": ["CREATE VIEW everything AS SELECT * FROM article"],
    "trigger on article insert": [
        "CREATE TRIGGER t BEFORE INSERT ON article BEGIN SELECT RAISE(IGNORE); END",
    ],
}


def _make_library(path: Path) -> None:
    from reader_app.core.model import ParsedDocument
    from reader_app.services import importing
    from reader_app.storage import open_library

    lib = open_library(path)
    importing.store_document(lib, ParsedDocument(text=TEXT, title="Merger talk", format="txt", encoding="utf-8"))
    lib.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(argv: list[str]) -> tuple[int, str, str]:
    from reader_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


def scenario(folder: Path, statements: list[str]) -> dict:
    from reader_app.storage import backup, open_library
    from reader_app.storage.db import LibraryError
    from reader_app.storage.library_files import backups_dir_for

    path = folder / "library.sqlite3"
    _make_library(path)
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()
    before = _digest(path)
    result = {"refused": 0, "crashes": 0, "false claims": 0, "foreign backups": 0, "changed": 0}

    try:
        open_library(path).close()
    except LibraryError as exc:
        result["refused"] = int("\n" not in str(exc))
    except Exception:
        result["crashes"] += 1

    try:
        status, out, err = _cli(["--db", str(path), "suggest", "--accept-all"])
        claimed = re.search(r"accepted (\d+) suggestions", out)
        if claimed and int(claimed.group(1)) > _annotation_rows(path):
            result["false claims"] += 1
        if status != 0 and err.count("\n") != 1:
            result["crashes"] += 1
    except Exception:
        result["crashes"] += 1

    try:
        backup.backup_file(path, backups_dir_for(path))
        result["foreign backups"] += 1  # a copy of a tampered library, foreign objects and all
    except LibraryError:
        pass
    except Exception:
        result["crashes"] += 1
    result["changed"] = int(_digest(path) != before)
    return result


def _annotation_rows(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return sum(
            con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t in ("annotation", "kept")
        )
    finally:
        con.close()


def main() -> int:
    # The command line remembers the libraries it opened: these scratch ones go to a scratch data folder.
    scratch = tempfile.mkdtemp(prefix="reader-tampered-home-")
    os.environ["HOME"] = os.environ["XDG_DATA_HOME"] = os.environ["APPDATA"] = os.environ["LOCALAPPDATA"] = scratch
    totals = {"scenarios": 0, "refused": 0, "crashes": 0, "false claims": 0, "foreign backups": 0, "changed": 0}
    for name, statements in TAMPERINGS.items():
        with tempfile.TemporaryDirectory(prefix="reader-tampered-") as folder:
            result = scenario(Path(folder), statements)
        totals["scenarios"] += 1
        for key, value in result.items():
            totals[key] += value
        print(f"  {name:40} " + ", ".join(f"{k} {v}" for k, v in result.items()))
    print("tampered libraries: " + ", ".join(f"{k}: {v}" for k, v in totals.items()))
    ok = totals["refused"] == totals["scenarios"] and not any(
        totals[k] for k in ("crashes", "false claims", "foreign backups", "changed")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
