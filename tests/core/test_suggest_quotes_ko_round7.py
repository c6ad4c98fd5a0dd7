"""Korean quotes missed in blind round 7: numbered team titles, common nouns that look like names, more
attributions (`"…"는 입장을`, `"…"는 내용의`, `"…"이라면서도`) and a broadcast reporter's caption without a role."""

from __future__ import annotations

from reader_app.core.model import QUOTE
from reader_app.core.suggest import suggest


def _quotes(body: str) -> list[tuple[str, str]]:
    text = "제목\n\n" + body + "\n"
    return [(s.text, s.fields["speaker"]) for s in suggest(text, language="ko") if s.label == QUOTE]


def test_a_numbered_team_title_is_a_title_so_the_name_and_the_later_short_form_resolve():
    body = (
        '한보람 한결자산운용 운용2팀장은 "배당 성장주가 유리하다"고 말했다. '
        '한 팀장은 "분기마다 종목을 다시 고른다"고 덧붙였다.'
    )
    assert [speaker for _, speaker in _quotes(body)] == ["한보람", "한보람"]


def test_a_common_noun_that_starts_like_a_surname_is_not_the_speakers_name():
    body = '한빛전자의 반도체 수장 도경민 사장은 "내년에는 투자를 늘린다"고 말했다.'
    assert [speaker for _, speaker in _quotes(body)] == ["도경민"]


def test_a_quotation_named_as_a_position_or_as_the_content_of_a_document_is_attributed():
    body = (
        '한빛전자는 규제와 관련해 "혁신을 늦추는 결과를 낳는다"는 내용의 의견서를 당국에 전달했다. '
        '다만 한빛전자는 "구체적인 내용은 알려줄 수 없다"는 입장을 밝혔다.'
    )
    assert _quotes(body) == [
        ('"혁신을 늦추는 결과를 낳는다"', "한빛전자"),
        ('"구체적인 내용은 알려줄 수 없다"', "한빛전자"),
    ]


def test_a_quotation_followed_by_a_concessive_quotative_is_attributed():
    body = '도경민 본부장은 "당분간은 변동성이 큰 국면"이라면서도 "하반기에는 안정을 찾는다"고 말했다.'
    assert _quotes(body) == [('"당분간은 변동성이 큰 국면"', "도경민"), ('"하반기에는 안정을 찾는다"', "도경민")]


def test_a_broadcast_reporters_caption_without_a_role_names_the_speaker():
    body = '수출이 늘었습니다.<도경민 기자> "당분간 이런 흐름이 이어집니다. 한빛뉴스 도경민입니다."'
    assert _quotes(body) == [('"당분간 이런 흐름이 이어집니다. 한빛뉴스 도경민입니다."', "도경민")]
    # A scare quote after a word in angle brackets is still no quotation.
    assert _quotes("<한빛> '흑자'로 돌아섰다.") == []


def test_a_straight_closing_mark_after_a_korean_full_stop_and_a_space_still_closes():
    body = (
        '<도경민 / 한빛연구원 연구위원> "수요가 계속 있어서 영향이 크지 않을 수도 있다고 보여집니다. "'
        "한빛전자는 투자를 늘렸다."
    )
    assert _quotes(body) == [('"수요가 계속 있어서 영향이 크지 않을 수도 있다고 보여집니다. "', "도경민")]
