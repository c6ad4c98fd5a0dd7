"""Quote detector: direct quotes and their speakers; scare quotes, titles and single words are not quotes."""

from __future__ import annotations

from reader_app.core.model import QUOTE
from reader_app.core.suggest import suggest


def _quotes(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.text, s.fields["speaker"]) for s in suggest(text, language=language) if s.label == QUOTE]


def test_korean_chained_quotes_share_the_topic_speaker():
    text = '제목\n\n한빛전자 관계자는 "협력을 검토하고 있다"며 "투자 규모는 정해지지 않았다"고 말했다.\n'
    assert _quotes(text, "ko") == [
        ('"협력을 검토하고 있다"', "한빛전자 관계자"),
        ('"투자 규모는 정해지지 않았다"', "한빛전자 관계자"),
    ]


def test_scare_quotes_and_quoted_names_are_not_quotes():
    text = "제목\n\n두 회사는 'AI원팀'에 합류했고 \"디지털 동맹\"을 출범했다. 회사는 '틈새 전략'을 폈다.\n"
    assert _quotes(text, "ko") == []
    english = 'HEADLINE\n\nThe board adopted a "poison pill" after the "raid" began.\n'
    assert _quotes(english, "en") == []


def test_said_a_spokesman_names_the_speaker():
    text = 'HEADLINE\n\n"We will not comment on market rumours," said a company spokesman.\n'
    assert _quotes(text, "en") == [('"We will not comment on market rumours,"', "a company spokesman")]


def test_pronoun_speaker_resolves_to_the_last_named_person_by_their_fullest_name():
    text = (
        "HEADLINE\n\n"
        '    "The order book is the strongest in a decade," said Maria Lindqvist\n'
        "of Nordhavn Shipping. Lindqvist said prices had risen.\n"
        '    "We expect the yards to stay busy until 2026," she said.\n'
    )
    # The guide: a pronoun resolves to the person's fullest name in the article, not the bare surname.
    assert [speaker for _, speaker in _quotes(text, "en")] == ["Maria Lindqvist", "Maria Lindqvist"]


def test_a_hard_wrapped_quote_is_one_span_with_its_title_stripped_from_the_speaker():
    text = (
        "HEADLINE\n\n"
        '    "Freight rates have doubled since January and could stay high\n'
        'for months," said Cobalt Logistics analyst Tomas Reyes.\n'
    )
    [(quote, speaker)] = _quotes(text, "en")
    assert quote.startswith('"Freight rates') and quote.endswith('months,"') and "\n" in quote
    assert speaker == "Tomas Reyes"


def test_interrupted_quote_is_two_quotes_with_one_speaker():
    text = 'HEADLINE\n\n"We are pleased," he said, "with the result." Chief executive Ann Cole spoke first.\n'
    found = _quotes(text, "en")
    assert [q for q, _ in found] == ['"We are pleased,"', '"with the result."']


def test_an_unattributed_quote_after_a_sentence_naming_the_speaker_is_theirs():
    text = 'HEADLINE\n\nOkafor predicted a rate cut by summer. "Nobody is borrowing at these levels."\n'
    assert _quotes(text, "en") == [('"Nobody is borrowing at these levels."', "Okafor")]


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_speaker():
    text = (
        "HEADLINE\n\n"
        '"Orders have dried up since March," said Priya Nair, who runs a bakery in Leeds.\n\n'
        '"We are cutting shifts."\n\n'
        "Prices for flour rose again in April.\n\n"
        '"Nobody can plan like this."\n'
    )
    found = _quotes(text, "en")
    assert found[:2] == [
        ('"Orders have dried up since March,"', "Priya Nair"),
        ('"We are cutting shifts."', "Priya Nair"),
    ]
    assert len(found) == 2  # after a paragraph that names nobody, a bare quotation has no speaker to inherit


def test_an_unclosed_quotation_mark_does_not_swallow_the_next_quote():
    text = (
        "HEADLINE\n\n"
        '    "Demand is soft, said Lena Ortiz of Harbor Metals Inc. "We expect a weak\n'
        'quarter and fewer orders."\n'
    )
    assert _quotes(text, "en") == [('"We expect a weak\nquarter and fewer orders."', "Lena Ortiz")]


def test_one_of_a_named_group_is_the_speaker():
    text = 'HEADLINE\n\nTraders said the rally was thin. "Nobody wants to hold risk into Friday," one said.\n'
    assert _quotes(text, "en") == [('"Nobody wants to hold risk into Friday,"', "one trader")]


