"""Storage fixtures: libraries with some articles in them, and a way to damage a file as a disk would."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader_app.storage import Library, open_library
from reader_app.storage import articles as article_store


def _add_articles(library: Library, count: int, start: int = 0) -> list[int]:
    ids = []
    with library.atomic():
        for i in range(start, start + count):
            ids.append(
                article_store.insert(
                    {
                        "title": f"Article {i}",
                        "text": f"Body of article {i}. " * 200,
                        "content_hash": f"h{i}",
                        "imported_at": "2024-01-01T00:00:00Z",
                    }
                )
            )
    return ids


def _damage(path: Path) -> None:
    """Noise over three whole pages in the middle, header (and so the identity) intact, as a failing disk would."""
    data = bytearray(path.read_bytes())
    rnd = random.Random(7)
    pages = len(data) // 4096
    start = 4096 * max(1, pages // 2 - 1)
    for offset in range(start, min(len(data), start + 3 * 4096)):
        data[offset] = rnd.randrange(256)
    path.write_bytes(bytes(data))


@pytest.fixture
def add_articles():
    """add_articles(library, count, start=0) -> ids, in one transaction."""
    return _add_articles


@pytest.fixture
def damage():
    """damage(path): noise over pages in the middle, header intact, as a failing disk leaves a file."""
    return _damage


@pytest.fixture
def filled_library_path(tmp_path) -> Path:
    """A closed library file with 40 articles (about 50 pages), as an analyst's library would be."""
    path = tmp_path / "library.sqlite3"
    library = open_library(path)
    _add_articles(library, 40)
    library.close()
    return path
