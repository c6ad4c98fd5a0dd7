"""suggest(): run every detector over one article and return its suggestions, sorted, inside the body."""

from __future__ import annotations

import re

from reader_app.core.importing.inner_furniture import inner_furniture
from reader_app.core.model import Suggestion
from reader_app.core.suggest.companies import company_suggestions, find_companies
from reader_app.core.suggest.quotes import find_quotes, quote_suggestions
from reader_app.core.suggest.registry import CompanyRegistry
from reader_app.core.suggest.speculation import find_speculation
from reader_app.core.text import guess_language

_HEADLINE = re.compile(r"[^\n]*\S[^\n]*\n[ \t\u00a0]*\n")


def guess_body(text: str) -> tuple[int, int]:
    """The body by the corpus convention "headline, blank line, body"; otherwise the whole text."""
    match = _HEADLINE.match(text)
    if match and match.end() < len(text):
        return match.end(), len(text)
    return 0, len(text)


def suggest(
    text: str,
    *,
    language: str = "",
    body: tuple[int, int] | None = None,
    registry: CompanyRegistry | None = None,
    title: str | None = None,
) -> list[Suggestion]:
    """Suggestions for companies, quotes and speculative sentences, sorted by start offset.

    Offsets are str indices into `text`. Only suggestions wholly inside `body` are returned: the guide
    annotates the body only, and page furniture around it would be noise to the analyst. Furniture inside the
    body (an image's repeated headline, a photo caption, the closing byline) is skipped too; `title` finds the
    repeated headline (default: the text's first line, the corpus convention).
    """
    if not text.strip():
        return []
    language = language or guess_language(text)
    body = body if body is not None else guess_body(text)
    registry = registry if registry is not None else CompanyRegistry.load_default()
    companies = find_companies(text, registry, language)
    quotes = find_quotes(text, language, companies, body)
    results = company_suggestions(companies, text) + quote_suggestions(quotes, text)
    results += find_speculation(text, language, quotes, body, {m.end for m in companies})
    start, end = body
    if title is None:
        title = text.split("\n", 1)[0]
    holes = inner_furniture(text, body, title)
    inside = [
        s
        for s in results
        if start <= s.start and s.end <= end and not any(s.start < hi and lo < s.end for lo, hi in holes)
    ]
    return sorted(inside, key=lambda s: (s.start, s.end, s.label))
