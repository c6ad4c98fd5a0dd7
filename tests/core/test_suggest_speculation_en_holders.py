"""English hedges carried by who holds the claim: forecasters, unnamed observers, uncertainty; rules stay out."""

from __future__ import annotations

from reader_app.core.model import SPECULATION
from reader_app.core.suggest import suggest


def _cues(text: str) -> list[str]:
    return [s.fields["cue"] for s in suggest(text, language="en") if s.label == SPECULATION]


def test_a_named_or_pronoun_forecaster_with_a_forecast_or_belief_verb():
    text = (
        "HEADLINE\n\nPetra Lind sees profit rising next year. She projects margins of 12 percent.\n"
        "They forecast a second rate cut. He believes the merger will go through.\n"
        "The company anticipates stronger demand from airlines. He estimated the damage at 40 mln dlrs.\n"
    )
    assert _cues(text) == ["sees profit rising", "projects", "forecast", "believes", "anticipates", "estimated"]


def test_seeing_believing_and_projects_in_their_plain_senses_are_not_hedges():
    text = (
        "HEADLINE\n\nHe sees customers every week at the store. Its projects in Chile were finished in May.\n"
        "The firm's forecasts were published on Monday. She saw first hand how the plant was run.\n"
        "The agency estimates that sales totaled 4 bln dlrs.\n"
    )
    assert _cues(text) == []


def test_unnamed_observers_said_called_or_worry_with_no_hedge_word():
    text = (
        "HEADLINE\n\nAnalysts said the price cut came too late for the holiday season.\n"
        "Freight analysts called the merger a turning point for the port.\n"
        "Some analysts worry the chain has opened too many stores. Sources believe the talks have stalled.\n"
        "The slowdown is not a worry for suppliers, according to Wall Street.\n"
        "Sales fell 3 percent last year, according to estimates by the trade group.\n"
    )
    assert _cues(text) == [
        "Analysts said",
        "analysts called",
        "analysts worry",
        "Sources believe",
        "according to Wall Street",
        "according to estimates",
    ]


def test_analysts_of_a_named_firm_and_named_sources_are_not_unnamed_observers():
    text = (
        "HEADLINE\n\nHarbor Metals Inc analysts said the quarter was strong.\n"
        "Mara Quist, an analyst at Delta Partners, said the market misread the results.\n"
        "That creates a buying opportunity, according to the analyst.\n"
        "Output rose 4 percent, according to the company.\n"
    )
    assert _cues(text) == []


def test_it_was_expected_and_uncertainty_wording():
    text = (
        "HEADLINE\n\nIt was expected that the board would meet again in June.\n"
        "The timing of the sale remains uncertain. The funding for the second plant is in doubt.\n"
    )
    assert _cues(text) == ["It was expected", "remains uncertain", "is in doubt"]


def test_the_price_condition_makes_would_a_hedge_but_reported_plans_and_habits_do_not():
    text = (
        "HEADLINE\n\nAt the proposed price, the offer would value the group at 3 bln dlrs.\n"
        "The maker announced it would close the plant in March.\n"
        "The founder would typically arrive before the staff.\n"
    )
    assert _cues(text) == ["would value"]


def test_epistemic_should_but_not_advice():
    text = (
        "HEADLINE\n\nThe new line should help margins next year. The sale should be completed by June.\n"
        "Investors shouldn't fret about the dip. The board should be replaced, the letter said.\n"
    )
    assert _cues(text) == ["should help", "should be completed"]


def test_obligations_and_rules_are_not_hedges():
    text = (
        "HEADLINE\n\nTrades above 10,000 dlrs must be reported to the regulator within a day.\n"
        "Under the new rule, brokers could be barred for a year for late filings.\n"
        "Holdings shall be reported to the exchange each quarter.\n"
    )
    assert _cues(text) == []


def test_a_rule_named_after_the_modal_still_makes_it_a_rule():
    text = "HEADLINE\n\nThe fine could reach 5 mln dlrs under the law. Trades may be voided under the exchange rules.\n"
    assert _cues(text) == []
