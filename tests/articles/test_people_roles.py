"""The role shown beside a name in /people, /quotes and /whosaid: a phrase that reads as
an office or occupation, never an appositive clause or a fragment; and a plural of an
occupation ("Analysts said") is a speaker but nobody to list."""

from __future__ import annotations

import pytest

from bot.articles.cast import Entity
from bot.articles.quotes import attribute_article, output
from bot.articles.quotes.output import best_role
from bot.articles.roles import holds, office, reads_as_role, title_end, with_field
from tests.support.news import story


@pytest.mark.parametrize(
    "role",
    [
        "Culture Secretary",
        "CBI chief economist",
        "head of the port authority's planning division",
        "a retail analyst at Keller & Row",
        "Minister for Rural Affairs",
        "Harbour Board chief",
        "SEPA vice-director",
        "rally driver",
        "Wales physio",
        "vice-chairman of Norland Petrochemicals (NPL)",
    ],
)
def test_offices_and_occupations_read_as_roles(role: str) -> None:
    assert reads_as_role(role)


@pytest.mark.parametrize(
    "role",
    [
        "who now faces Ivan Petrov in the last 16",  # a relative clause
        "speaking exclusively to Radio Dunmore",  # a participle phrase
        "for the Liberal Democrats",  # a preposition phrase
        "and founder of the Kell consultancy",
        "which is also an adviser to Norgas",
        "Britain's",  # a possessor cut from its noun
        "the UK's Home",  # a qualifier cut from its office
        "Take Your",  # a piece of a song title
        "however",
        "known as Queen of the Sky",  # a nickname, no office
        "Falic group",  # a body, no role
        "capt)",
        "a second-half replacement in Saturday's 24-18 win over France in Paris last week",
    ],
)
def test_clauses_and_fragments_do_not(role: str) -> None:
    assert not reads_as_role(role)


def _people(body: str) -> dict[str, str | None]:
    return {p.name: p.role for p in attribute_article(story(body))[0]}


def test_the_role_shown_is_the_office_not_the_appositive() -> None:
    hale = Entity(["Tom", "Hale"])
    hale.roles = ["who now faces Ivan Petrov in the last 16", "- Wales captain"]
    assert best_role(hale) == "Wales captain"
    people = _people(
        "Culture Secretary Tessa Jowell, who took over in 2001, was upbeat. "
        '"We serve the country better," said Ms Jowell.'
    )
    assert people["Tessa Jowell"] == "Culture Secretary"


def test_best_role_is_the_same_when_its_roles_were_judged_before() -> None:
    """best_role remembers how each role string reads (output._READABLE): a second
    entity with the same roles, in another order, gets the answer a fresh judgement
    gives, an office in capitals before a description."""
    output._READABLE.clear()
    first = Entity(["Ann", "Lee"])
    first.roles = ["a retail analyst at Keller & Row", "- Harbour Board chief", "however"]
    assert best_role(first) == "Harbour Board chief"
    second = Entity(["Bo", "Ray"])
    second.roles = ["however", "a retail analyst at Keller & Row"]
    assert best_role(second) == "a retail analyst at Keller & Row"
    second.roles.append("- Harbour Board chief")
    assert best_role(second) == "Harbour Board chief"
    assert output._READABLE["however"] is None


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Kelly Holmes", 'Britain\'s Kelly Holmes won the race. "I am delighted," said Holmes.'),
        (
            "Tom Hale",
            'Tom Hale, who now faces Ivan Petrov in the last 16, said: "I am playing the best '
            'tennis of my life."',
        ),
        (
            "Rick Parry",
            'Rick Parry, speaking exclusively to Radio Dunmore, said: "We will not sell."',
        ),
    ],
)
def test_an_appositive_or_a_possessor_alone_gives_no_role(name: str, body: str) -> None:
    people = _people(body)
    assert name in people
    assert people[name] is None


def test_analysts_are_a_speaker_but_not_a_listed_body() -> None:
    body = (
        "Shares in Norgas rose 4% on Tuesday. "
        '"The results were far better than the market feared," analysts said. '
        "Analysts said the firm's debt remained a worry. "
        '"We will keep investing in the North Sea," said chief executive Anna Kell.'
    )
    people, quotes = attribute_article(story(body))
    names = {p.name for p in people}
    assert "Anna Kell" in names and not {"Analysts", "analysts"} & names
    assert any(q.speaker and q.speaker.lower() == "analysts" for q in quotes)


