"""The decorator that makes a service's `library` parameter true: the call reads and writes that library."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from reader_app.storage import Library

P = ParamSpec("P")
R = TypeVar("R")


def uses_library(function: Callable[Concatenate[Library, P], R]) -> Callable[Concatenate[Library, P], R]:
    """Bind the library given as the first argument for the whole call (storage then uses its connection)."""

    @functools.wraps(function)
    def bound(library: Library, *args: P.args, **kwargs: P.kwargs) -> R:
        with library.bound():
            return function(library, *args, **kwargs)

    return bound
