"""Extractive summaries (placeholder: the lead, until the summaries issue lands)."""

from __future__ import annotations

from bot.articles.model import Article, Sentence


def summarize(article: Article, count: int) -> list[Sentence]:
    """`count` sentences that carry the article, in article order."""
    return list(article.sentences[: max(count, 0)])
