"""The backup commands: back up, list, restore, and recovery from a damaged library, through the real CLI."""

from __future__ import annotations

import json
import random
import re

from reader_app.cli import main
from reader_app.storage import open_library


def _library_with_articles(tmp_path, capsys, count: int = 3):
    db = tmp_path / "lib.sqlite3"
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(f"Headline {i}\n\nKT and Woori said on Monday. " * 40 + str(i))
    assert main(["--db", str(db), "import", str(folder)]) == 0
    capsys.readouterr()
    return db


def _titles(db, capsys) -> list[str]:
    assert main(["--db", str(db), "list", "--json"]) == 0
    return [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()]


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    rnd = random.Random(3)
    start = 4096 * (len(data) // 4096 // 2)
    for offset in range(start, min(len(data), start + 3 * 4096)):
        data[offset] = rnd.randrange(256)
    path.write_bytes(bytes(data))


def test_backup_list_and_restore_by_name(tmp_path, capsys):
    db = _library_with_articles(tmp_path, capsys)
    assert main(["--db", str(db), "backup"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("backed up to ") and "verified" in out

    assert main(["--db", str(db), "backups", "--json"]) == 0
    (listed,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed["kind"] == "manual" and listed["path"].startswith(str(tmp_path / "lib-backups"))

    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "late.txt").write_text("A later article\n\nWritten after the backup. " * 30)
    assert main(["--db", str(db), "import", str(folder)]) == 0
    capsys.readouterr()
    assert len(_titles(db, capsys)) == 4

    name = listed["path"].rsplit("/", 1)[-1]
    assert main(["--db", str(db), "restore", name]) == 0
    out = capsys.readouterr().out
    previous = re.search(r"previous library was kept as (\S+)", out).group(1)
    assert len(_titles(db, capsys)) == 3
    assert main(["--db", previous, "list"]) == 0 and "A later article" in capsys.readouterr().out


def test_a_damaged_library_is_moved_aside_and_the_backup_named(tmp_path, capsys):
    db = _library_with_articles(tmp_path, capsys, count=30)
    assert main(["--db", str(db), "backup"]) == 0
    backup_path = capsys.readouterr().out.split()[3]
    _damage(db)

    assert main(["--db", str(db), "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "is damaged" in err
    broken = re.search(r"moved aside to (\S+);", err).group(1)
    assert broken.startswith(f"{db}.broken-")
    assert (tmp_path / broken).exists() and not db.exists()
    # The offered backup is the one made above, now kept for good so later backups cannot thin it away.
    offered = re.search(r"restore it with `reader-app --db \S+ restore (\S+)`", err).group(1)
    assert offered == backup_path.replace("-manual.sqlite3", "-kept.sqlite3")

    assert main(["--db", str(db), "restore", offered]) == 0
    capsys.readouterr()
    assert len(_titles(db, capsys)) == 30


def test_backups_of_a_library_without_any(tmp_path, capsys):
    open_library(tmp_path / "none.sqlite3").close()
    assert main(["--db", str(tmp_path / "none.sqlite3"), "backups"]) == 0
    assert "no backups yet" in capsys.readouterr().out


def test_restore_refuses_a_missing_backup_with_a_hint(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "restore", "nope.sqlite3"]) == 2
    assert "backups` lists them" in capsys.readouterr().err


def test_restore_refuses_while_a_window_has_the_library_open(qapp, tmp_path, capsys):
    from PySide6.QtWidgets import QWidget

    from reader_app.ui.startup.single_instance import InstanceServer

    db = _library_with_articles(tmp_path, capsys, count=1)
    assert main(["--db", str(db), "backup"]) == 0
    backup_path = capsys.readouterr().out.split()[3]
    window = QWidget()
    server = InstanceServer(db, window)
    assert server.listen()
    try:
        assert main(["--db", str(db), "restore", backup_path]) == 2
        assert "open in a Reader window" in capsys.readouterr().err
    finally:
        server.close()
        window.deleteLater()


def test_restore_never_loads_qt(tmp_path, capsys):
    """`reader-app restore` is for when things went wrong: it must work where Qt cannot even load."""
    import subprocess
    import sys

    db = _library_with_articles(tmp_path, capsys, count=1)
    assert main(["--db", str(db), "backup"]) == 0
    backup_path = capsys.readouterr().out.split()[3]
    probe = (
        "import sys; from reader_app.cli import main; "
        f"code = main(['--db', {str(db)!r}, 'restore', {backup_path!r}]); "
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome')); "
        "print('QT', loaded); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "restored" in done.stdout
    assert "QT []" in done.stdout
