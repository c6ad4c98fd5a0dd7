"""Korean attributed hedges: forecasters' verbs, unnamed observers, nominal endings, open questions."""

from __future__ import annotations

from reader_app.core.model import SPECULATION
from reader_app.core.suggest import suggest


def _spec(body: str) -> list[tuple[str, str]]:
    text = "제목\n\n" + body + "\n"
    return [(s.text, s.fields["cue"]) for s in suggest(text, language="ko") if s.label == SPECULATION]


def _cues(body: str) -> list[str]:
    return [cue for _, cue in _spec(body)]


def test_a_forecasting_verb_after_an_embedded_clause_is_speculation():
    assert _cues("한빛증권은 내년 매출이 20% 늘어날 것으로 예상했다.") == ["늘어날 것으로 예상했다"]
    assert _cues("김도윤 연구원은 하반기 수요가 회복된다고 내다봤다.") == ["내다봤다"]
    assert _cues("평가사는 부채비율을 150% 수준으로 전망했습니다.") == ["전망했습니다"]


def test_a_quoted_forecast_with_a_forecasting_verb_is_speculation_and_with_said_is_not():
    found = _spec("박서연 연구원은 “2분기에는 흑자로 돌아설 것”이라고 전망했다.")
    assert [cue for _, cue in found] == ["전망했다"]
    assert found[0][0].startswith("박서연") and found[0][0].endswith("전망했다.")
    assert _cues("박서연 연구원은 “2분기에는 흑자로 돌아설 것”이라고 말했다.") == []


def test_a_quote_that_goes_on_past_its_closing_mark_to_a_forecast_is_speculation():
    cues = _cues("그는 “재고가 빠르게 줄고 있다”며 연말에는 가격이 반등할 것이라고 내다봤다.")
    assert cues and cues[-1].endswith("내다봤다")


def test_a_belief_verb_after_a_clause_is_speculation_but_seeing_with_ones_eyes_is_not():
    assert _cues("신용평가사는 자본 부담이 이어질 것으로 봤다.") == ["이어질 것으로 봤다"]
    assert _cues("평가사는 해외 자회사에 크게 기대고 있다고봤다.") == ["있다고봤다"]
    assert _cues("기자는 공장 내부를 직접 봤다.") == []


def test_a_view_held_by_the_trade_or_the_market_is_speculation():
    assert _cues("증권가에서는 3분기 영업이익을 2조원 안팎으로 추정하고 있다.") == ["안팎으로 추정하고 있다"]
    assert _cues("시장에서는 두 회사의 협상이 맞물려 있다는 점에 주목하고 있다.") == ["다는 점에 주목하고 있다"]
    # The same verbs with a named actor doing the work are facts.
    assert _cues("감사위원회는 거래 내역을 점검하고 있다.") == []


def test_nominal_endings_hand_the_claim_to_someone():
    assert _cues("원가 부담이 수익성 악화의 원인이라는 분석이다.") == ["원인이라는 분석이다"]
    assert _cues("추가 인하 여력은 크지 않다는 평가다.") == ["않다는 평가다"]
    assert _cues("지금이 채권을 살 시점이라는 진단입니다.") == ["시점이라는 진단입니다"]
    assert _cues("합병 뒤 점유율이 높아질 것이라는 전망에서다.") == ["높아질 것이라는 전망에서다"]
    assert _cues("개인 투자자 수요도 늘어날 거란 전망입니다.") == ["늘어날 거란 전망입니다"]


def test_criticism_and_views_that_are_said_to_arise_are_speculation():
    assert _cues("소액주주의 권리를 해친 편법이라는 비판이 거세다.") == ["편법이라는 비판이 거세다"]
    assert _cues("대주주만 이익을 챙기는 구조라는 비판이 나오는 이유다.") == ["구조라는 비판이 나오는"]
    assert _cues("배당을 늘릴 것이라는 기대가 나온다.") == ["늘릴 것이라는 기대가 나온다"]
    assert _cues("지금이 매수 적기라는 평가도 나옵니다.") == ["적기라는 평가도 나옵니다"]


def test_an_interpretation_offered_is_speculation_and_data_shown_is_not():
    assert _cues("실적 개선은 고부가 제품 비중이 늘어난 덕분으로 풀이된다.") == ["덕분으로 풀이된다"]
    assert _cues("1분기 수출은 전년보다 8% 늘어난 것으로 나타났다.") == []


def test_expectations_and_open_questions_are_speculation_and_a_decision_on_whether_is_not():
    assert _cues("대주주도 두 배가 넘는 차익이 기대된다.") == ["차익이 기대된다"]
    assert _cues("환율 상승에 따른 환차익도 기대되는 부분이다.") == ["환차익도 기대되는 부분이다"]
    assert _cues("거래가 올해 안에 마무리될지 주목된다.") == ["마무리될지 주목된다"]
    assert _cues("시장에서는 다른 주주들이 소송에 나설지를 주목하고 있다.") == ["나설지를 주목하고 있다"]
    assert _cues("이사회는 배당을 늘릴지 결정했다.") == []


