"""Korean quote speakers: full names for later short mentions and pronouns, anonymous roles, glued captions."""

from __future__ import annotations

from reader_app.core.model import QUOTE
from reader_app.core.suggest import suggest


def _speakers(body: str) -> list[str]:
    text = "제목\n\n" + body + "\n"
    return [s.fields["speaker"] for s in suggest(text, language="ko") if s.label == QUOTE]


def test_surname_and_title_resolve_to_the_full_name_given_earlier():
    body = (
        "윤서아 한결증권 연구원은 한빛전자 목표가를 낮췄다. "
        '윤 연구원은 "재고 부담이 아직 크다"며 "회복은 더디게 온다"고 설명했다.'
    )
    assert _speakers(body) == ["윤서아", "윤서아"]


def test_a_pronoun_is_the_person_named_since_the_last_quote_not_the_last_speaker():
    body = (
        '윤서아 한결증권 연구원은 "수요가 여전히 약하다"고 말했다.\n'
        "도해진 가온투자증권 연구원은 목표가를 유지했다. "
        '그는 "신작 효과가 늦게 나타날 것"이라고 말했다.'
    )
    assert _speakers(body) == ["윤서아", "도해진"]


def test_a_foreign_surname_and_title_resolve_to_the_full_name():
    body = (
        "마르코 벨리니 유럽중앙은행 총재가 신중한 입장을 보였다. 이에 대한 벨리니 총재의 발언이 주목받았다. "
        '벨리니 총재는 "물가가 아직 높다"고 말했다.'
    )
    assert _speakers(body) == ["마르코 벨리니"]


def test_a_title_before_the_quote_with_no_particle_names_the_speaker():
    body = '나은결 가온자산운용 ETF사업부장은 자금 흐름을 설명했다. 이에 나 사업부장 "단기채 수요가 많다"고 강조했다.'
    assert _speakers(body) == ["나은결"]


def test_one_of_a_trade_keeps_its_determiner():
    body = "한 자본시장 관계자는 “제도의 빈틈을 보여준 사례”라고 지적했다."
    assert _speakers(body) == ["한 자본시장 관계자"]


def test_a_company_speaks_for_itself():
    body = '한빛전자는 실적 발표에서 "수익성 개선은 고부가 제품 덕분"이라고 설명했다.'
    assert _speakers(body) == ["한빛전자"]


def test_a_caption_credit_glued_to_the_name_is_dropped():
    body = '주요 종목/그래픽=한빛뉴스도해진 가온증권 연구원은 "이익이 크게 늘었다"고 말했다.'
    assert _speakers(body) == ["도해진"]


def _quotes(body: str) -> list[tuple[str, str]]:
    text = "제목\n\n" + body + "\n"
    return [(s.text, s.fields["speaker"]) for s in suggest(text, language="ko") if s.label == QUOTE]


def test_swapped_curly_marks_still_pair_and_a_connective_goes_on_with_the_speaker():
    body = (
        "도해진 의원은 “세수 감소가 걱정된다”고 말했다."
        "그러면서 “효과가 있을지는 아직 불분명하다. 혜택은 소수에게 간다“며 ”도입을 서둘러선 안 된다”고 지적했다."
    )
    assert _quotes(body) == [
        ("“세수 감소가 걱정된다”", "도해진"),
        ("“효과가 있을지는 아직 불분명하다. 혜택은 소수에게 간다“", "도해진"),
        ("”도입을 서둘러선 안 된다”", "도해진"),
    ]


def test_a_quotation_inside_a_quotation_belongs_to_the_outer_speaker():
    body = "도해진 의원은 “보고서도 ‘정책 효과는 크지 않았다’고 적었다”고 말했다."
    assert _quotes(body) == [("“보고서도 ‘정책 효과는 크지 않았다’고 적었다”", "도해진")]


def test_more_reporting_verbs_and_a_quotation_that_names_what_was_stated():
    body = (
        "가온증권은 “주가가 이미 많이 오른 만큼 보수적으로 본다”고 꼬집었다. "
        "한빛전자는 “주주환원 강화로 기업가치 제고” 목표를 밝혔다."
    )
    assert _quotes(body) == [
        ("“주가가 이미 많이 오른 만큼 보수적으로 본다”", "가온증권"),
        ("“주주환원 강화로 기업가치 제고”", "한빛전자"),
    ]


def test_speaker_phrases_as_written_without_a_leading_adverb_and_a_name_deep_in_the_phrase():
    body = (
        "당시 한빛투자자포럼은 논평에서 “주주 승인 없는 출연은 문제다”라고 비판했다.\n"
        "가온건설의 한 관계자는 “올해 수주 목표를 채울 것으로 본다”고 말했다.\n"
        "국회 정무위원회 소속 도해진 의원은 “세제 개편을 신중히 해야 한다”고 밝혔다."
    )
    assert [speaker for _, speaker in _quotes(body)] == ["한빛투자자포럼", "가온건설의 한 관계자", "도해진"]


def test_a_quotation_attributed_with_a_bare_quotative_and_a_belief_verb():
    assert _quotes("가온증권은 보고서에서 “내년 가격이 10% 떨어질 것”이라 봤다.") == [
        ("“내년 가격이 10% 떨어질 것”", "가온증권")
    ]


def test_anonymous_professionals_keep_their_whole_role_phrase():
    body = (
        '한 법무법인 대표 변호사는 "신입을 여럿 뽑기보다 경력자를 쓰는 편이 낫다"고 설명했다.\n'
        '다른 파트너 변호사는 "초안은 거의 다 써 준다"며 "검토 시간이 크게 줄었다"고 말했다.'
    )
    assert [speaker for _, speaker in _quotes(body)] == [
        "한 법무법인 대표 변호사",
        "다른 파트너 변호사",
        "다른 파트너 변호사",
    ]


def test_a_quotation_about_a_topic_with_no_subject_goes_on_with_the_last_speaker():
    body = (
        '도해진 가온벤처스 대표는 "인공지능 도입은 이제 대세"라고 말했다. '
        '다만 투자 환경에 대해서는 "당분간 양극화가 심해질 것"이라고 덧붙였다.'
    )
    assert [speaker for _, speaker in _quotes(body)] == ["도해진", "도해진"]
