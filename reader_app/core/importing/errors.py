"""The one exception the import core raises, and the limits it enforces."""

from __future__ import annotations

from reader_app.core.errors import UserError

MAX_BYTES = 20 * 1024 * 1024  # 20 MB: far beyond any article, small enough to never stall the app
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class ImportCancelled(Exception):
    """The analyst cancelled while this item was being read or fetched; ``str(e)`` names the item."""


class ImportFailure(UserError):
    """A file that cannot be imported; ``str(e)`` is one line naming the file, the problem and the fix."""

    def __init__(self, filename: str, problem: str, fix: str = "") -> None:
        # A file name with a newline would break the one-line promise the batch summary relies on.
        self.filename = " ".join(str(filename).split()) or "(unnamed)"
        self.problem = problem
        self.fix = fix
        message = f"{self.filename}: {problem}"
        if fix:
            message += f" — {fix}"
        super().__init__(message)
