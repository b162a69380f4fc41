"""After "X told <someone>": the one spoken to is never part of what was reported."""

from __future__ import annotations

import pytest

from tests.support.news import quote_with, quotes_in


def _reported(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes_in(body) if q.kind == "indirect"]


def test_a_gathering_after_its_determiner_and_modifiers_is_the_one_told() -> None:
    body = (
        "Jane Holloway told a news conference the routes would be reviewed next spring. "
        "Peter Crane told his weekly staff meeting the depot would stay open."
    )
    assert _reported(body) == [
        ("Jane Holloway", "the routes would be reviewed next spring"),
        ("Peter Crane", "the depot would stay open"),
    ]


def test_a_body_after_the_gathering_belongs_to_it() -> None:
    body = "Ruth Ames told a meeting of the Harbour Trust the pier was no longer safe."
    assert _reported(body) == [("Ruth Ames", "the pier was no longer safe")]


def test_a_phrase_of_place_or_time_before_that() -> None:
    body = (
        "Omar Reid told reporters in Leeds on Friday that the buses were half empty. "
        "Lena Fox told the inquiry at that time that the papers had been lost."
    )
    assert _reported(body) == [
        ("Omar Reid", "the buses were half empty"),
        ("Lena Fox", "the papers had been lost"),
    ]


def test_a_programme_whose_name_holds_with_or_at() -> None:
    body = "Hugh Dell told BBC One's Breakfast with Frost programme the tax would not rise."
    assert _reported(body) == [("Hugh Dell", "the tax would not rise")]


def test_no_clause_after_the_one_told_reports_nothing_of_them() -> None:
    body = (
        '"We will look again," Nina Park told her monthly news conference in Cardiff. '
        "Tom Wade told the board of his plan to retire. "
        "Sam Oduya told the council to think again."
    )
    assert _reported(body) == []


def test_the_clause_before_the_subject_when_the_one_told_ends_the_sentence() -> None:
    body = "The station will close in March, Transport Secretary Alan Burke told MPs on Tuesday."
    assert _reported(body) == [("Alan Burke", "The station will close in March")]


def test_a_that_clause_inside_the_gathering_is_no_modifier() -> None:
    body = "Kay Doyle told the panel that protecting patients would always come first."
    assert _reported(body) == [("Kay Doyle", "protecting patients would always come first")]


def test_the_agent_of_a_passive_cue_asks_the_question() -> None:
    # "X was asked by Y: “…?”": Y asked it, not X
    body = (
        "Senator faces questions\n\n"
        "Senator Mark Hollis spoke to voters in Dayton on Friday.\n\n"
        "Hollis was asked by radio host Anna Brill, who backs his rival: "
        '"Do you regret your vote on the budget?"'
    )
    (q,) = [q for q in quotes_in(body) if "regret your vote" in q.text]
    assert q.speaker == "Anna Brill"


def test_a_passive_label_by_a_name_is_that_name_s() -> None:
    body = (
        "New laptop unveiled\n\n"
        "Apple boss Steve Jobs gave his yearly speech in San Francisco. The $499 laptop "
        'was described by Jobs as the "most important Mac" the firm had made.'
    )
    (q,) = [q for q in quotes_in(body) if "most important Mac" in q.text]
    assert q.speaker == "Steve Jobs"


@pytest.mark.parametrize(
    "tail",
    [
        'whether he regretted the vote, and answered: "I have no regrets."',
        'about the vote and replied: "I have no regrets."',
        'that the vote was lost, and reacted angrily: "I have no regrets."',
    ],
)
def test_the_passive_subject_who_answers_after_the_agent_speaks(tail: str) -> None:
    body = f"Vote questions\n\nSenator Mark Hollis was asked by host Anna Brill {tail}"
    assert quote_with(body, "I have no regrets").speaker == "Mark Hollis"


def test_a_labelling_verb_by_a_name_then_a_preposition_is_no_cue() -> None:
    body = (
        "Rail strike\n\n"
        'The walkout was called by union leader Dan Pryce after "weeks of failed talks".'
    )
    assert quote_with(body, "weeks of failed talks").speaker != "Dan Pryce"
