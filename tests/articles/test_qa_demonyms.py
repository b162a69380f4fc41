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
