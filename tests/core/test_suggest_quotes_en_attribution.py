"""English quote attribution before the quote or a clause away, and speakers as the article's fullest name."""

from __future__ import annotations

from reader_app.core.model import QUOTE
from reader_app.core.suggest import suggest


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.fields["speaker"]) for s in suggest(text, language="en") if s.label == QUOTE]


def test_a_surname_or_titled_speaker_is_the_fullest_name_in_the_article():
    text = (
        "HEADLINE\n\n"
        '"Orders are back," said CEO Rena Ostrow in a statement.\n\n'
        '"We hired 200 people this year," Ostrow said.\n\n'
        'Delta Partners analyst Jon Vikander cut his target. "The margin is thin," wrote Vikander.\n'
    )
    assert _quotes(text) == [
        ('"Orders are back,"', "Rena Ostrow"),
        ('"We hired 200 people this year,"', "Rena Ostrow"),
        ('"The margin is thin,"', "Jon Vikander"),
    ]


def test_a_possessive_after_the_speaker_does_not_hide_the_speaker():
    text = '"Sales were soft in the north," said Lina Moss in the company\'s annual letter.\n'
    assert _quotes("HEADLINE\n\n" + text) == [('"Sales were soft in the north,"', "Lina Moss")]


def test_attribution_before_the_quote():
    text = (
        "HEADLINE\n\n"
        'Ivo Brandt said that "the market has turned against small lenders."\n\n'
        'Kaja Holm added: "We will not sell the unit at any price."\n\n'
        'Teo Marsh says the plan "will not survive the first winter."\n\n'
        'Freight analysts called it "the end of the cheap shipping era," as rates doubled.\n'
    )
    assert _quotes(text) == [
        ('"the market has turned against small lenders."', "Ivo Brandt"),
        ('"We will not sell the unit at any price."', "Kaja Holm"),
        ('"will not survive the first winter."', "Teo Marsh"),
        ('"the end of the cheap shipping era,"', "Freight analysts"),
    ]


def test_attribution_a_clause_away_from_the_quote():
    text = (
        "HEADLINE\n\n"
        'Dana Rook introduced the new chief to the staff as "someone who fixes things before they break."\n\n'
        'Dana Rook said the plant was busy, and she sees "a long queue of orders for next year."\n\n'
        'Prices are not "a fad," Rook said, but instead "the new normal for the trade."\n'
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Dana Rook", "Dana Rook", "Dana Rook"]


def test_a_quote_after_an_attribution_with_a_new_verb_keeps_that_speaker():
    text = (
        "HEADLINE\n\n"
        '"We all miss the old plant," Noor Adler chimed in, telling the crowd, "but the new one is better."\n\n'
        'Customers "kept asking us for the smaller model," Sami Falk told Adler, which meant building '
        'the "lightest phone we could make for field work."\n'
    )
    assert _quotes(text) == [
        ('"We all miss the old plant,"', "Noor Adler"),
        ('"but the new one is better."', "Noor Adler"),
        ('"kept asking us for the smaller model,"', "Sami Falk"),
        ('"lightest phone we could make for field work."', "Sami Falk"),
    ]


def test_a_role_speaker_keeps_its_at_or_of_part():
    text = 'HEADLINE\n\n"Nobody is buying," said a trader at a Tokyo bank.\n'
    assert _quotes(text) == [('"Nobody is buying,"', "a trader at a Tokyo bank")]


def test_a_pronoun_does_not_resolve_to_a_nationality_or_place():
    text = (
        "HEADLINE\n\nOla Berg runs the fund. Berg said Swedish buyers returned in May, and Norwegian "
        'buyers said they would follow.\n\n"We are busy again," he said.\n'
    )
    assert _quotes(text) == [('"We are busy again,"', "Ola Berg")]


def test_a_name_then_an_appositive_without_article_then_said():
    text = (
        "HEADLINE\n\n"
        '"Rates will stay low," Mira Tal, Harbor\'s director of research, said in a note.\n\n'
        '"Stocks are cheap" at these levels, said Omar Reyes, a fund manager in Lima.\n'
    )
    assert _quotes(text) == [('"Rates will stay low,"', "Mira Tal"), ('"Stocks are cheap"', "Omar Reyes")]


def test_a_determiner_subject_introduces_the_quote():
    text = 'HEADLINE\n\nThe minister said on Monday that the bank "has to raise capital this year."\n'
    assert _quotes(text) == [('"has to raise capital this year."', "the minister")]


def test_a_quotation_opening_a_paragraph_after_a_colon_is_a_quote():
    text = (
        "HEADLINE\n\nThe plan came with a note from the board explaining the change:\n\n"
        '"Costs rose faster than sales, so the fund must hold more cash."\n'
    )
    assert _quotes(text) == [('"Costs rose faster than sales, so the fund must hold more cash."', "a note")]


def test_a_clause_with_a_capitalised_word_before_the_attribution():
    text = 'HEADLINE\n\n"The bank wants a larger stake. Larger than the first offer" made in May, said Ivo Brandt.\n'
    assert _quotes(text) == [('"The bank wants a larger stake. Larger than the first offer"', "Ivo Brandt")]


def test_the_title_alone_resolves_to_the_person_the_article_gave_it_to():
    text = (
        "HEADLINE\n\nChairman Ruth Adeyemi met the buyers in March.\n\n"
        'The chairman said on Friday that the group "is not for sale at any price."\n'
    )
    assert _quotes(text) == [('"is not for sale at any price."', "Ruth Adeyemi")]


def test_a_title_in_quotation_marks_is_not_a_quote_even_after_an_attributing_verb():
    text = "HEADLINE\n\nThe studio called 'Night Harbor Rising' \"the best film we have made.\"\n"
    assert _quotes(text) == [('"the best film we have made."', "the studio")]


def test_a_pronoun_resolves_to_the_person_just_named_whatever_the_verb():
    text = (
        'HEADLINE\n\nKenji Sato of Daiwa Capital said Japanese exporters were cautious. "We see no rush," he said.\n\n'
        'Maria Chen, who heads research at Orbis, spoke in Seoul. "Demand is back," she said.\n'
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Kenji Sato", "Maria Chen"]


def test_a_role_speaker_keeps_its_for_part():
    text = 'HEADLINE\n\n"It is cheap," said a spokesman for the Lisbon port authority.\n'
    assert _quotes(text) == [('"It is cheap,"', "a spokesman for the Lisbon port authority")]


def test_he_said_follows_the_new_subject_not_the_previous_speaker():
    text = (
        "HEADLINE\n\n"
        '"Talks are slow," said Ana Lobo. The talks then moved to Lima, where Tomas Reyes took over. '
        '"We need a month," he said.\n\n'
        '"Costs are high," said Ines Vidal, who met Carlos Mendes in May. "We will wait," she said.\n'
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Ana Lobo", "Tomas Reyes", "Ines Vidal", "Ines Vidal"]
