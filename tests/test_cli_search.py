"""`reader-app search QUERY [--json]`: every article containing the query, one JSON object per line."""

from __future__ import annotations

import json

from reader_app.cli import main


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_search_prints_every_matching_article_with_a_snippet(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    files = [
        _write(tmp_path, "a.txt", "통신 소식\n\nKT와 우리금융이 협력할 가능성이 있다는 관측이 나온다.\n"),
        _write(tmp_path, "b.txt", "Telecom news\n\nAnalysts said KT could raise its dividend next year.\n"),
        _write(tmp_path, "c.txt", "은행 소식\n\n하나금융은 배당을 늘렸다.\n"),
    ]
    assert main(["--db", str(db), "import", *files]) == 0
    capsys.readouterr()

    assert main(["--db", str(db), "search", "KT", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["title"] for r in rows) == ["Telecom news", "통신 소식"]
    for row in rows:
        assert {"id", "title", "snippet"} <= set(row) and "KT" in row["snippet"]

    assert main(["--db", str(db), "search", "금융"]) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out

    assert main(["--db", str(db), "search", "KT와", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == ["통신 소식"]
    assert rows[0]["snippet"].count("KT와") == 1


def test_search_finds_nothing_quietly(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "--new-library", "search", "없는말", "--json"]) == 0
    assert capsys.readouterr().out == ""
