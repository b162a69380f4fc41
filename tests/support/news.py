"""Short invented news stories for the quote engine's tests: a one-line headline is
added, so each test writes only the paragraphs that matter."""

from __future__ import annotations

import bot.articles.quotes.engine as engine
from bot.articles.cast import Cast
from bot.articles.model import Article, Quote
from bot.articles.parse import parse_article
from bot.articles.quotes import attribute_article


def story(body: str) -> Article:
    return parse_article("Headline for a test story\n\n" + body, key="test.txt")


def quotes_in(body: str) -> list[Quote]:
    return attribute_article(story(body))[1]


def quote_with(body: str, words: str) -> Quote:
    """The first quote whose text contains `words`."""
    found = [q for q in quotes_in(body) if words in q.text]
    assert found, f"no quote containing {words!r}"
    return found[0]


def cast_of(body: str) -> Cast:
    """The cast the quote engine builds for the story: its people, genders, timeline."""
    made: list[Cast] = []

    class Keeping(Cast):
        def __init__(self, starts: list[int], text: str = "") -> None:
            super().__init__(starts, text)
            made.append(self)

    saved = engine.Cast
    engine.Cast = Keeping  # type: ignore[misc]
    try:
        attribute_article(story(body))
    finally:
        engine.Cast = saved  # type: ignore[misc]
    return made[0]
