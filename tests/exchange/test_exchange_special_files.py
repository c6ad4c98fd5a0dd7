"""A colleague's annotation file is read like an article file: regular files only, never a pipe or a device."""

from __future__ import annotations

import os
import sys

import pytest

from reader_app.core.exchange.reading import read_exchange_file
from reader_app.core.exchange.records import ExchangeFormatError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def test_a_fifo_named_json_is_refused_without_waiting_for_a_writer(tmp_path, watchdog):
    fifo = tmp_path / "team.json"
    os.mkfifo(fifo)
    try:
        with pytest.raises(ExchangeFormatError, match="not a regular file") as caught:
            watchdog(lambda: read_exchange_file(fifo), seconds=5.0)
    finally:
        # On the old code the reader is still blocked in open(): a writer end releases it.
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK) if _has_reader(fifo) else None
        if fd is not None:
            os.close(fd)
    assert "team.json" in str(caught.value) and "\n" not in str(caught.value)


def test_a_link_to_dev_zero_named_csv_is_refused_before_reading_it(tmp_path, watchdog):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    link = tmp_path / "team.csv"
    link.symlink_to("/dev/zero")
    with pytest.raises(ExchangeFormatError, match="not a regular file"):
        watchdog(lambda: read_exchange_file(link))


def _has_reader(fifo) -> bool:
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:  # ENXIO: nobody has it open for reading
        return False
    return True