def test_two_people_can_sign_one_quotation():
    text = (
        "HEADLINE\n\n"
        '"The design cuts power use by a third," Acme Fellow Ruth Ng and engineer Omar Diaz wrote in a paper.\n'
    )
    assert _quotes(text, "en") == [('"The design cuts power use by a third,"', "Ruth Ng and Omar Diaz")]


def test_he_said_resolves_to_a_person_named_after_said():
    text = (
        "HEADLINE\n\n"
        '"Costs keep rising," said Ana Silva, a shop owner.\n\n'
        "Duties are passed on to buyers, said Tom Reed, head of the brewers' group.\n\n"
        '"It ends up in the price of every can," he said.\n'
    )
    assert [speaker for _, speaker in _quotes(text, "en")] == ["Ana Silva", "Tom Reed"]


def test_korean_speaker_is_the_name_without_title_or_affiliation():
    text = (
        "제목\n\n"
        '최민호 장관은 "규제를 정비하겠다"고 말했다.\n'
        '마리아 송 한빛전자 부사장은 "내년 투자를 늘린다"고 밝혔다.\n'
        '한결증권 이서준 연구원은 "실적이 개선될 여지가 있다"고 내다봤다.\n'
        '김 차장은 "일정은 아직 정해지지 않았다"고 했다.\n'
        '한빛전자 관계자는 "검토 중인 사안"이라고 말했다.\n'
        '정하늘 한결대 전자공학과 교수는 "소재 기술이 관건이 될 것"이라고 말했다.\n'
    )
    assert [speaker for _, speaker in _quotes(text, "ko")] == [
        "최민호",
        "마리아 송",
        "이서준",
        "김 차장",
        "한빛전자 관계자",
        "정하늘",
    ]


def test_an_appositive_between_speaker_and_verb_and_told_a_briefing():
    text = (
        "HEADLINE\n\n"
        'Ines Ward, the chief financial officer, told a news briefing: "We will return to profit next year."\n'
        '    The spokesman, reacting to press reports, said "Talks with the bank have not started yet."\n'
    )
    assert _quotes(text, "en") == [
        ('"We will return to profit next year."', "Ines Ward"),
        ('"Talks with the bank have not started yet."', "the spokesman"),
    ]


def test_a_named_speaker_with_an_appositive_before_the_verb():
    text = (
        "FREIGHT RATES SEEN FIRM\n\nLONDON, May 4 - Dry bulk freight rates held near their\n"
        "highest level this year on Monday as grain cargoes piled up.\n"
        '    "Freight rates will stay firm through the summer," Maria\n'
        "Okonjo, a shipping analyst with Harbor Lane Bros. said.\n"
        '    "The mills are running flat out this month," Tom Reiss, an\n'
        "economist with Eastfield Trust, told reporters on Monday.\n"
    )
    assert [speaker for _, speaker in _quotes(text, "en")] == ["Maria Okonjo", "Tom Reiss"]


def test_korean_manager_and_senior_researcher_titles_leave_the_name():
    text = (
        '제목\n\n정다인 한빛기술진흥원 매니저는 "수요가 꾸준히 늘고 있다"고 설명했다.\n'
        '오세훈 한빛연구소 책임연구원은 "시험은 모두 끝났고 결과는 좋다"고 말했다.\n'
    )
    assert [speaker for _, speaker in _quotes(text, "ko")] == ["정다인", "오세훈"]


def test_korean_broadcast_caption_on_the_quotes_own_line_names_the_speaker():
    text = (
        "제목\n\n[앵커]\n\n정부는 상황을 지켜보고 있습니다.\n\n"
        '[김민수/한빛전자 대변인 : "당분간 시장 상황을 지켜보도록 하겠습니다."]\n\n'
        '<존 스미스 / 영국 관광객> "정말 놀라운 경험이었고 다시 오고 싶습니다."\n'
    )
    assert _quotes(text, "ko") == [
        ('"당분간 시장 상황을 지켜보도록 하겠습니다."', "김민수"),
        ('"정말 놀라운 경험이었고 다시 오고 싶습니다."', "존 스미스"),
    ]


def test_korean_quote_announced_by_the_sentence_before_and_continued_after_a_connective():
    text = (
        "제목\n\n증권가 전문가인 박지훈은 이렇게 말했다\n“시장은 당분간 조정을 받을 가능성이 큽니다.”\n"
        "또한 “내년에는 다시 오를 것으로 봅니다.”\n"
    )
    assert _quotes(text, "ko") == [
        ("“시장은 당분간 조정을 받을 가능성이 큽니다.”", "박지훈"),
        ("“내년에는 다시 오를 것으로 봅니다.”", "박지훈"),
    ]
