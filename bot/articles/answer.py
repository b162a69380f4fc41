"""Plain questions answered from the articles' sentences.

`find_answers` (in `bot.articles.qa`) does the work: it reads what the question asks for,
finds the article, then the sentence that answers, and picks the answer out of it. This
module keeps the small sentence-level API the benchmarks and older callers use. Which
command a question is (routing) belongs to the command layer, not here."""

from __future__ import annotations

from collections.abc import Mapping

from bot.articles.model import Article
from bot.articles.qa import Answer, find_answers
from bot.articles.search_index import SearchIndex, SentenceHit

__all__ = ["Answer", "answer", "find_answers"]


def answer(
    question: str,
    index: SearchIndex,
    articles: Mapping[str, Article],
    limit: int = 2,
    article_key: str | None = None,
) -> list[SentenceHit]:
    """The sentences that best answer a plain question, best first; empty when none
    answers with enough support."""
    found = find_answers(question, index, articles, limit=limit, article_key=article_key)
    if not found or not found[0].supported:
        return []
    return [index_hit(a) for a in found]


def index_hit(found: Answer) -> SentenceHit:
    return SentenceHit(found.article_key, found.sentence, round(found.score, 6))
