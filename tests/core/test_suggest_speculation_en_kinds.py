"""More English hedge kinds: unnamed people briefed, wondering, hints, what nobody knows; past facts stay out."""

from __future__ import annotations

from reader_app.core.model import SPECULATION
from reader_app.core.suggest import suggest


def _cues(text: str) -> list[str]:
    return [s.fields["cue"] for s in suggest(text, language="en") if s.label == SPECULATION]


def test_unnamed_people_briefed_or_involved_are_unnamed_sources():
    text = (
        "HEADLINE\n\nThree people briefed on the plan said the mill will close.\n"
        "The board has agreed to sell the port, a person involved in the talks said.\n"
    )
    assert _cues(text) == ["people briefed on", "person involved in"]


def test_wondering_hinting_potentially_and_what_nobody_knows():
    text = (
        "HEADLINE\n\nThe cut has growers wondering whether the mill will reopen.\n"
        "Lena Ruiz hinted that the bank was pleased with the first month.\n"
        "The tax is potentially a heavy cost for small brewers.\n"
        "Nobody knows how long the drought will last.\n"
    )
    assert _cues(text) == ["wondering whether", "hinted that", "potentially", "Nobody knows"]


def test_a_named_forecaster_who_expects_a_figure_or_thinks():
    text = (
        "HEADLINE\n\nHarbor Metals expects 4.2 mln tonnes will be shipped this year.\n"
        "Ruiz said she thinks the yard will be full by May. Market models estimate a wider gap.\n"
    )
    assert _cues(text) == ["Metals expects", "thinks", "estimate"]  # the holder stays in an expects cue


def test_thinking_about_something_is_not_a_belief():
    text = "HEADLINE\n\nShe thinks about the plant every day. He thought of a new name for the fund.\n"
    assert _cues(text) == []


def test_should_keep_and_a_hypothetical_that_would():
    text = (
        "HEADLINE\n\nThe rate cut should keep loan costs low this winter.\n"
        "Growers want a quota on imports. That would lift prices for local farms.\n"
    )
    assert _cues(text) == ["should keep", "would lift"]


def test_a_present_condition_with_a_hit_to_come_is_a_hedge_but_deal_terms_are_not():
    text = (
        "HEADLINE\n\nIf the harvest fails, the region would lose a third of its income.\n"
        "If all shares are tendered, holders would receive 9 dlrs each.\n"
    )
    assert _cues(text) == ["would lose"]


def test_a_bill_that_would_have_allowed_and_a_past_ability_are_facts():
    text = (
        "HEADLINE\n\nThe mayor vetoed a bill in May that would have allowed taller towers.\n"
        "In 2015, its reserves could cover only 80 percent of claims.\n"
    )
    assert _cues(text) == []


def test_divided_views_and_questions_left_open():
    text = (
        "HEADLINE\n\nBrokers are divided on whether the merger makes sense.\n"
        "It remains to be seen whether buyers will return. Doubts remain over the funding of the line.\n"
        "The board divided the unit into two parts. The question was settled in May.\n"
    )
    assert _cues(text) == ["divided on whether", "remains to be seen", "Doubts remain"]
