"""The library lock: a sidecar file locked with flock before SQLite opens the library, kept out by nothing else.

Another process is a real child process here: locks only keep other processes out.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reader_app.storage import open_library
from reader_app.storage.errors import LibraryBusyError
from reader_app.storage.library_lock import EXCLUSIVE, SHARED, LibraryInUse, acquire, lock_path_for

REPO = Path(__file__).resolve().parents[2]


class Child:
    """A Python child process that runs `code`, prints `ready`, then runs each line it is sent and echoes it."""

    def __init__(self, code: str) -> None:
        script = textwrap.dedent(code) + textwrap.dedent(
            """
            import sys
            print("ready", flush=True)
            for line in sys.stdin:
                exec(line)
                print("done", flush=True)
            """
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        assert self.process.stdout.readline().strip() == "ready"

    def run(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "done"

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def child():
    started = []

    def start(code: str) -> Child:
        started.append(Child(code))
        return started[-1]

    yield start
    for one in started:
        if one.process.poll() is None:
            one.process.kill()
            one.process.wait()


def test_a_window_holding_the_library_keeps_writers_out_and_lets_readers_read(child, library, tmp_path):
    path = library.path
    library.close()
    holder = child(
        f"""
        from reader_app.storage.library_lock import acquire, EXCLUSIVE
        lock = acquire({str(path)!r}, EXCLUSIVE, purpose="window")
        """
    )
    with pytest.raises(LibraryInUse) as busy:
        acquire(path, SHARED)
    assert busy.value.held_exclusively and busy.value.holder.pid == holder.process.pid
    with pytest.raises(LibraryBusyError, match=f"open in a Reader window \\(pid {holder.process.pid}\\)"):
        open_library(path)
    reader = open_library(path, read_when_held=True)
    try:
        assert reader.read_only and reader.lock is None
        assert "read-only" in reader.notices[0]
    finally:
        reader.close()
    holder.stop()
    open_library(path).close()  # free again once the window has gone


def test_commands_share_the_lock_and_a_window_waits_for_them(child, library):
    path = library.path  # this process holds it shared, as a writing command does
    other = child(
        f"""
        from reader_app.storage import open_library
        lib = open_library({str(path)!r})
        """
    )
    with pytest.raises(LibraryInUse) as busy:
        acquire(path, EXCLUSIVE, purpose="window", wait_seconds=0.2)
    assert not busy.value.held_exclusively
    other.stop()
    library.close()
    window = acquire(path, EXCLUSIVE, purpose="window")
    window.release()


def test_the_lock_survives_this_process_closing_other_descriptors_of_both_files(child, tmp_path):
    path = tmp_path / "library.sqlite3"
    library = open_library(path, hold=EXCLUSIVE, purpose="window")
    try:
        for name in (path, lock_path_for(path), Path(f"{path}-shm")):
            with open(name, "rb") as handle:  # what a file dialog sniffing the folder used to do
                handle.read(16)
        probe = textwrap.dedent(
            f"""
            from reader_app.storage.library_lock import acquire, LibraryInUse
            try:
                acquire({str(path)!r})
                print("got it")
            except LibraryInUse as exc:
                print("refused", exc.holder.pid)
            """
        )
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        assert result.stdout.split() == ["refused", str(os.getpid())]
    finally:
        library.close()


def test_a_lock_is_counted_within_a_process_and_leaves_no_file_behind(tmp_path):
    path = tmp_path / "library.sqlite3"
    first = open_library(path)
    second = open_library(path, hold=EXCLUSIVE, purpose="window")
    first.close()
    assert lock_path_for(path).exists() and second.lock.mode == EXCLUSIVE
    second.close()
    assert not lock_path_for(path).exists()


def test_a_read_only_connection_closing_last_leaves_the_wal_and_later_writes_intact(child, tmp_path):
    """The proof that a reader beside a window cannot delete its WAL: SQLite's mode=ro never checkpoints on close.

    The window's own POSIX locks are dropped first (a descriptor closed), so the reader believes it is the last
    connection: exactly the state in which a read-write connection deleted the window's -wal and -shm.
    """
    path = tmp_path / "library.sqlite3"
    open_library(path).close()
    window = child(
        f"""
        import sqlite3
        con = sqlite3.connect({str(path)!r}, isolation_level=None)
        con.execute("PRAGMA journal_mode=wal")
        con.execute("PRAGMA wal_autocheckpoint=0")
        add = "INSERT INTO company (canonical, aliases, exchange, ticker, created_at) VALUES (?, '[]', '', '', '')"
        con.execute(add, ("Probe 1",))
        open({str(path)!r}, "rb").close(); open({str(path) + "-shm"!r}, "rb").close()
        """
    )
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    assert wal.stat().st_size > 0 and shm.exists()
    reader = open_library(path, read_only=True)
    assert reader.db.execute_sql("SELECT count(*) FROM label").fetchone()[0] == 3
    reader.close()
    assert wal.exists() and wal.stat().st_size > 0 and shm.exists()
    window.run('con.execute(add, ("Probe 2",))')
    window.run("con.close()")
    window.stop()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [n for (n,) in con.execute("SELECT canonical FROM company ORDER BY 1")] == ["Probe 1", "Probe 2"]
    finally:
        con.close()


_CREATE = """
import sys, time
from pathlib import Path
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
from reader_app.storage import open_library
try:
    open_library(sys.argv[1]).close()
    print("ok")
except Exception as exc:
    print(f"failed: {exc}")
"""


def test_processes_creating_the_same_new_library_at_once_all_open_it(tmp_path):
    messages = []
    for round_ in range(4):
        path = tmp_path / f"new-{round_}" / "library.sqlite3"
        go = tmp_path / f"go-{round_}"
        command = [sys.executable, "-c", "import reader_app.storage\n" + _CREATE, str(path), str(go)]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        children = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env) for _ in range(4)]
        time.sleep(1.0)  # every child has imported storage and waits for the signal
        go.touch()
        messages += [c.communicate(timeout=60)[0].strip() for c in children]
        # No half-built temporary library is left; SQLite may leave an idle -wal/-shm when a reader closed last.
        left = {p.name for p in path.parent.iterdir()} - {"library.sqlite3-wal", "library.sqlite3-shm"}
        assert left == {"library.sqlite3"}, (left, messages)
    assert messages == ["ok"] * len(messages)