def test_possibility_that_cannot_be_ability_and_ability_itself():
    assert _cues("법정에서 무효를 인정받기는 쉽지 않을 수 있다.") == ["쉽지 않을 수 있다"]
    assert _cues("관세가 오르면 수출이 줄어들 수 있다.") == ["줄어들 수 있다"]
    assert _cues("새 설비는 하루 500톤을 처리할 수 있다.") == []


def test_a_reported_plan_and_a_likely_outcome_and_an_outlook_clause():
    assert _cues("한빛전자는 구형 제품 생산을 연말 중단할 예정으로 알려졌다.") == ["중단할 예정으로 알려졌다"]
    assert _cues("정부는 다음 달 지원 대상을 발표할 예정이다.") == []
    assert _cues("주가는 당분간 약세를 이어갈 듯 보인다.") == ["이어갈 듯 보인다"]
    assert _cues("수요가 회복세를 보일 전망인 가운데 재고는 줄고 있다.") == ["보일 전망인"]


def test_settled_past_facts_are_not_speculation():
    assert _cues("한빛전자는 지난해 영업이익 3조원을 기록했다. 회사는 3월 배당을 지급했다.") == []


def test_an_assessment_in_the_passive_is_speculation():
    assert _cues("한빛전자 주가는 경쟁사보다 저평가된 것으로 평가된다.") == ["저평가된 것으로 평가된다"]


def test_views_said_to_arise_in_contracted_and_adjectival_forms():
    assert _cues("증권가에선 지난해 급락 사태의 재현이란 지적이 나온다.") == ["재현이란 지적이 나온다"]
    assert _cues("일각에선 위기가 되풀이되는 게 아니냔 걱정스러운 목소리도 나온다.") == [
        "아니냔 걱정스러운 목소리도 나온다"
    ]
    assert _cues("경영 계획이 무색해졌다는 시선은 여전히 존재한다.") == ["무색해졌다는 시선은 여전히 존재한다"]


def test_how_something_is_generally_seen_and_an_interpretation_that_looks_likely():
    assert _cues("자사주 소각은 대표적인 주주환원 정책으로 여겨진다.") == ["정책으로 여겨진다"]
    assert _cues("이런 거래는 대주주의 지배력 강화 수단으로 읽히기도 한다.") == ["수단으로 읽히기도 한다"]
    assert _cues("주가 급락은 경쟁 심화 우려를 짚었기 때문으로 보인다.") == ["때문으로 보인다"]
    # A result read off a table is a fact.
    assert _cues("분기 매출은 전년보다 5% 늘어난 2조원으로 집계됐다.") == []


def test_the_claim_named_as_the_trades_view_and_a_possibility_that_opened():
    assert _cues("위기로 번질 가능성은 크지 않다는 게 증권가의 대체적인 판단이다.")
    assert _cues("지분 매입으로 다양한 해석 가능성이 열렸다.") == ["해석 가능성이 열렸다"]
    assert _cues("가격 협상력은 고객사로 넘어갈 것으로 내다봤다.") == ["넘어갈 것으로 내다봤다"]


def test_a_forecast_made_or_put_forward_is_speculation_and_what_a_system_predicts_is_not():
    assert _cues("증권가는 하반기 실적 개선을 예상했다.") == ["개선을 예상했다"]
    assert _cues("가온증권은 하반기 실적 개선을 예상했다.") == ["예상했다"]
    assert _cues("가온증권은 보고서에서 낙관적 전망을 내놨다.") == ["전망을 내놨다"]
    assert _cues("차량은 주행 데이터를 분석해 부품 교체 시점을 예측합니다.") == []


def test_a_quoted_forecast_followed_by_a_belief_verb_and_a_view_named_as_someones_logic():
    found = _spec("가온증권은 “내년 가격이 10% 떨어질 것”이라 봤다.")
    assert [cue for _, cue in found] == ["이라 봤다"]
    assert _cues("공급 과잉 국면에 들어간다는 게 가온증권의 논리다.") == ["들어간다는 게 가온증권의 논리다"]
    assert _cues("점차 고도화될 것이란 게 업계의 전망입니다.") == ["것이란 게 업계의 전망입니다"]


def test_an_expectation_given_as_the_reason_and_a_view_with_no_space_before_its_verb():
    assert _cues("한결증권은 신작 흥행이 기대된다며 목표주가를 올렸다.") == ["흥행이 기대된다며"]
    assert _cues("투자 업계에선 텐빛전자의 주가 전망을 밝게 보고있다.") == ["밝게 보고있다"]


def test_a_forecast_named_as_a_noun_is_not_an_outlook_ending():
    assert _cues("급락의 직접적인 원인은 한 증권사가 내놓은 시장 전망이다.") == []
    assert _cues("수출은 내년에도 늘어날 전망이다.") == ["늘어날 전망이다"]


def test_a_hedge_in_a_quotation_that_runs_over_two_lines_is_the_speakers():
    body = (
        "“연구비를 따려면 작은 논문을 자주 내야 합니다\n"
        "대형 과제가 아니면 지원받기도 힘들다는 얘기도 나옵니다.”(도해진 한결대 교수)\n"
        "업계에서는 지원이 줄어들 것이라는 관측이 나온다\n"
    )
    assert _cues(body) == ["줄어들 것이라는 관측이 나온다"]
