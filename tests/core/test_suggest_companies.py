"""Company detector: registry matches with word boundaries, particles, tickers, patterns and short forms."""

from __future__ import annotations

from reader_app.core.model import COMPANY
from reader_app.core.suggest import CompanyRegistry, RegistryEntry, suggest


def _companies(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(s.text, s.fields["canonical"]) for s in suggest(text, **kwargs) if s.label == COMPANY]


def test_korean_particles_stay_outside_the_span():
    found = _companies("KT와 우리금융지주는 협력을 논의했다. 우리금융그룹의 계열사도 참여한다.", language="ko")
    assert ("KT", "KT Corporation") in found
    assert ("우리금융지주", "Woori Financial Group") in found
    assert ("우리금융그룹", "Woori Financial Group") in found


def test_a_name_inside_a_longer_korean_word_is_not_a_mention():
    found = _companies("마이크로소프트연구소는 새 모델을 공개했다.", language="ko")
    assert found == []


def test_a_subsidiary_group_name_resolves_to_the_parent_group():
    assert _companies("우리은행그룹은 디지털 전환에 나섰다.", language="ko") == [
        ("우리은행그룹", "Woori Financial Group")
    ]


def test_ticker_in_angle_brackets_is_outside_the_span():
    text = "HEADLINE\n\nAmerican Express Co <AXP> said on Monday it would cut fees.\n"
    found = [s for s in suggest(text, language="en") if s.label == COMPANY]
    assert [(s.text, s.fields["canonical"]) for s in found] == [("American Express Co", "American Express Co")]
    assert text[found[0].end :].startswith(" <AXP>")


def test_short_form_after_full_name_resolves_to_it():
    text = (
        "HEADLINE\n\nHarlow Brothers Textiles Inc said it agreed to buy a rival mill.\n"
        "Harlow said the deal would close in June.\n"
    )
    found = _companies(text, language="en")
    assert found == [
        ("Harlow Brothers Textiles Inc", "Harlow Brothers Textiles Inc"),
        ("Harlow", "Harlow Brothers Textiles Inc"),
    ]


def test_unknown_companies_come_from_name_patterns_with_lower_confidence():
    found = [
        s for s in suggest("한빛전자가 공장을 세운다. 대형은행들은 반대했다.", language="ko") if s.label == COMPANY
    ]
    assert [(s.text, s.rule) for s in found] == [("한빛전자", "ko-suffix")]
    assert found[0].confidence < 0.7


def test_universities_institutes_and_regulators_are_not_companies():
    text = (
        "HEADLINE\n\nResearchers at Stanford University and the Brookings Institution joined the\n"
        "Securities and Exchange Commission review of Kestrel Mining Corp.\n"
    )
    assert _companies(text, language="en") == [("Kestrel Mining Corp", "Kestrel Mining Corp")]


def test_acronym_stoplist_words_are_not_companies():
    text = "HEADLINE\n\nThe CEO said AI and GDP data shaped the US outlook, officials said.\n"
    assert _companies(text, language="en") == []


def test_analyst_entries_layer_over_the_shipped_registry():
    registry = CompanyRegistry.load_default().with_entries(
        [RegistryEntry("Nurisoft Co", ("누리소프트", "Nurisoft"), exchange="KOSDAQ", ticker="999999")]
    )
    assert _companies("누리소프트가 상장했다.", language="ko", registry=registry) == [("누리소프트", "Nurisoft Co")]
    assert _companies("누리소프트가 상장했다.", language="ko") == []


def test_commercial_banks_named_bank_of_a_place_but_not_central_banks():
    text = (
        "HEADLINE\n\nEconomists at the Industrial Bank of Japan and Northern Trust Bank of Hong Kong Ltd\n"
        "said the Bank of Japan and the Reserve Bank of India would hold rates.\n"
    )
    assert _companies(text, language="en") == [
        ("Industrial Bank of Japan", "Industrial Bank of Japan"),
        ("Northern Trust Bank of Hong Kong Ltd", "Northern Trust Bank of Hong Kong Ltd"),
    ]


