"""Replies for /search and for plain questions answered from the articles."""

from __future__ import annotations

from collections.abc import Sequence

from bot.articles.search import SearchHit, SentenceHit
from bot.embeds import Field, bold_spans, clip, make_embed, safe
from bot.library import Library
from bot.replies import Reply, paged, problem
from bot.replies.articles import dated

RESULTS_PER_PAGE = 5


def search_reply(library: Library, query: str, hits: Sequence[SearchHit]) -> Reply:
    """Articles best first, five to a page: the title, then the best snippet in bold."""
    pages = []
    for first in range(0, len(hits), RESULTS_PER_PAGE):
        fields = []
        for number, hit in enumerate(hits[first : first + RESULTS_PER_PAGE], first + 1):
            article = library.get(hit.article_key)
            if article is None:
                continue
            snippet = clip(bold_spans(hit.snippet, hit.highlights), 900)
            fields.append(
                Field(f"{number}. {clip(safe(article.title), 240)}", f"{snippet}\n{dated(article)}")
            )
        pages.append(
            make_embed(
                title=clip(f"Search: {safe(query)}", 256),
                description=f"{len(hits)} article{'s' * (len(hits) != 1)} found",
                fields=fields,
            )
        )
    return paged(pages)


def no_results_reply(query: str, suggestions: Sequence[str]) -> Reply:
    description = f"Nothing in the articles matches “{clip(safe(query), 300)}”."
    if suggestions:
        lines = "\n".join(f"• {clip(safe(s), 200)}" for s in suggestions)
        description += f"\n\n**Did you mean:**\n{lines}"
    return problem("No results", description, error="no_results")


def answer_reply(library: Library, question: str, hits: Sequence[SentenceHit]) -> Reply:
    """The sentence(s) that best answer a question, quoted with their article."""
    quotes = "\n".join(f"> {safe(hit.sentence.text)}" for hit in hits)
    sources = []
    for hit in hits:
        article = library.get(hit.article_key)
        line = (
            f"{clip(safe(article.title), 200)} · {dated(article)}" if article else hit.article_key
        )
        if line not in sources:
            sources.append(line)
    embed = make_embed(
        title=clip(safe(question), 256),
        description=quotes,
        fields=[Field("Source" if len(sources) == 1 else "Sources", "\n".join(sources))],
        footer="Answered from the articles; the sentence is quoted as written",
    )
    return Reply(pages=(embed,))


def no_answer_reply(question: str) -> Reply:
    return problem(
        "I couldn't find an answer",
        f"Nothing in the articles seems to answer “{clip(safe(question), 300)}”. "
        "Try `/search` with a few keywords.",
        error="no_answer",
    )
