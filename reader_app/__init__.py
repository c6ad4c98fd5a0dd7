"""Reader: read business news and annotate companies, quotes and speculative claims."""

__version__ = "0.1.0"
APP_NAME = "Reader"
APP_ID = "reader-app"
