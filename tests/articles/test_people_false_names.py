"""Words the people list must not take for someone's name: a capitalised word an owner
("Chelsea's", "Roux's") says is theirs, before a noun it qualifies; and a possessive
is never the given name of the word after it."""

from __future__ import annotations

import pytest

from bot.articles.cast import _given_before, people_adjective
from bot.articles.quotes import attribute_article
from tests.support.news import quotes_in, story


def _people(body: str) -> dict[str, str]:
    return {p.name: p.kind for p in attribute_article(story(body))[0]}


@pytest.mark.parametrize(
    ("word", "body"),
    [
        (
            "Premiership",
            "Arsenal cut Chelsea's Premiership lead to five points on Sunday. "
            '"We are still in the race," said manager Arsene Wenger.',
        ),
        (
            "Kenyan",
            "Tom Rudd held off Ngeny's Kenyan team-mate Paul Kosgei by only a second. "
            '"I am delighted," said Rudd.',
        ),
        (
            "Italian",
            "Scotland lost 2-0 to Carlo Bassi's Italian side in Turin. "
            '"It was not good enough," said coach Frank Hadden.',
        ),
    ],
)
def test_a_word_an_owner_qualifies_is_nobody(word: str, body: str) -> None:
    assert word not in _people(body)


def test_a_named_owner_with_a_verb_after_is_still_a_person() -> None:
    body = (
        "Liverpool's Baros has been ruled out for a month. "
        '"It is a blow," said boss Rafael Benitez. Baros said he would be back.'
    )
    assert _people(body).get("Baros") == "person"


def test_an_owner_is_not_the_given_name_of_the_word_after_it() -> None:
    text = "Arsenal's Deco has spoken about the derby. Later Deco played it down."
    assert _given_before(text, "Deco", text.index("Later")) == ("", -1)
    text = "Ricardo Deco has spoken about the derby. Later Deco played it down."
    assert _given_before(text, "Deco", text.index("Later")) == ("Ricardo", 0)


def test_an_occupations_plural_is_nobody_where_a_full_stop_was_lost() -> None:
    body = (
        "Mr Lebed was arrested in May and is still in custody Analysts believe the unit "
        "will be sold to a state-backed firm. "
        '"A bid is expected within weeks," said broker Tom Hale.'
    )
    assert "Analysts" not in _people(body)


def test_a_name_ending_in_an_occupations_plural_is_a_body() -> None:
    body = (
        "Korea's box office had its best year in 2004. "
        "Korea Film Publishers figures showed that 140 million tickets were sold "
        "in Korea last year. "
        '"It was a great year for local films," said critic Kim Min-ho.'
    )
    people = {p.name: p for p in attribute_article(story(body))[0]}
    body_name = people.get("Korea Film Publishers")
    assert body_name is not None and body_name.kind == "organisation"
    assert "Korea" not in body_name.aliases


@pytest.mark.parametrize(
    ("word", "body"),
    [
        (
            "Brazilian",
            "Arsenal's Deco has spoken about the scenes after the derby. "
            '"I saw people pushing," the Brazilian told the club website.',
        ),
        (
            "French",
            "The French say the deal will not go ahead. "
            '"It is too early to tell," said analyst Tom Hale.',
        ),
    ],
)
def test_a_peoples_adjective_alone_is_nobody(word: str, body: str) -> None:
    assert word not in _people(body)


def test_a_given_name_like_a_peoples_adjective_is_still_listed() -> None:
    body = 'Hamish said the team had played well. "We deserved it," Hamish added.'
    assert "Hamish" in _people(body)


def test_a_country_owner_alone_makes_a_one_word_name_a_body() -> None:
    """ "Norway's Fjellstad", with no given name, title or pronoun: a firm as often as a
    person, so it is listed as an organisation (a "she" after it makes her a person)."""
    firm = _people(
        "Norway's Fjellstad is expected to bid for the shipyard next month. "
        "Japan's Kobara said it would raise its offer."
    )
    assert firm == {"Fjellstad": "organisation", "Kobara": "organisation"}
    assert _people("Wales' Kobara won the vote. Texas' Fjellstad is expected to bid.") == {
        "Kobara": "organisation",
        "Fjellstad": "organisation",
    }  # (a bare apostrophe after an s is the same possessive)
    player = _people("Brazil's Tavarela won in straight sets. She said the crowd had helped.")
    assert player == {"Tavarela": "person"}


