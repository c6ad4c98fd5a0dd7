"""The engine's public contract: offsets, sorting, body, confidence and rule on every suggestion."""

from __future__ import annotations

import json

from reader_app.core.model import LABEL_FIELD, Suggestion
from reader_app.core.suggest import CompanyRegistry, RegistryEntry, suggest
from reader_app.core.suggest.registry import default_registry_path

TEXT = (
    "삼성전자, 새 공장 짓나\n\n삼성전자가 평택에 새 공장을 지을 것으로 알려졌다. "
    '회사 관계자는 "투자 규모는 아직 정해지지 않았다"고 말했다.\n'
)


def test_suggestions_are_sorted_inside_the_body_with_valid_offsets():
    found = suggest(TEXT)
    assert found and all(isinstance(s, Suggestion) for s in found)
    assert [s.start for s in found] == sorted(s.start for s in found)
    body_start = TEXT.index("\n\n") + 2
    for s in found:
        assert body_start <= s.start < s.end <= len(TEXT)
        assert TEXT[s.start : s.end] == s.text
        assert 0.0 <= s.confidence <= 1.0 and s.rule
        assert LABEL_FIELD[s.label] in s.fields


def test_an_explicit_body_drops_suggestions_outside_it():
    assert suggest(TEXT, body=(0, 0)) == []
    assert all(s.start >= 10 for s in suggest(TEXT, body=(10, len(TEXT))))


def test_empty_text_has_no_suggestions():
    assert suggest("") == []


def test_the_shipped_registry_resolves_through_the_resource_helper():
    path = default_registry_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    canonicals = [c["canonical"] for c in data["companies"]]
    assert len(canonicals) == len(set(canonicals)) >= 300
    registry = CompanyRegistry.load_default()
    assert registry.get("KT Corporation").ticker == "030200"
    assert all(e.aliases for e in registry.entries)
    parents = {e.parent for e in registry.entries if e.parent}
    assert parents <= set(canonicals)


def test_with_entries_returns_a_new_registry_and_leaves_the_default_alone():
    base = CompanyRegistry.load_default()
    layered = base.with_entries([RegistryEntry("KT Corporation", ("KT", "케이티", "KT Corp"), ticker="030200")])
    assert layered is not base
    assert len(layered.entries) == len(base.entries)
