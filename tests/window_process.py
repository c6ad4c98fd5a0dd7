"""A real Reader window in its own process, driven over stdin, for tests and benchmarks of two processes.

`python tests/window_process.py DB [--sniff] [--dialog] [--tag-every MS]` opens the window offscreen on DB, then:
--sniff opens and closes the library file outside SQLite (what a file dialog sniffing the folder once did),
--dialog opens File › Import Articles… (on the home folder: make HOME the library's folder) and waits until it
listed the folder; it stays open, modal, while the window tags and commands run,
--tag-every tags a span of the first article every MS milliseconds.
It prints `ready PID` when set up, `tagged ID` after each acknowledged annotation (the service returned, so the
commit is done), `failed MESSAGE` for an error shown to the analyst, and `closed` after the window closed on
`quit` (or end of input). `tag` on stdin tags once.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings, QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from reader_app.services import library as library_service
    from reader_app.ui.startup.application import ensure_application

    db = Path(argv[0])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(db.parent / "window-settings"))
    app = ensure_application()
    from reader_app.app import create_main_window
    from reader_app.ui import settings

    settings.set_annotator_name("window scenario")  # the first tag would otherwise ask who is tagging

    window = create_main_window(db)
    window.show()
    from reader_app.ui.startup.single_instance import InstanceServer

    server = InstanceServer(db, window, window)  # as `reader-app` starts it: later starts find this window
    server.listen()
    window.hub.error.connect(lambda text: print(f"failed {' '.join(text.split())}", flush=True))
    if "--sniff" in argv:
        with open(db, "rb") as handle:  # closing it drops this process's POSIX locks on the library
            handle.read(100)
    article_id = library_service.article_ids(window.library)[0]
    text = library_service.article(window.library, article_id).text
    count = [0]

    def tag_once() -> None:
        count[0] += 1
        start = (count[0] * 37) % max(1, len(text) - 30)
        try:
            made = window.annotations.tag(article_id, "speculation", "Speculation", start, start + 20, {})
        except Exception as exc:  # a driver that no longer fits the window must fail the test, not go quiet
            print(f"failed {type(exc).__name__}: {exc}", flush=True)
            return
        if made is not None:
            print(f"tagged {made.id}", flush=True)

    timer = QTimer(window)
    timer.timeout.connect(tag_once)

    def quit_window() -> None:
        timer.stop()
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.reject()  # its nested event loop ends; the window closes once control is back in app.exec()
        QTimer.singleShot(0, close_window)

    def close_window() -> None:
        server.close()
        window.close()
        print("closed", flush=True)
        app.quit()

    def on_input() -> None:
        line = sys.stdin.readline()
        if line.strip() == "tag":
            tag_once()
        elif line.strip() == "quit" or not line:
            notifier.setEnabled(False)
            quit_window()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)

    def start() -> None:
        if "--tag-every" in argv:
            timer.start(int(argv[argv.index("--tag-every") + 1]))
        print(f"ready {os.getpid()}", flush=True)

    if "--dialog" in argv:
        # File › Import Articles…, exactly as the analyst opens it: modal, on the home folder, which the caller
        # made the library's folder. Tagging and commands then happen while its nested event loop runs.
        QTimer.singleShot(0, window.actions.import_files.trigger)
        _when_dialog_listed(start)
    else:
        QTimer.singleShot(0, start)
    return app.exec()


def run_scenario(
    folder: Path, run_cli, *, commands: int = 50, tag_every_ms: int = 100, timeout: float = 60.0, min_tags: int = 5
):
    """The file-dialog + command-line scenario: a real window process shows Import Articles on the library's
    folder (articles and library side by side, the usual set-up) and keeps tagging while `commands` command-line
    commands run against the same library. `run_cli(argv) -> (exit status, stderr)` runs one command.

    Returns figures: acknowledged tags, lost (acknowledged but absent afterwards), integrity, per-command
    outcomes, and whether the window crashed or hung.
    """
    import sqlite3
    import subprocess
    import threading

    from reader_app.core.model import ParsedDocument
    from reader_app.services import importing
    from reader_app.storage import backup, open_library
    from reader_app.storage.library_files import backups_dir_for

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "library.sqlite3"
    lib = open_library(db)
    body = "Corvel Dynamics may have discussed a merger with Hanbit Nuri Holdings, analysts said. " * 40
    importing.store_document(lib, ParsedDocument(text=body, title="Merger talk", format="txt", encoding="utf-8"))
    lib.close()
    saved = backup.backup_file(db, backups_dir_for(db))
    for i in range(3):
        (folder / f"note-{i}.txt").write_text(f"Note {i}\n\nBrantwood Rail could merge with Osterley Mills.\n")
    window = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), str(db), "--dialog", "--tag-every", str(tag_every_ms)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder)},
    )  # fmt: skip
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(window.stdout.readline, "")), daemon=True)
    reader.start()
    figures = {"tagged": 0, "lost": 0, "crashed": False, "hung": False, "failed": [], "outcomes": {}}
    while not any(line.startswith("ready") for line in lines) and window.poll() is None:
        threading.Event().wait(0.05)
    if window.poll() is not None:
        figures["crashed"] = True
        figures["stderr"] = window.stderr.read()[-2000:]
        return figures
    pid = int(next(line for line in lines if line.startswith("ready")).split()[1])
    figures["pid"] = pid
    figures["wal_index_locks_after_dialog"] = posix_locks(Path(f"{db}-shm"), pid)
    plan = [
        ["list"],
        ["list", "--json"],
        ["export", str(folder / "out.csv")],
        ["import", str(folder / "note-0.txt")],
        ["suggest", "--accept-all"],
        ["backup"],
        ["backups"],
        ["restore", str(saved.path)],
        ["import", str(folder)],
        ["export", str(folder / "out-1.csv"), "--article", "1"],
    ]
    for i in range(commands):
        argv = ["--db", str(db), *plan[i % len(plan)]]
        status, err = run_cli(argv)
        key = " ".join(plan[i % len(plan)][:1] + [a for a in plan[i % len(plan)][1:] if a.startswith("--")])
        figures["outcomes"].setdefault(key, []).append((status, err.strip()))
    # The window tags on its own timer; on a loaded machine 50 quick commands can end before it tagged a handful
    # of times. Let it go on (bounded) until it has, so the figure says whether it kept working, not how fast.
    deadline = time.monotonic() + timeout
    while sum(line.startswith("tagged ") for line in lines) < min_tags and window.poll() is None:
        if time.monotonic() > deadline:
            break
        threading.Event().wait(0.05)
    try:
        window.stdin.write("quit\n")
        window.stdin.flush()
        window.wait(timeout=timeout)
    except (BrokenPipeError, OSError):
        figures["crashed"] = True
        window.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        figures["hung"] = True
        window.kill()
        window.wait()
    reader.join(timeout=5)
    figures["crashed"] = figures["crashed"] or window.returncode != 0 or not any(x.strip() == "closed" for x in lines)
    if figures["crashed"]:
        figures["stderr"] = window.stderr.read()[-2000:]
    acknowledged = {int(line.split()[1]) for line in lines if line.startswith("tagged ")}
    figures["failed"] = [line.strip() for line in lines if line.startswith("failed ")]
    con = sqlite3.connect(db)
    try:
        figures["integrity"] = con.execute("PRAGMA integrity_check").fetchone()[0]
        stored = {row[0] for row in con.execute("SELECT id FROM annotation")}
        figures["articles"] = con.execute("SELECT count(*) FROM article").fetchone()[0]
    finally:
        con.close()
    figures["tagged"] = len(acknowledged)
    figures["lost"] = len(acknowledged - stored)
    return figures


def posix_locks(path: Path, pid: int) -> int | None:
    """POSIX record locks process `pid` holds on `path` (Linux /proc/locks); None where that cannot be seen."""
    if not Path("/proc/locks").exists() or not path.exists():
        return None
    st = os.stat(path)
    key = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    count = 0
    with open("/proc/locks", encoding="ascii") as table:
        for line in table:
            fields = line.split()
            if len(fields) > 1 and fields[1] == "->":
                fields = fields[1:]
            count += len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == str(pid) and fields[5] == key
    return count


def _when_dialog_listed(then) -> None:
    """Call `then` once the modal file dialog is up and has listed its folder (and a moment for its icons)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        model = dialog.findChild(QFileSystemModel) if isinstance(dialog, QFileDialog) else None
        if model is None or model.rowCount(model.index(dialog.directory().absolutePath())) == 0:
            QTimer.singleShot(50, poll)
            return
        QTimer.singleShot(500, then)

    QTimer.singleShot(50, poll)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
