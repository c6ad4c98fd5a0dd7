"""Only regular files are imported, read with a hard byte limit: devices, pipes and links to them never hang."""

from __future__ import annotations

import os
import sys

import pytest

from reader_app.core.importing import ImportCancelled, ImportFailure, parse_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def test_a_symlink_to_dev_zero_is_refused_as_not_a_regular_file(tmp_path, watchdog):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    link = tmp_path / "endless.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(ImportFailure, match="not a regular file") as caught:
        watchdog(lambda: parse_file(link))
    assert "\n" not in str(caught.value) and "endless.txt" in str(caught.value)


def test_a_fifo_named_txt_is_refused_without_waiting_for_a_writer(tmp_path, watchdog):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailure, match="not a regular file"):
        watchdog(lambda: parse_file(fifo))


def test_a_device_is_refused(tmp_path, watchdog):
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null here")
    device = tmp_path / "device.txt"
    device.symlink_to("/dev/null")
    with pytest.raises(ImportFailure, match="not a regular file"):
        watchdog(lambda: parse_file(device))


def test_the_byte_limit_holds_when_the_size_on_disk_says_nothing(tmp_path):
    from reader_app.core.importing import reading

    # Files under /proc report a size of 0 and still hold data: the read itself must stop at the limit.
    proc = "/proc/self/maps"
    if not os.path.exists(proc) or os.stat(proc).st_size != 0:
        pytest.skip("no /proc here to stand for a file whose size is not known in advance")
    with pytest.raises(ImportFailure, match="limit"):
        reading.read_regular_file(proc, max_bytes=64)
    small = tmp_path / "small.txt"
    small.write_bytes(b"Title\n\nbody\n")
    assert reading.read_regular_file(small, max_bytes=64) == b"Title\n\nbody\n"


def test_cancel_interrupts_reading_one_file(tmp_path, monkeypatch):
    from reader_app.core.importing import reading

    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n\n" + b"word " * 50_000)
    monkeypatch.setattr(reading, "_CHUNK", 1024)
    calls = []
    with pytest.raises(ImportCancelled):
        parse_file(path, cancelled=lambda: calls.append(1) or len(calls) > 3)


def test_a_socket_named_txt_is_refused_as_not_a_regular_file(tmp_path, watchdog):
    import socket

    path = tmp_path / "socket.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(ImportFailure, match="not a regular file"):
            watchdog(lambda: parse_file(path))
    finally:
        server.close()
