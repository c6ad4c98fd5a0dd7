"""The one error type that reaches the window: a problem the analyst can act on, said in one line."""


class UserError(Exception):
    """A message meant for the analyst: it names the file or item and says what to do.

    Defined in core so every layer can raise it: storage's LibraryError and the services' errors subclass it, and
    the UI catches only this.
    """
