"""Company rules for the misses and false alarms of unseen articles, each on sentences written for this test."""

from __future__ import annotations

from reader_app.core.model import COMPANY
from reader_app.core.suggest import CompanyRegistry, RegistryEntry, suggest

ALVORA = RegistryEntry("Alvora Energy", ("Alvora", "Alvora Energy"), "NYSE", "ALV", listed=True)
BENRIX = RegistryEntry("Benrix Chemicals", ("Benrix", "Benrix Chemicals"), "NYSE", "BNX", listed=True)
# A listed company whose short name is an ordinary word, in English and in Korean.
GAPCO = RegistryEntry("Gapco Stores", ("Gapco Stores", "Gap"), "NYSE", "GPS", guarded=("Gap",), listed=True)
DAESAN = RegistryEntry("Daesan Foods", ("대산", "Daesan Foods"), "KRX", "001680", guarded=("대산",), listed=True)
CLASSB = RegistryEntry("B Holdings", ("B",), listed=True)


def _companies(text: str, *extra: RegistryEntry, language: str = "en") -> list[tuple[str, str]]:
    registry = CompanyRegistry.load_default().with_entries(extra)
    found = suggest(text, language=language, registry=registry, body=(0, len(text)))
    return [(s.text, s.fields["canonical"]) for s in found if s.label == COMPANY]


def test_a_hyphen_joined_pair_of_known_companies_is_two_mentions():
    text = "The Alvora-Benrix merger closed on Friday, months after the Alvora-Tamsk venture failed.\n"
    assert _companies(text, ALVORA, BENRIX) == [("Alvora", "Alvora Energy"), ("Benrix", "Benrix Chemicals")]


def test_a_subsidiary_named_for_a_place_is_one_span_of_its_own():
    text = "Alvora Energy of America said it would hire, and Alvora Energy Sales of Canada Ltd agreed.\n"
    assert _companies(text, ALVORA) == [
        ("Alvora Energy of America", "Alvora Energy of America"),
        ("Alvora Energy Sales of Canada Ltd", "Alvora Energy Sales of Canada Ltd"),
    ]


def test_rating_agencies_and_their_short_forms():
    text = "Moody's and S&P cut the outlook while Fitch held it, but the S&P 500 barely moved.\n"
    assert _companies(text) == [("Moody's", "Moody's"), ("S&P", "S&P Global"), ("Fitch", "Fitch Ratings")]
    korean = "한국신용평가(한신평)는 등급을 낮췄다. 한신평은 나이스신평, 서울신용평가와 달리 전망을 유지했다.\n"
    assert _companies(korean, language="ko") == [
        ("한국신용평가", "Korea Investors Service"),
        ("한신평", "Korea Investors Service"),
        ("한신평", "Korea Investors Service"),
        ("나이스신평", "NICE Investors Service"),
        ("서울신용평가", "Seoul Credit Rating & Information"),
    ]


def test_data_providers_are_companies():
    text = "Figures compiled by Refinitiv, Dealogic and PitchBook differed from FactSet's.\n"
    assert [c for _, c in _companies(text)] == ["Refinitiv", "Dealogic", "PitchBook", "FactSet"]
    assert _companies("에프앤가이드에 따르면 영업이익 전망치가 낮아졌다.\n", language="ko") == [
        ("에프앤가이드", "FnGuide")
    ]


def test_share_class_letters_are_not_companies():
    text = "Holders of class B shares and Series B notes voted; B Holdings did not.\n"
    assert _companies(text, CLASSB) == [("B Holdings", "B Holdings")]


def test_a_person_is_not_the_company_named_after_them():
    text = "Michael Dell said demand held. Mr. Dell spoke later, and Dell said it would hire; Dell Inc shares rose.\n"
    assert [t for t, _ in _companies(text)] == ["Dell", "Dell Inc"]


def test_korean_words_for_securities_are_not_firms():
    text = "한빛투자증권은 주가연계증권과 파생결합증권, 자산유동화증권 판매를 늘렸다.\n"
    assert [t for t, _ in _companies(text, language="ko")] == ["한빛투자증권"]


def test_country_names_are_never_companies():
    text = "Korea, China and Japan traded barbs while the United States watched.\n"
    assert _companies(text) == []
    registry = CompanyRegistry.load_default()
    assert all(registry.lookup(name) is None for name in ("Korea", "China", "Japan", "한국", "미국", "중국"))


