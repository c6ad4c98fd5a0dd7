"""The analyst's own companies: entries added by tagging or by hand, layered over the shipped registry."""

from __future__ import annotations

import json
from dataclasses import dataclass

from reader_app.core.text import utc_now
from reader_app.storage.schema import CompanyRow


@dataclass(frozen=True)
class StoredCompany:
    id: int
    canonical: str
    aliases: tuple[str, ...]
    exchange: str = ""
    ticker: str = ""


def _to_company(row: CompanyRow) -> StoredCompany:
    return StoredCompany(row.id, row.canonical, tuple(json.loads(row.aliases or "[]")), row.exchange, row.ticker)


def all_companies() -> list[StoredCompany]:
    return [_to_company(r) for r in CompanyRow.select().order_by(CompanyRow.canonical)]


def get_by_canonical(canonical: str) -> StoredCompany | None:
    row = CompanyRow.get_or_none(CompanyRow.canonical == canonical)
    return _to_company(row) if row else None


def upsert(canonical: str, aliases: list[str], exchange: str = "", ticker: str = "") -> StoredCompany:
    """Add a company or merge new aliases into it (caller holds the transaction)."""
    row = CompanyRow.get_or_none(CompanyRow.canonical == canonical)
    if row is None:
        CompanyRow.insert(
            canonical=canonical,
            aliases=json.dumps(sorted(set(aliases)), ensure_ascii=False),
            exchange=exchange,
            ticker=ticker,
            created_at=utc_now(),
        ).execute()
    else:
        merged = sorted(set(json.loads(row.aliases or "[]")) | set(aliases))
        CompanyRow.update(
            aliases=json.dumps(merged, ensure_ascii=False),
            exchange=exchange or row.exchange,
            ticker=ticker or row.ticker,
        ).where(CompanyRow.id == row.id).execute()
    result = get_by_canonical(canonical)
    assert result is not None
    return result


def update(company_id: int, canonical: str, aliases: list[str], exchange: str, ticker: str) -> None:
    CompanyRow.update(
        canonical=canonical,
        aliases=json.dumps(sorted(set(aliases)), ensure_ascii=False),
        exchange=exchange,
        ticker=ticker,
    ).where(CompanyRow.id == company_id).execute()


def delete(company_id: int) -> None:
    CompanyRow.delete().where(CompanyRow.id == company_id).execute()