def test_a_team_named_like_an_occupation_is_still_listed() -> None:
    # "the Chiefs" is a team: nothing in the article writes "chiefs" in lower case
    body = (
        "The Chiefs beat Gloucester 24-18 on Saturday. "
        '"We deserved it," said Chiefs coach Rob Baxter. The Chiefs said the win was vital.'
    )
    people, _ = attribute_article(story(body))
    assert {"Rob Baxter", "Chiefs"} <= {p.name for p in people}


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("the chancellor", "chancellor"),
        ("the current Home Secretary", "Home Secretary"),
        ("the chancellor of the exchequer", "chancellor of the exchequer"),
        ("the minister for sport", "minister for sport"),
        ("the England coach", "England coach"),
        ("the man accused of the theft", ""),
        ("the economist who said rates would rise", ""),
    ],
)
def test_the_office_a_reader_asks_about(question: str, asked: str) -> None:
    assert office(question) == asked


@pytest.mark.parametrize(
    ("role", "asked", "expected"),
    [
        ("Chancellor", "chancellor", True),
        ("German Chancellor", "chancellor", True),
        ("Bank of England governor", "governor", True),
        ("shadow chancellor", "chancellor", False),  # another office
        ("adviser to the chancellor", "chancellor", False),  # its head is the adviser
        ("former prime minister", "prime minister", False),  # past it
        ("former prime minister", "former prime minister", True),
        ("Tory shadow chancellor", "shadow chancellor", True),
    ],
)
def test_whether_a_role_holds_the_asked_office(role: str, asked: str, expected: bool) -> None:
    assert holds(role, asked) is expected


@pytest.mark.parametrize(
    ("name", "body", "role"),
    [
        (
            "Tom Hale",
            "Former Harbour Board finance chief Tom Hale says the plan will not work.",
            "Former Harbour Board finance chief",
        ),
        (
            "Ann Lee",
            "The party will go on, the party's campaign chief Ann Lee has said.",
            "campaign chief",
        ),
        (
            "Bo Ray",
            '"Sales are rising," Norgas Capital energy analyst Bo Ray said.',
            "Norgas Capital energy analyst",
        ),
    ],
)
def test_a_role_keeps_what_it_is_of(name: str, body: str, role: str) -> None:
    assert _people(body)[name] == role


def test_a_title_before_a_role_is_not_its_body() -> None:
    body = "The Lord of the Harbours director Tom Hale said the film would be shown again."
    assert _people(body)["Tom Hale"] == "director"


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("urged Harbour ", "mayor", "Harbour mayor"),  # no verb
        ("said ", "chief executive", "chief executive"),
        ("and shadow ", "chancellor", "shadow chancellor"),
        ("the firm's finance ", "chief", "finance chief"),
        ("of the Harbours ", "director", "director"),
        ("the Harbours ", "director", "Harbours director"),  # "the" alone ends no title
        # whom something was said to is no field of the role after it
        ("In a letter to shareholders ", "chief executive", "chief executive"),
        ("Speaking to reporters ", "finance director", "finance director"),
        ("an adviser to health ", "secretary", "health secretary"),
        ("with election ", "coordinator", "election coordinator"),
    ],
)
def test_the_words_written_before_a_role(text: str, role: str, expected: str) -> None:
    assert with_field(text + role + " Tom Hale", len(text), role) == expected


@pytest.mark.parametrize(
    ("before", "role", "ends"),
    [
        ("a director of the", "Harbours director", 1),
        ("the judges of", "Harbour Light Guild chairman", 3),
        ("Of the", "Harbours director", 1),
        ("profits rose at the", "Harbours director", 0),  # no "of": the field stays
        ("the head of the", "Deputy harbour master", 0),  # a role word opens the role
        ("the Speaker of the", "House Rep.", 0),  # nothing would be left of the role
        ("a member of", "", 0),
    ],
)
def test_capitalised_words_after_of_end_a_title(before: str, role: str, ends: int) -> None:
    assert title_end(before.split(), role.split()) == ends


def test_a_capitalised_role_after_of_the_and_a_role_read_from_the_text_agree() -> None:
    """One rule for both (roles.title_end): the cast's capitalised role, and the words
    with_field reads before a lower-case one."""
    body = "A Song of the Harbours director Tom Hale said the film was finished."
    assert _people(body)["Tom Hale"] == "director"
    assert with_field(body, len("A Song of the Harbours "), "director") == "director"
