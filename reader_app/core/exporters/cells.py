"""Spreadsheet-safe text cells: neutralise what Excel or LibreOffice would run as a formula, and undo it.

OWASP's CSV-injection advice: a cell that begins with `=`, `+`, `-`, `@`, tab, carriage return, line feed or
NUL may be evaluated as a formula (`=HYPERLINK(...)`, DDE `=cmd|...`), so it gets a leading apostrophe and is
shown as text. A cell that already begins with an apostrophe gets one too, so stripping exactly one leading
apostrophe on import always gives back the stored value: the mapping is reversible, never a guess.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
GUARD = "'"


def neutralise(value: str) -> str:
    """The cell as written to CSV: the value itself, or the value behind an apostrophe."""
    if value.startswith(FORMULA_STARTS) or value.startswith(GUARD):
        return GUARD + value
    return value


def restore(cell: str) -> str:
    """The stored value behind a cell that neutralise() wrote."""
    return cell[1:] if cell.startswith(GUARD) else cell
