"""Which library the models talk to: the one bound in this context, else the one opened last.

Every peewee model reads its database through one proxy. A service binds the library it was given for the
length of the call (`Library.bound()`), so two libraries open in one process each get their own reads and
writes. Code that binds nothing (storage tests, migrations at open time) uses the library opened last.
The binding is a ContextVar: each thread starts unbound, and a binding never leaks to another thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from peewee import DatabaseProxy, SqliteDatabase

_bound: ContextVar[SqliteDatabase | None] = ContextVar("reader_bound_library", default=None)


class LibraryProxy(DatabaseProxy):
    """A DatabaseProxy whose target is the context's bound database, falling back to the one opened last."""

    __slots__ = ("_opened",)

    def __setattr__(self, attr, value):  # Proxy refuses attributes outside its own slots
        object.__setattr__(self, attr, value)

    @property
    def obj(self):
        bound = _bound.get()
        return bound if bound is not None else self._opened

    @obj.setter
    def obj(self, value) -> None:
        object.__setattr__(self, "_opened", value)

    def forget(self, db: SqliteDatabase) -> None:
        """A library closed: it is no longer the fallback."""
        if self._opened is db:
            self.initialize(None)


@contextmanager
def bind(db: SqliteDatabase) -> Iterator[None]:
    token = _bound.set(db)
    try:
        yield
    finally:
        _bound.reset(token)
