"""The one error type services raise for problems the user can act on (defined in core, so storage shares it)."""

from reader_app.core.errors import UserError

__all__ = ["UserError"]
