"""A person named in full once, in a sentence that gives the name no speaking part, then
only by a title and surname ("Mrs Blair"): the full name, so that a reader sees who
spoke and the library never merges her with another person of that surname."""

from __future__ import annotations

from bot.articles.people import PeopleRegistry
from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, story

WIFE = (
    "Marguerite Halden has been accused of criticising the council's budget in a talk she "
    "gave to students.\n\n"
    "Mrs Halden's remarks were made at a college in Leeds. She said the cuts were a "
    "betrayal of the town's young people."
)
MINISTER = (
    "Ambrose Halden was criticised by the opposition for the delay.\n\n"
    'Mr Halden said: "We will publish the figures next week."'
)


def test_a_title_and_surname_take_the_full_name_given_earlier() -> None:
    assert quote_with(WIFE, "betrayal").speaker == "Marguerite Halden"
    people = attribute_article(story(WIFE))[0]
    assert [(p.name, "Mrs Halden" in p.aliases) for p in people if "Halden" in p.name] == [
        ("Marguerite Halden", True)
    ]


def test_a_given_name_of_the_other_sex_is_someone_else() -> None:
    body = (
        'Fans sang "Tony Halden, there\'s only one Tony Halden" as the team came out.\n\n'
        "Mrs Halden said the club had been her husband's whole life."
    )
    assert quote_with(body, "whole life").speaker == "Halden"


def test_a_wife_and_a_man_of_one_surname_stay_two_people_in_the_library() -> None:
    both = [
        (key, attribute_article(story(body))[0]) for key, body in (("a", WIFE), ("b", MINISTER))
    ]
    registry = PeopleRegistry.build(both)
    names = sorted(p.name for p in registry.people if "Halden" in p.name)
    assert names == ["Ambrose Halden", "Marguerite Halden"]
    assert quote_with(MINISTER, "publish the figures").speaker == "Ambrose Halden"


def test_a_titled_surname_spelt_another_way_is_the_person_named_in_full() -> None:
    body = (
        "Trade minister Anand Chatterjee opened the fair in Bangalore on Monday.\n\n"
        '"We are keen to welcome partners from every country," said Mr Chaterjee.'
    )
    assert quote_with(body, "keen to welcome partners").speaker == "Anand Chatterjee"


def test_a_short_surname_one_letter_off_is_someone_else() -> None:
    body = (
        "Tom Brown chaired the meeting on Monday.\n\n"
        '"We need new members," said Ms Browne, the club secretary.'
    )
    assert quote_with(body, "need new members").speaker == "Browne"


def test_a_titled_surname_spelt_another_way_of_the_other_gender_is_someone_else() -> None:
    body = (
        "Planning minister Derek Hallworthy opened the new bridge on Monday.\n\n"
        '"It is a proud day for the town," said Ms Halworthy, the council leader.'
    )
    assert quote_with(body, "proud day for the town").speaker == "Halworthy"


def test_a_titled_surname_one_letter_off_that_is_no_spelling_of_it_is_someone_else() -> None:
    # a "t" added is another surname, not a way to spell the first
    body = (
        "Councillor Boris Johnson visited the plant in Derby on Monday.\n\n"
        '"The jobs here are safe," said Mr Johnston, the site manager.'
    )
    assert quote_with(body, "jobs here are safe").speaker == "Johnston"
