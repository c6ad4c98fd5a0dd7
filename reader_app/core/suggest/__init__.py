"""Qt-free suggestion engine: proposes company, quote and speculation annotations for one article.

from reader_app.core.suggest import suggest, CompanyRegistry, RegistryEntry
suggest(text, language="ko", body=(start, end), registry=CompanyRegistry.load_default())
"""

from reader_app.core.suggest.engine import guess_body, suggest
from reader_app.core.suggest.registry import CompanyRegistry, RegistryEntry

__all__ = ["CompanyRegistry", "RegistryEntry", "guess_body", "suggest"]
