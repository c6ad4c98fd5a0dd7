"""Qt-free import core: turn .txt, .md and .html articles (bytes or files) into ParsedDocuments."""

from .errors import MAX_BYTES, SUPPORTED_SUFFIXES, ImportFailure
from .importer import parse_bytes, parse_file
from .language import guess_language

__all__ = ["MAX_BYTES", "SUPPORTED_SUFFIXES", "ImportFailure", "guess_language", "parse_bytes", "parse_file"]
