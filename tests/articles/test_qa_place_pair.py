"""A place name of two words whose first word the article also writes in lower case
("new", "south") keeps that word: the answer is "New York City", not "York City"."""

from __future__ import annotations

from bot.articles.qa import read_question
from bot.articles.qa.extract import candidates


def _texts(question: str, sentence: str, common: frozenset[str]) -> list[str]:
    return [c.text for c in candidates(read_question(question), sentence, common)]


def test_new_opens_the_place_though_the_article_writes_new() -> None:
    sentence = '"The band shows that New York City still breeds fresh talent," she said.'
    texts = _texts("Which city still breeds fresh talent?", sentence, frozenset({"new"}))
    assert "New York City" in texts
    assert "York City" not in texts


def test_south_opens_the_country() -> None:
    sentence = "The squad flew to South Africa on Tuesday for the tour."
    texts = _texts("Where did the squad fly to?", sentence, frozenset({"south"}))
    assert "South Africa" in texts


def test_a_describing_common_word_is_still_dropped() -> None:
    sentence = "Rap mogul Suge Knight was arrested in Los Angeles on Monday."
    texts = _texts("Who was arrested in Los Angeles?", sentence, frozenset({"rap", "mogul"}))
    assert "Suge Knight" in texts
    assert "Rap mogul Suge Knight" not in texts
