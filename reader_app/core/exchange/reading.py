"""Read a colleague's annotation file from disk, bounded in size and time, and cancellable; then parse it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from reader_app.core.exchange.read_csv import parse_csv
from reader_app.core.exchange.read_json import parse_json
from reader_app.core.exchange.records import ExchangeFile, ExchangeFormatError

MAX_FILE_BYTES = 512 * 1024 * 1024  # a whole team's library with its articles fits; a stray disk image does not
MAX_SECONDS = 300  # reading from a stalled network share gives up rather than hanging the import
_CHUNK = 1024 * 1024


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
    deadline = time.monotonic() + MAX_SECONDS
    chunks: list[bytes] = []
    size = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise ExchangeFormatError(
                        f"{path.name} is larger than {max_bytes // (1024 * 1024)} MB; export a smaller part "
                        "(one article, or a filter) and import that."
                    )
                if cancelled is not None and cancelled():
                    raise ReadCancelled()
                if time.monotonic() > deadline:
                    raise ExchangeFormatError(f"Reading {path} took too long; copy it to a local folder first.")
                chunks.append(chunk)
    except OSError as exc:
        raise ExchangeFormatError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    return b"".join(chunks)
