"""The library file: the one package that talks to SQLite (through peewee)."""

from reader_app.storage.db import Library, LibraryError, open_library

__all__ = ["Library", "LibraryError", "open_library"]
