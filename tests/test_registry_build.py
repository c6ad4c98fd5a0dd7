"""The shipped registry is what packaging/build_registry.py derives from the listings; its name forms."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.core.suggest import CompanyRegistry
from reader_app.core.suggest.registry_names import display_case, plain_name, strip_holdings, strip_korean_legal

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "companies"
WORDS = Path("/usr/share/dict/words")


def test_registered_names_become_the_forms_news_uses():
    words = frozenset({"sun", "life", "one"})
    assert plain_name("SAMSUNG ELECTRONICS CO,.LTD", words) == "Samsung Electronics"
    assert plain_name("KT CORPORATION", words) == "KT"
    assert plain_name("SUN LIFE FINANCIAL INC", words) == "Sun Life Financial"
    assert plain_name("BANK OF AMERICA CORP /DE/", words) == "Bank of America"
    assert plain_name("Kongsberg Gruppen ASA/ADR", words) == "Kongsberg Gruppen"
    assert display_case("BGF retail") == "BGF Retail" and display_case("eBay") == "eBay"
    assert strip_korean_legal("(주)한빛소프트") == "한빛소프트" and strip_korean_legal("㈜ 한빛") == "한빛"
    assert strip_holdings("SNT Holdings") == "SNT"


def test_the_shipped_registry_loads_with_curated_entries_first():
    registry = CompanyRegistry.load_default()
    assert registry.lookup("삼성전자").canonical == "Samsung Electronics"  # hand-curated wins
    listed = [e for e in registry.entries if e.listed]
    assert len(listed) > 5000
    assert registry.lookup("SK어드밴스드").canonical == "SK Advanced"  # an unlisted group affiliate (DART)
    assert registry.lookup("Intuitive Machines").listed  # a US listing (SEC and market-cap ranking)


@pytest.mark.skipif(not DATA.is_dir(), reason="the company listings (../shared/data/companies) are not here")
@pytest.mark.skipif(not WORDS.is_file(), reason="no system word list (apt-get install wamerican)")
def test_the_shipped_registry_is_what_the_build_script_derives(tmp_path):
    out = tmp_path / "listed.json"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_registry.py"), "--data", str(DATA), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    shipped = ROOT / "resources" / "registry" / "listed.json"
    assert out.read_bytes() == shipped.read_bytes(), "rerun python packaging/build_registry.py and commit"
    rows = json.loads(out.read_text(encoding="utf-8"))["companies"]
    aliases = {a for row in rows for a in row[1]}
    assert not aliases & {"Korea", "China", "Japan", "한국", "미국", "International", "company"}
