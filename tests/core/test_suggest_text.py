"""Sentence splitting and Korean particle stripping that every detector relies on."""

from __future__ import annotations

from reader_app.core.suggest.engine import guess_body
from reader_app.core.suggest.korean import is_particle_tail, strip_particles
from reader_app.core.suggest.sentences import is_hard_wrapped, sentences


def _texts(text: str) -> list[str]:
    return [s.slice(text) for s in sentences(text)]


def test_particles_come_off_korean_nouns():
    assert strip_particles("KT와") == "KT"
    assert strip_particles("KT와의") == "KT"
    assert strip_particles("관계자는") == "관계자"
    assert strip_particles("우리금융지주에서는") == "우리금융지주"


def test_nouns_ending_in_a_particle_like_syllable_keep_it():
    assert strip_particles("하나") == "하나"
    assert strip_particles("사이") == "사이"
    assert is_particle_tail("측은")
    assert not is_particle_tail("전자")


def test_hard_wrapped_english_sentences_run_across_lines():
    text = (
        "Acme Widgets Corp said on Tuesday that it would close two plants\n"
        "in Ohio, cutting about 300 jobs, as demand for its older products\n"
        "kept falling. The company did not say when the plants would shut.\n"
        "    Acme shares fell 2 pct in early trading on the New York market\n"
        "after the announcement was made by the chief executive officer.\n"
    )
    assert is_hard_wrapped(text)
    found = _texts(text)
    assert found[0].startswith("Acme Widgets Corp said") and found[0].endswith("kept falling.")
    assert found[1] == "The company did not say when the plants would shut."
    assert found[2].startswith("Acme shares fell")


def test_one_sentence_per_line_without_final_periods():
    text = "제목\n\n한빛전자가 새 공장을 지었다\n공장은 내년에 가동된다\n"
    assert not is_hard_wrapped(text)
    assert _texts(text)[1:] == ["한빛전자가 새 공장을 지었다", "공장은 내년에 가동된다"]


def test_initials_and_wire_datelines_do_not_break_sentences():
    text = "LONDON, May 3 - Analysts at J.P. Smith and Co said the U.S. Market rose. It fell later."
    assert _texts(text) == ["Analysts at J.P. Smith and Co said the U.S. Market rose.", "It fell later."]


def test_body_follows_the_headline_and_blank_line():
    assert guess_body("Headline\n\nBody text.") == (10, 20)
    assert guess_body("no headline here") == (0, 16)


def _sentence_texts(text: str) -> list[str]:
    return [s.slice(text) for s in sentences(text)]


def test_korean_sentences_split_where_crawled_text_has_no_space_after_the_period():
    text = "수출은 지난달 12% 증가했다.다음 달에는 반도체 수요가 줄어든다.2025년 목표는 유지했다."
    assert _sentence_texts(text) == [
        "수출은 지난달 12% 증가했다.",
        "다음 달에는 반도체 수요가 줄어든다.",
        "2025년 목표는 유지했다.",
    ]


def test_korean_period_splits_before_a_lowercase_footer_but_not_inside_numbers_or_addresses():
    text = "영업이익은 7.4조원으로 늘었다.    reporter@example.co.kr"
    assert _sentence_texts(text) == ["영업이익은 7.4조원으로 늘었다.", "reporter@example.co.kr"]


def test_a_korean_byline_is_not_part_of_the_first_sentence():
    text = "부제 한 줄(서울=한빛뉴스) 김철수 기자 = 한빛전자가 신제품을 내놨다. [한빛일보 이영희 기자] 다음 문장이다."
    found = _sentence_texts(text)
    assert "한빛전자가 신제품을 내놨다." in found
    assert "다음 문장이다." in found


def test_runs_of_spaces_separate_a_korean_photo_caption_from_the_sentence_after_it():
    text = "공장 전경[한빛뉴스 자료사진]    한빛전자가 24일 실적을 공시했다."
    assert _sentence_texts(text)[-1] == "한빛전자가 24일 실적을 공시했다."


def test_a_quotative_right_after_a_closing_mark_continues_the_korean_sentence():
    text = "그는 “수요가 늘었다.”라고 말했다.이어 설명을 덧붙였다."
    assert _sentence_texts(text) == ["그는 “수요가 늘었다.”라고 말했다.", "이어 설명을 덧붙였다."]
