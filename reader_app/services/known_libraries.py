"""Remember which library files this user has opened, so a missing one is never silently replaced by an empty one.

Kept as a small JSON file in the user data folder (the same folder for a pip install and a packaged app).
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timezone
from pathlib import Path

from reader_app.core.atomic_write import write_bytes_atomically
from reader_app.paths import default_data_dir

FILE_NAME = "known-libraries.json"
_LIMIT = 50  # the newest libraries only; an analyst has a handful


def _file() -> Path:
    return default_data_dir() / FILE_NAME


def _load() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _save(known: dict[str, str]) -> None:
    # Best effort: a read-only data folder only loses the note, never the analyst's work.
    with contextlib.suppress(OSError):
        _file().parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(_file(), json.dumps(known, indent=1).encode("utf-8"))


def remember(path: Path) -> None:
    """Note that a library was opened at path (best effort: a read-only data folder only loses the note)."""
    known = _load()
    known[str(Path(path).resolve())] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    newest = dict(sorted(known.items(), key=lambda item: item[1], reverse=True)[:_LIMIT])
    _save(newest)


def last_opened(path: Path) -> str | None:
    """When a library at path was last opened (ISO 8601), or None if never."""
    return _load().get(str(Path(path).resolve()))


def forget(path: Path) -> None:
    known = _load()
    if known.pop(str(Path(path).resolve()), None) is not None:
        _save(known)
