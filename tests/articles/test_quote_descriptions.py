"""Descriptions that stand for a person just named (issue 12, unseen BBC articles): "the
Factory Records founder", a capitalised compound before a name ("Man-of-the-match
Stephen Jones"); each on a short story written for the test."""

from __future__ import annotations

from tests.support.news import quote_with


def test_the_band_or_firm_and_a_role_is_the_person_just_named() -> None:
    body = (
        "Record producer Dan Mercer is to open a studio in Hull.\n\n"
        '"I have wanted to do this for twenty years," said the Northern Sound founder. '
        '"The city has given me everything."\n\n'
        "Singer Rose Amis will record the first album there. "
        '"It is a lovely room to sing in," the Velvet Lanterns singer told reporters.'
    )
    assert quote_with(body, "twenty years").speaker == "Dan Mercer"
    assert quote_with(body, "given me everything").speaker == "Dan Mercer"
    assert quote_with(body, "lovely room").speaker == "Rose Amis"


def test_the_party_and_a_role_after_a_name_as_object_is_that_person() -> None:
    body = (
        "Home Secretary Alan Price faced a call to drop the bill from Mark Doyle.\n\n"
        'The New Dawn leader said the bill was "deeply flawed" and should go.'
    )
    assert quote_with(body, "deeply flawed").speaker == "Mark Doyle"


def test_a_place_and_an_office_stays_as_written() -> None:
    body = (
        "Senator Ted Marlow spoke in Des Moines on Monday.\n\n"
        '"We will win this state," the Nevada senator said.'
    )
    # a place and an office: the source keeps its words, a reader sees who it is
    assert quote_with(body, "win this state").speaker != "Ted Marlow"


def test_a_capitalised_compound_with_lower_case_parts_opens_no_name() -> None:
    body = (
        "Coach Alan Price praised his side after the win.\n\n"
        '"We showed real character," said the national coach.\n\n'
        "Man-of-the-match Gareth Lloyd, who scored two tries, a drop goal and a "
        "conversion, was delighted after the game.\n\n"
        '"It was a special day for all of us," he said.'
    )
    assert quote_with(body, "special day").speaker == "Gareth Lloyd"


def test_the_sentences_of_a_long_quotation_are_no_distance_for_its_he_said() -> None:
    body = (
        "Alan Price paid tribute to his players after the win in Paris.\n\n"
        '"We had to dig deep," said the coach. "I am proud of them. They never gave up. '
        'They showed real character." Winger Gareth Lloyd, who scored two tries, a drop '
        "goal and a conversion, was beaming after the final whistle.\n\n"
        '"It was a special day. Nobody gave us a chance. We proved them wrong. But we have '
        'a long way to go," he said.'
    )
    assert quote_with(body, "special day").speaker == "Gareth Lloyd"


def test_an_occupation_before_a_name_opens_the_subject_a_quotation_goes_on_from() -> None:
    body = (
        'Coach Alan Price said: "We had to dig deep."\n\n'
        "Hat-trick scorer Gareth Lloyd was keen not to talk about the title. "
        '"We have a hard game next week. Nobody here is thinking about trophies."'
    )
    assert quote_with(body, "hard game next week").speaker == "Gareth Lloyd"
