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


def test_pronoun_speaker_resolves_to_the_last_named_person():
    text = (
        "HEADLINE\n\n"
        '    "The order book is the strongest in a decade," said Maria Lindqvist\n'
        "of Nordhavn Shipping. Lindqvist said prices had risen.\n"
        '    "We expect the yards to stay busy until 2026," she said.\n'
    )
    assert [speaker for _, speaker in _quotes(text, "en")] == ["Maria Lindqvist", "Lindqvist"]


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
