"""The company registry as the analyst sees it: shipped entries plus the companies they tagged or added."""

from __future__ import annotations

import threading

from reader_app.core.suggest import CompanyRegistry, RegistryEntry
from reader_app.services import learning
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import companies as company_store
from reader_app.storage.companies import StoredCompany

_lock = threading.Lock()
_cache: dict[tuple, CompanyRegistry] = {}


@uses_library
def registry(library: Library) -> CompanyRegistry:
    """The shipped registry with the library's own and learned companies on top; rebuilt only when those change."""
    own = tuple(company_store.all_companies())
    learned = tuple(learning.learned_companies(library))
    with _lock:
        cached = _cache.get((own, learned))
        if cached is None:
            cached = _layered(own, learned)
            _cache.clear()  # one library at a time: keep only the newest
            _cache[(own, learned)] = cached
    return cached


def _layered(own: tuple[StoredCompany, ...], learned: tuple[tuple[str, str], ...]) -> CompanyRegistry:
    """Own entries, then learned aliases merged into the entry of their canonical name (own, shipped or new)."""
    shipped = CompanyRegistry.load_default()
    entries: dict[str, RegistryEntry] = {
        c.canonical: RegistryEntry(c.canonical, c.aliases, c.exchange, c.ticker) for c in own
    }
    for alias, canonical in learned:
        base = entries.get(canonical) or shipped.get(canonical) or RegistryEntry(canonical, ())
        if alias not in base.aliases and alias != base.canonical:
            base = base._replace(aliases=(*base.aliases, alias))
        entries[canonical] = base
    return shipped.with_entries(entries.values())


@uses_library
def name_completions(library: Library) -> list[tuple[str, str]]:
    """(name, canonical) for every name the registry knows, Korean and English, for completing a company field."""
    pairs: dict[tuple[str, str], None] = {}
    for entry in registry(library).entries:
        for name in (entry.canonical, *entry.aliases):
            if name.strip():
                pairs[(name.strip(), entry.canonical)] = None
    return sorted(pairs, key=lambda pair: (pair[0].lower(), pair[1]))


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
