"""The one error type services raise for problems the user can act on."""


class UserError(Exception):
    """A message meant for the analyst: it names the file or item and says what to do."""
