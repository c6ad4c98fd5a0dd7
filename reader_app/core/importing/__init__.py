"""Qt-free import core: turn .txt, .md and .html articles (bytes or files) into ParsedDocuments."""

from reader_app.core.text import guess_language

from .errors import MAX_BYTES, SUPPORTED_SUFFIXES, ImportCancelled, ImportFailure
from .importer import parse_bytes, parse_file

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ImportCancelled",
    "ImportFailure",
    "guess_language",
    "parse_bytes",
    "parse_file",
]