@pytest.mark.parametrize("surname", ["Reese", "Parrish", "Bellese"])
def test_a_surname_ending_as_a_people_adjective_is_still_a_person(surname: str) -> None:
    body = f'Canada\'s {surname} won the final in Vienna. "It was a hard match," said {surname}.'
    assert _people(body).get(surname) == "person"


@pytest.mark.parametrize(
    "word",
    ["Swedish", "Polish", "Taiwanese", "Scottish", "Lebanese", "Togolese", "Guyanese", "Flemish"],
)
def test_a_people_adjective_of_either_ending_is_still_nobody(word: str) -> None:
    assert people_adjective(word)


@pytest.mark.parametrize(
    ("body", "shown", "not_shown"),
    [
        (
            # the next sentence's "The" glued on: the full stop left out
            '"The risks are real," said analyst Ruth Okoro The vote is due next week.',
            "Ruth Okoro",
            "Ruth Okoro The",
        ),
        (
            "A Harbour Trust report said the quay would close. Harbour Trust staff agreed.",
            "Harbour Trust",
            "A Harbour Trust",
        ),
        (
            # a headline's capitalised "Of" after a title word is no one
            "The Lord Of the Harbours won best film, the jury said on Monday.",
            None,
            "Of",
        ),
        # a small word alone in title case speaks for no one
        ('Of said "the plan is sound" on Monday.', None, "Of"),
        ('"We will win," said Al From of the council.', "Al From", None),  # a surname
        ('"We will win," said Tran Van An on Monday.', "Tran Van An", None),  # a given name
    ],
)
def test_a_name_is_made_without_small_words_glued_to_its_edge(
    body: str, shown: str | None, not_shown: str | None
) -> None:
    people = _people(body)
    if shown is not None:
        assert shown in people
    if not_shown is not None:
        assert not_shown not in people


@pytest.mark.parametrize(
    ("phantom", "name", "body"),
    [
        (
            # a reporting verb that opens the sentence, before a name the article also
            # writes alone
            "Said Okonjo",
            "Okonjo",
            "Winger Okonjo has joined Harlow on a two-year deal. "
            'Said Okonjo: "This is the move I wanted to make for my family."',
        ),
        (
            # a modal in a headline-like question, then the name alone
            "Can Veltrix",
            "Veltrix",
            "Can Veltrix keep its lead in the search market? "
            "Veltrix said its sales rose by a fifth last year. "
            '"We are growing faster than anyone else," said Veltrix.',
        ),
        (
            # an adverb in -ly before a name the article writes alone
            "Eventually Dunmore",
            "Dunmore",
            "Dunmore, the firm's new robot, can climb stairs. "
            "Eventually Dunmore could find work in offices, the company said.",
        ),
    ],
)
def test_a_common_word_that_opens_the_sentence_is_no_part_of_the_name(
    phantom: str, name: str, body: str
) -> None:
    people = _people(body)
    assert phantom not in people
    assert name in people


def test_a_run_written_inside_a_sentence_too_keeps_its_first_word() -> None:
    # "new" is written in lower case, but "New Harbour" also stands inside a sentence
    body = (
        "New Harbour said it would build a new depot in the town. "
        "The council welcomed the plan from New Harbour on Monday."
    )
    assert "New Harbour" in _people(body)


def test_a_common_word_alone_that_opens_the_sentence_is_nobody() -> None:
    # "New rules …": the adjective of a subject, not a body that rules
    body = (
        "New rules on parking permits are coming into force on Monday. "
        "The new permits will cost more, the council said."
    )
    assert "New" not in _people(body)


def test_a_plural_before_a_place_the_article_writes_alone_is_a_body() -> None:
    # "Wales" stands alone elsewhere, but "Colleges Wales" is a body, not "Wales"
    body = (
        "Students from England are applying to colleges in Wales in record numbers. "
        "Colleges Wales, which speaks for college principals, claimed that the rise did "
        "not squeeze out local students. Its director, Huw Pryce, said fees in Wales "
        "were lower."
    )
    people = _people(body)
    assert "Colleges Wales" in people
    assert "Wales" not in people
    claimed = next(q for q in quotes_in(body) if q.cue == "claimed")
    assert claimed.speaker == "Colleges Wales"


def test_a_role_word_set_off_by_a_comma_at_the_opening_is_no_speaker() -> None:
    # "First," is an adverb here though "first" is a role word ("First Minister")
    body = (
        "Rovers had the better of the first half at Holm Park. "
        "First, Okafor got round Ben Hale and blasted in a shot that Hale parried to "
        "Dunn, who turned the ball wide."
    )
    assert not quotes_in(body)
