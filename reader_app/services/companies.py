"""The company registry as the analyst sees it: shipped entries plus the companies they tagged or added."""

from __future__ import annotations

import threading

from reader_app.core.suggest import CompanyRegistry, RegistryEntry
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import companies as company_store
from reader_app.storage.companies import StoredCompany

_lock = threading.Lock()
_cache: dict[tuple, CompanyRegistry] = {}


@uses_library
def registry(library: Library) -> CompanyRegistry:
    """The shipped registry with the library's own companies on top; rebuilt only when those change."""
    own = tuple(company_store.all_companies())
    with _lock:
        cached = _cache.get(own)
        if cached is None:
            entries = [RegistryEntry(c.canonical, c.aliases, c.exchange, c.ticker) for c in own]
            cached = CompanyRegistry.load_default().with_entries(entries)
            _cache.clear()  # one library at a time: keep only the newest
            _cache[own] = cached
    return cached


@uses_library
def learn(library: Library, canonical: str, alias: str) -> None:
    """Remember that `alias` names `canonical` (caller holds the transaction). Known pairs are skipped."""
    canonical, alias = canonical.strip(), " ".join(alias.split())
    if not canonical or not alias:
        return
    shipped = CompanyRegistry.load_default().get(canonical)
    if shipped is not None and alias in (*shipped.aliases, shipped.canonical):
        return
    stored = company_store.get_by_canonical(canonical)
    if stored is not None and alias in stored.aliases:
        return
    base = list(shipped.aliases) if shipped and stored is None else []
    company_store.upsert(
        canonical, [*base, alias], shipped.exchange if shipped else "", shipped.ticker if shipped else ""
    )


@uses_library
def own_companies(library: Library) -> list[StoredCompany]:
    return company_store.all_companies()


@uses_library
@uses_library
def save_company(
    library: Library, company_id: int | None, canonical: str, aliases: list[str], exchange: str = "", ticker: str = ""
) -> None:
    canonical = canonical.strip()
    if not canonical:
        raise UserError("A company needs a name.")
    aliases = [a.strip() for a in aliases if a.strip()]
    with library.atomic():
        other = company_store.get_by_canonical(canonical)
        if other is not None and other.id != company_id:
            raise UserError(f"“{canonical}” is already in the registry; edit that entry instead.")
        if company_id is None:
            company_store.upsert(canonical, aliases, exchange.strip(), ticker.strip())
        else:
            company_store.update(company_id, canonical, aliases, exchange.strip(), ticker.strip())


@uses_library
def delete_company(library: Library, company_id: int) -> None:
    with library.atomic():
        company_store.delete(company_id)