def test_an_ordinary_word_that_is_a_listed_name_needs_context():
    assert _companies("The gap widened. Gap said sales rose.\n", GAPCO) == [("Gap", "Gapco Stores")]
    assert _companies("Gap widened between the two.\n", GAPCO) == []  # a sentence opener, no corporate word
    assert _companies("Shares of Gap fell while Gapco Stores rose.\n", GAPCO) == [
        ("Gap", "Gapco Stores"),
        ("Gapco Stores", "Gapco Stores"),
    ]
    assert _companies("정부는 중소기업을 대산으로 지원한다.\n", DAESAN, language="ko") == []
    assert _companies("대산 측은 신제품을 내놨다.\n", DAESAN, language="ko") == [("대산", "Daesan Foods")]


def test_a_korean_name_glossed_by_a_known_company_is_that_company_everywhere():
    text = "벤릭스케미칼(Benrix Chemicals)은 증설을 발표했다. 벤릭스케미칼의 주가는 올랐다.\n"
    assert _companies(text, BENRIX, language="ko") == [
        ("벤릭스케미칼", "Benrix Chemicals"),
        ("Benrix Chemicals", "Benrix Chemicals"),
        ("벤릭스케미칼", "Benrix Chemicals"),
    ]


def test_crawled_korean_text_without_spaces_still_shows_the_name():
    text = "한 연구원은삼성물산목표가를 올렸다. 같은 날 Point엔비디아 주가도 올랐다.\n"
    assert _companies(text, language="ko") == [("삼성물산", "Samsung C&T"), ("엔비디아", "Nvidia")]


def test_a_listed_name_in_capitals_is_still_the_company():
    assert _companies("ALVORA agreed to buy the plant.\n", ALVORA) == [("ALVORA", "Alvora Energy")]


def test_unknown_companies_found_by_their_role_a_list_or_a_repeat():
    text = (
        "Kestrune declined to comment. The lenders, Alvora, Mirabex Partners and Tollan Works, agreed.\n"
        "Pia Norden, chief executive of Quorbit Labs, said Kestrune would pay. Quorbit Labs rose.\n"
    )
    found = _companies(text, ALVORA)
    assert found == [
        ("Kestrune", "Kestrune"),
        ("Alvora", "Alvora Energy"),
        ("Mirabex Partners", "Mirabex Partners"),
        ("Tollan Works", "Tollan Works"),
        ("Quorbit Labs", "Quorbit Labs"),
        ("Kestrune", "Kestrune"),
        ("Quorbit Labs", "Quorbit Labs"),
    ]


def test_an_unlisted_korean_firm_found_by_its_suffix_gets_its_english_name():
    assert _companies("BNK저축은행은 예금 금리를 올렸다.\n", language="ko") == [("BNK저축은행", "BNK Savings Bank")]


def test_a_listed_loanword_name_plus_a_business_word_is_not_a_unit_of_it():
    text = "회사의 디바이스솔루션 부문이 흑자를 냈다.\n"
    assert _companies(text, RegistryEntry("Device Co", ("디바이스",), listed=True), language="ko") == []


def test_a_korean_firm_named_in_full_is_the_same_firm_by_its_short_name():
    text = "오로라에쿼티파트너스는 지분을 늘렸다. 오로라는 지난해에도 투자했고, 오로라 측은 말을 아꼈다.\n"
    found = _companies(text, language="ko")
    assert [t for t, _ in found] == ["오로라에쿼티파트너스", "오로라", "오로라"]
    assert {c for _, c in found} == {"오로라에쿼티파트너스"}  # the article's firm, not the listed 오로라


def test_korean_news_abbreviations_of_business_words():
    text = "롯데손보는 NICE신평과 한기평의 등급 하향을 피하지 못했다.\n"
    assert _companies(text, language="ko") == [
        ("롯데손보", "Lotte Non-Life Insurance"),
        ("NICE신평", "NICE Investors Service"),
        ("한기평", "Korea Ratings"),
    ]


def test_news_shortens_a_listed_name_to_its_distinctive_first_word_but_never_to_a_given_name():
    assert _companies("Analysts at Jefferies cut the rating.\n") == [("Jefferies", "Jefferies Financial Group")]
    assert _companies("We all miss Steve so much, the founder said.\n") == []


def test_a_curly_apostrophe_spells_the_same_name():
    assert _companies("Shares of Lowe’s Companies fell.\n") == [("Lowe’s Companies", "Lowe's Companies")]
