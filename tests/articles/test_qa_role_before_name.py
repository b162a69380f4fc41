"""A person noun just before a name makes the name a person's: "Network manager Ola
Brandt" is no network, for all that "network" comes two words before it; a title that
opens the name ("peer Lord Hale") leaves the asked kind in place."""

from __future__ import annotations

from bot.articles.qa import read_question
from bot.articles.qa.extract import candidates


def _strengths(question: str, sentence: str) -> dict[str, float]:
    return {c.text: c.strength for c in candidates(read_question(question), sentence)}


def test_a_person_after_a_role_is_no_thing_of_the_asked_kind() -> None:
    question = "Which network will carry the new cycling channel?"
    person = _strengths(question, "Network manager Ola Brandt said the launch was a big step.")
    network = _strengths(question, "The cycling channel will go out on the Brightline network.")
    assert person["Ola Brandt"] < 0.5 * network["Brightline"]


def test_a_title_in_the_name_keeps_the_asked_role_beside_it() -> None:
    question = "Which Tory peer backed the bypass plan?"
    found = _strengths(question, "Tory peer Lord Hale said he backed the bypass plan.")
    bare = _strengths(question, "Lord Hale said he backed the bypass plan.")
    assert found["Hale"] > bare["Hale"]


def test_a_person_after_a_role_is_weaker_than_a_name_away_from_the_asked_noun() -> None:
    # "…will start with Radio Vale" may still name the network, though "network" is
    # not beside it; "manager Ola Brandt" is a person's name, whatever stands near
    question = "Which network will carry the new cycling channel?"
    person = _strengths(question, "Network manager Ola Brandt said the launch was a big step.")
    away = _strengths(question, "The cycling channel will start in May with Radio Vale.")
    assert person["Ola Brandt"] < 0.4 * away["Radio Vale"]
