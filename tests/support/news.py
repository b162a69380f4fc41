"""Short invented news stories for the quote engine's tests: a one-line headline is
added, so each test writes only the paragraphs that matter."""

from __future__ import annotations

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
