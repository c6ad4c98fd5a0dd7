"""Read a colleague's annotation file from disk, bounded in size and time, and cancellable; then parse it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from reader_app.core.exchange.read_csv import parse_csv
from reader_app.core.exchange.read_json import parse_json
from reader_app.core.exchange.records import ExchangeFile, ExchangeFormatError
from reader_app.core.importing.errors import ImportCancelled, ImportFailure
from reader_app.core.importing.reading import read_regular_file

MAX_FILE_BYTES = 512 * 1024 * 1024  # a whole team's library with its articles fits; a stray disk image does not
MAX_SECONDS = 300  # reading from a stalled network share gives up rather than hanging the import


class ReadCancelled(Exception):
    """The user pressed Cancel while the file was being read."""


def read_exchange_file(
    path: Path, *, cancelled: Callable[[], bool] | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ExchangeFile:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise ExchangeFormatError(f"{path.name}: import a Reader export named .json or .csv.")
    data = _read(path, cancelled, max_bytes)
    return parse_json(data, path.name) if suffix == ".json" else parse_csv(data, path.name)


def _read(path: Path, cancelled, max_bytes: int) -> bytes:
    """The article reader's safe read (regular files only, opened without waiting on a pipe, a hard byte
    limit, cancellable), with a deadline on top for a stalled network share."""
    deadline = time.monotonic() + MAX_SECONDS
    timed_out = False

    def stop() -> bool:
        nonlocal timed_out
        timed_out = time.monotonic() > deadline
        return timed_out or (cancelled is not None and cancelled())

    try:
        return read_regular_file(path, max_bytes=max_bytes, name=path.name, cancelled=stop)
    except ImportCancelled as exc:
        if timed_out:
            raise ExchangeFormatError(f"Reading {path} took too long; copy it to a local folder first.") from exc
        raise ReadCancelled() from exc
    except ImportFailure as exc:
        if "limit" in exc.problem:  # the byte limit: say how to make the file smaller
            raise ExchangeFormatError(
                f"{path.name} is larger than {max_bytes // (1024 * 1024)} MB; export a smaller part "
                "(one article, or a filter) and import that."
            ) from exc
        raise ExchangeFormatError(f"{exc.filename}: {exc.problem}; choose a Reader export (.json or .csv).") from exc
