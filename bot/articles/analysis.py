"""One article's analysis: the per-article work a load does once, in worker processes
for large folders. A module of its own, importing only the quote engine, so that a
worker imports little before it can start."""

from __future__ import annotations

from dataclasses import dataclass

from bot.articles.model import Article, Person, Quote, spanned
from bot.articles.quotes import attribute_article


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the engine found in one article: its people and its statements."""

    people: list[Person]
    quotes: list[Quote]


def analyse(article: Article) -> Analysis:
    """Per-article work, done once at load (in worker processes for large folders)."""
    people, quotes = attribute_article(article)
    return Analysis(people, [spanned(q, article) for q in quotes])