def test_a_name_introduced_by_a_trade_noun_is_a_company_wherever_it_recurs():
    text = (
        "HEADLINE\n\nThe fund backed chipmaker Veltrix and research firm Oakline Analytics last year.\n"
        "Veltrix said sales doubled. Retailer Chief Executive Ann Lee declined to comment.\n"
    )
    assert _companies(text, language="en") == [
        ("Veltrix", "Veltrix"),
        ("Oakline Analytics", "Oakline Analytics"),
        ("Veltrix", "Veltrix"),
    ]


def test_a_name_followed_by_a_ticker_is_a_company_and_the_ticker_is_not():
    text = (
        "HEADLINE\n\nSTOCKHOLM, March 2 - Norrland Paper <NRPA ST> bid for a stake in\n"
        "Vastra Timber (Holdings) Ltd <VTHL.HK>. Swedish investors backed Norrland Paper.\n"
    )
    assert _companies(text, language="en") == [
        ("Norrland Paper", "Norrland Paper"),
        ("Vastra Timber (Holdings) Ltd", "Vastra Timber (Holdings) Ltd"),
        ("Norrland Paper", "Norrland Paper"),
    ]


def test_a_one_word_bracketed_name_is_a_company_but_a_ticker_is_not():
    text = "HEADLINE\n\nThe group owns 15 pct of <Corvina> and 9 pct of Delmar Foods Inc <DLMF>.\n"
    assert _companies(text, language="en") == [("Corvina", "Corvina"), ("Delmar Foods Inc", "Delmar Foods Inc")]


def test_a_longer_name_with_distinctive_words_is_not_folded_into_a_registry_alias():
    text = "HEADLINE\n\nVolvo Finance North America Inc sold notes, and Shearson Lehman Bros managed the sale.\n"
    assert _companies(text, language="en") == [
        ("Volvo Finance North America Inc", "Volvo Finance North America Inc"),
        ("Shearson Lehman Bros", "Shearson Lehman Brothers Inc"),
    ]


def test_a_subsidiary_named_after_its_parent_keeps_its_name_beside_a_suffix_pattern():
    found = _companies("제목\n\n카카오엔터프라이즈가 새 서비스를 내놨다.\n", language="ko")
    assert found == [("카카오엔터프라이즈", "Kakao Enterprise")]


def test_news_organisations_named_in_the_text_are_companies():
    text = "Acme shares jump\n\nThe chief executive told Reuters the company may sell its unit, 연합뉴스가 전했다.\n"
    found = {s.text: s.fields.get("canonical") for s in suggest(text) if s.label == "company"}
    assert found.get("Reuters") == "Reuters"
    assert found.get("연합뉴스") == "Yonhap News Agency"


def test_registry_knows_apostrophe_less_wire_spellings_and_korean_software_names():
    found = _companies("Sales rose at McDonalds Corp and Sonatrach last year.", language="en")
    assert found == [("McDonalds Corp", "McDonald's"), ("Sonatrach", "Sonatrach")]
    korean = _companies("한글과컴퓨터와 비브랩스가 새 서비스를 선보였다.", language="ko")
    assert korean == [("한글과컴퓨터", "Hancom Inc"), ("비브랩스", "Viv Labs")]


def test_an_industry_company_apposition_and_a_pharmaceuticals_suffix_name_companies():
    text = (
        "HEADLINE\n\nThe state-owned copper mining company Minera Valdora said output fell. Minera Valdora\n"
        "also cut jobs. The group's Halden Pharmaceuticals unit grew.\n"
    )
    found = _companies(text, language="en")
    assert found.count(("Minera Valdora", "Minera Valdora")) == 2
    assert ("Halden Pharmaceuticals", "Halden Pharmaceuticals") in found


def test_well_known_drugmakers_and_miners_are_in_the_registry():
    text = "HEADLINE\n\nGlaxo and Rio Tinto gained, while BHP and Abbott Laboratories fell.\n"
    assert [c for _, c in _companies(text, language="en")] == [
        "Glaxo Holdings PLC",
        "Rio Tinto",
        "BHP Group",
        "Abbott Laboratories",
    ]
