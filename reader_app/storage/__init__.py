"""The library file: the one package that talks to SQLite (through peewee)."""

from reader_app.storage.db import Library, open_library
from reader_app.storage.errors import LibraryError

__all__ = ["Library", "LibraryError", "open_library"]
