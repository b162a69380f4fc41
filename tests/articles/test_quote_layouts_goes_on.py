"""A paragraph of narrative that names no one, then a quotation: the speaker of the
paragraph before goes on (issue 12, unseen BBC articles); on stories written for the
test."""

from __future__ import annotations

from tests.support.news import quote_with


def test_narrative_naming_no_one_goes_on_with_the_last_speaker() -> None:
    body = (
        'Work minister Alan Reeve told the conference: "Old age is no barrier to work."\n\n'
        "The department wants a culture where fixed retirement ages are "
        '"a thing of the past". "We are scrapping them for people under 65. We will '
        'review the rest in 2012."'
    )
    assert quote_with(body, "scrapping them").speaker == "Alan Reeve"
    assert quote_with(body, "thing of the past").speaker == "Alan Reeve"


def test_narrative_that_names_someone_keeps_the_last_speaker_out() -> None:
    body = (
        'Work minister Alan Reeve told the conference: "Old age is no barrier to work."\n\n'
        "His deputy was less sure, aides said. "
        '"We are scrapping them for people under 65. We will review the rest in 2012."'
    )
    found = quote_with(body, "scrapping them")
    assert (found.speaker, found.how) == (None, "unattributed")


def test_narrative_after_a_paragraph_that_ends_in_narrative_carries_no_one() -> None:
    body = (
        'Work minister Alan Reeve said: "Old age is no barrier to work." The plan was '
        "first put forward in 2001 by a think tank.\n\n"
        "The department wants a culture where fixed retirement ages are gone. "
        '"We are scrapping them for people under 65. We will review the rest in 2012."'
    )
    found = quote_with(body, "scrapping them")
    assert (found.speaker, found.how) == (None, "unattributed")


def test_a_possessive_in_the_narrative_names_no_new_speaker() -> None:
    body = (
        'Manager Sam Hale remembers the singer: "I first met Joe in 1980 in Leeds."\n\n'
        "The album came out in 1982 and confirmed his place at the top. "
        '"By 1984 he was the biggest draw in the country. Every show sold out."'
    )
    assert quote_with(body, "biggest draw").speaker == "Sam Hale"


def test_narrative_that_names_only_the_last_speaker_goes_on_with_him() -> None:
    body = (
        "Composer Bill Conroy has led the awards orchestra for years. Conroy said: "
        '"It is a moment in the sun."\n\n'
        "Behind the scenes, the key players, such as Conroy, work with a bewildering array "
        'of props. "There is a big script and video monitors you have to watch. It is a '
        'long night."'
    )
    assert quote_with(body, "big script").speaker == "Bill Conroy"
