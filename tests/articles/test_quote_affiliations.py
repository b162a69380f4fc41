"""A body's name glued to a person's full name is the person's affiliation (issue 12):
"For the Greens Sarah Kemp said" is Sarah Kemp, not "Greens Sarah Kemp"; a modal-like
surname before "had said" stays in the name. Short stories written for the test."""

from __future__ import annotations

from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, story


def test_a_named_body_before_a_full_name_is_an_affiliation() -> None:
    body = (
        "The Lib Dems say the budget will not add up. "
        'For the Lib Dems Sarah Kemp said: "The sums simply do not work."\n\n'
        'UNISON Peter Dawes said: "Our members will not accept a pay freeze."\n\n'
        'Conservative Jane Holt said: "This is a tax on hard work."'
    )
    assert quote_with(body, "sums simply").speaker == "Sarah Kemp"
    assert quote_with(body, "pay freeze").speaker == "Peter Dawes"
    assert quote_with(body, "tax on hard").speaker == "Jane Holt"


def test_initials_and_unknown_words_before_a_name_stay_in_it() -> None:
    body = (
        'CB Richard Ellis said: "Office rents rose again in the City."\n\n'
        'Sonny Bill Williams said: "I am ready to play on Saturday."'
    )
    assert quote_with(body, "Office rents").speaker == "CB Richard Ellis"
    assert quote_with(body, "ready to play").speaker == "Sonny Bill Williams"


def test_a_surname_that_is_a_modal_stays_before_had_said() -> None:
    body = (
        "Labour MSP Karen May had said the inquiry was unfair. "
        '"The report was written before we were heard," she added.'
    )
    assert quote_with(body, "inquiry was unfair").speaker == "Karen May"


def test_a_body_with_the_and_a_possessive_before_a_full_name_is_an_affiliation() -> None:
    # "The Evening Courier’s Hugh Tranter": a reporter of the paper, a person whom a later
    # "he" stands for, not a body named "Evening Courier Hugh Tranter"
    body = (
        "Store manager Joanna Feld cut the ribbon at nine. Among the first through the doors "
        "was The Evening Courier’s Hugh Tranter, who had queued since dawn for a discounted "
        "television.\n\n"
        "“I have never seen a crowd like it in this town,” he said."
    )
    assert quote_with(body, "never seen a crowd").speaker == "Hugh Tranter"


def test_a_given_name_then_a_surname_that_ends_bodies_is_a_person() -> None:
    body = (
        "The film opened to mixed reviews. Ruth Fox of Screen Weekly said it was "
        '"a quiet triumph". "It drags," said Paul Post, of the Echo. The cinema in '
        "Victoria Street was full."
    )
    people = {p.name: p.kind for p in attribute_article(story(body))[0]}
    assert people.get("Ruth Fox") == "person"
    assert people.get("Paul Post") == "person"
    # a given name before "Street" is a street's name more often than a person's
    assert people.get("Victoria Street") != "person"
    assert quote_with(body, "quiet triumph").speaker == "Ruth Fox"
    assert quote_with(body, "It drags").speaker == "Paul Post"
