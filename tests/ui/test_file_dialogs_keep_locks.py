"""The window's file dialogs never open the library's files, so SQLite's locks on them survive a dialog.

Closing any descriptor of a file drops all of the process's POSIX locks on it; Qt's default icon provider opened
`library.sqlite3-shm` to guess its type, and /proc/locks showed the window's lock on it gone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from reader_app.core.model import ParsedDocument
from reader_app.services import importing
from reader_app.storage import open_library

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks to see locks")


def posix_locks(path: Path, pid: int) -> int:
    """How many POSIX record locks process `pid` holds on the file at `path`, as the kernel lists them."""
    st = os.stat(path)
    key = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    count = 0
    with open("/proc/locks", encoding="ascii") as table:
        for line in table:
            fields = line.split()
            if len(fields) > 1 and fields[1] == "->":  # a waiting request, listed under the lock it waits for
                fields = fields[1:]
            if len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == str(pid) and fields[5] == key:
                count += 1
    return count


def _library_in_home(tmp_path) -> Path:
    db = Path(os.environ["HOME"]) / "library.sqlite3"
    lib = open_library(db)
    importing.store_document(
        lib, ParsedDocument(text="Halden Works may expand. " * 40, title="A", format="txt", encoding="utf-8")
    )
    lib.close()
    return db


def _while_dialog_open(qtbot, trigger, inspect) -> list:
    """Run `trigger` (which opens a modal file dialog), call `inspect(dialog)` once it listed its folder, close it."""
    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, poll)
            return
        model = dialog.findChild(QFileSystemModel)
        loaded: list = []
        model.directoryLoaded.connect(loaded.append)
        # The folder's listing (and the icons and types of what is in it) arrive from a gatherer thread.
        qtbot.waitUntil(lambda: bool(loaded) or model.rowCount(model.index(dialog.directory().absolutePath())) > 0)
        qtbot.wait(500)
        seen.append(inspect(dialog))
        dialog.reject()

    QTimer.singleShot(0, poll)
    trigger()
    return seen


@pytest.mark.allow_modal
@pytest.mark.parametrize("action", ["import_files", "import_folder"])
def test_the_import_dialogs_leave_the_windows_sqlite_locks_in_place(make_window, qtbot, tmp_path, action):
    db = _library_in_home(tmp_path)
    window = make_window(db)
    shm = Path(f"{db}-shm")
    before = posix_locks(shm, os.getpid())
    assert before >= 1  # the open connection's lock on the WAL index

    names = _while_dialog_open(qtbot, getattr(window.actions, action).trigger, _listed_names)

    assert posix_locks(shm, os.getpid()) == before
    assert names and not any(n.startswith("library.sqlite3") for n in names[0])


@pytest.mark.allow_modal
def test_the_export_dialog_leaves_the_locks_in_place_and_hides_the_library(make_window, qtbot, tmp_path):
    db = _library_in_home(tmp_path)
    window = make_window(db)
    shm = Path(f"{db}-shm")
    before = posix_locks(shm, os.getpid())
    names = _while_dialog_open(qtbot, window.actions.export_csv.trigger, _listed_names)
    assert posix_locks(shm, os.getpid()) == before
    assert names and "library.sqlite3" not in names[0]


def _listed_names(dialog: QFileDialog) -> list[str]:
    """Names the dialog's list shows (through its proxy, as the analyst sees them)."""
    from PySide6.QtWidgets import QListView

    view = dialog.findChild(QListView, "listView")
    model = view.model()
    root = view.rootIndex()
    return [model.index(row, 0, root).data() for row in range(model.rowCount(root))]


def test_library_file_names_are_recognised():
    from reader_app.ui.dialogs.file_dialogs import is_library_file

    for name in ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm", "library.sqlite3.lock",
                 "library.sqlite3.broken-20240101-000000", ".library.sqlite3.restoring"):  # fmt: skip
        assert is_library_file(name), name
    for name in ("article.txt", "notes.md", "report.html", "annotations.csv"):
        assert not is_library_file(name), name


def test_every_file_dialog_of_the_app_goes_through_the_safe_helpers():
    """A QFileDialog made anywhere else would sniff the library's files again (and drop SQLite's locks)."""
    package = Path(__file__).resolve().parents[2] / "reader_app"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
