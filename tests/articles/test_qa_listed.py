"""A name listed beside one the question names ("sprinter Mia Holt and long jumper Dan
Frye") is on the same side of the story as it, not the answer about it; a name set
beside it by a comma alone (an apposition) still is."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.qa.extract import candidates
from bot.articles.search_index import SearchIndex

TRAINING = """Holt and Frye lift British hopes

The form of sprinter Mia Holt and long jumper Dan Frye has lifted hopes for the indoor season.

Frye, who trains in Loughborough, cleared 8.05m in Glasgow on Saturday.

"He is jumping with real freedom," said his coach Alan Brereton.
"""


def _texts(question: str, sentence: str) -> list[str]:
    return [c.text for c in candidates(read_question(question), sentence)]


def test_a_name_joined_by_and_to_the_asked_one_is_no_answer() -> None:
    sentence = "The form of sprinter Mia Holt and long jumper Dan Frye lifted hopes."
    assert "Mia Holt" not in _texts("Who coaches long jumper Dan Frye?", sentence)
    # asked about neither, both are still answers
    assert "Mia Holt" in _texts("Who lifted British hopes?", sentence)


def test_the_rest_of_a_list_holding_the_asked_name_is_no_answer() -> None:
    sentence = "The Harbour, Ember Street and Cold Light took two prizes each."
    assert _texts("Who won best actress for The Harbour?", sentence) == []


def test_a_name_in_apposition_to_the_asked_one_stays() -> None:
    sentence = "The deal was announced by Tom Varley, Norcastle's finance director."
    assert "Tom Varley" in _texts("Which Norcastle director announced the deal?", sentence)


def test_the_coach_is_found_not_the_team_mate() -> None:
    article = parse_article(TRAINING, key="sport/holt.txt")
    index = SearchIndex.build([article])
    found = find_answers("Who coaches long jumper Dan Frye?", index, {article.key: article})
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "Alan Brereton"


def test_a_name_after_and_a_possessive_is_named_by_the_asked_one() -> None:
    sentence = "Dan Frye and his coach Tom Hale flew to Paris on Monday."
    assert "Tom Hale" in _texts("Who coaches Dan Frye?", sentence)
