"""Words a reader and a reporter use for one thing: a country and its adjective
("Swedish" in a question is "Sweden" in the article, so "which Swedish town" is not
answered with "Sweden" itself), and a minister and a secretary ("which cabinet
minister" is "Home Secretary Ellen Marsh")."""

from __future__ import annotations

import pytest

from bot.articles.qa import read_question
from bot.articles.qa.extract import candidates
from bot.articles.qa.words import concept


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Swedish", "Sweden"),
        ("Norwegian", "Norway"),
        ("Icelandic", "Iceland"),
        ("Dutch", "Holland"),
    ],
)
def test_a_country_and_its_adjective_are_one_concept(adjective: str, country: str) -> None:
    assert concept(adjective) == concept(country)


def test_the_country_of_the_asked_adjective_is_no_answer() -> None:
    question = read_question("Which Swedish town is the paper mill in?")
    sentence = "The paper mill in Sweden is near the port of Karlsfjord."
    texts = [c.text for c in candidates(question, sentence)]
    assert "Sweden" not in texts


def test_a_minister_is_a_secretary() -> None:
    # "Which cabinet minister…" is answered by "Home Secretary Jo Bloggs"
    assert concept("minister") == concept("Secretary")
    question = read_question("Which cabinet minister wants tougher rules on fireworks?")
    sentence = "Tougher rules on fireworks were urged by Home Secretary Ellen Marsh on Monday."
    found = {c.text: c.strength for c in candidates(question, sentence)}
    assert "Ellen Marsh" in found


def test_a_runner_is_an_athlete() -> None:
    assert concept("runners") == concept("athlete")


@pytest.mark.parametrize(
    ("question", "sentence", "name", "plain"),
    [
        # a club, a paper or a surname that ends as a people's adjective does ("-ic",
        # "-ian", "-an") is as much a name before a word in lower case as any other
        ("Which club did Ray Dunne join?", "Ray Dunne joined {} last week.", "Celtic", "Hibs"),
        (
            "Which paper printed the leaked memo?",
            "The leaked memo was printed by the {} last Friday.",
            "Guardian",
            "Herald",
        ),
        ("Who scored the winner?", "{} scored the winner in extra time.", "Sullivan", "Walsh"),
    ],
)
def test_a_name_ending_as_an_adjective_is_a_full_name(
    question: str, sentence: str, name: str, plain: str
) -> None:
    asked = read_question(question)
    found = {c.text: c.strength for c in candidates(asked, sentence.format(name))}
    other = {c.text: c.strength for c in candidates(asked, sentence.format(plain))}
    assert found.get(name, 0.0) == pytest.approx(other[plain])


def test_an_adjective_of_a_people_is_weak() -> None:
    question = read_question("Which firms bought the mill?")
    sentence = "Kenyan firms bought the mill from the Swedish owners of Tarn Holdings."
    found = {c.text: c.strength for c in candidates(question, sentence)}
    assert found.get("Kenyan", 0.0) < found["Tarn Holdings"]
    assert found.get("Swedish", 0.0) < found["Tarn Holdings"]


@pytest.mark.parametrize("adjective", ["Greek", "Kenyan", "Swedish"])
def test_a_lone_adjective_of_a_people_is_no_person(adjective: str) -> None:
    question = read_question("Who coaches Eleni Vasou?")
    sentence = f"Eleni Vasou has trained with {adjective} coaches and Petros Ladas."
    found = {c.text: c.strength for c in candidates(question, sentence)}
    assert found.get(adjective, 0.0) < found["Petros Ladas"] / 4
