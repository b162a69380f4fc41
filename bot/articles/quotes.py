"""Quotes and their speakers (placeholder until the who-said-what issue lands)."""

from __future__ import annotations

from bot.articles.model import Article, Person, Quote


def attribute_article(article: Article) -> tuple[list[Person], list[Quote]]:
    """The people an article mentions and the statements it attributes to them."""
    return [], []
