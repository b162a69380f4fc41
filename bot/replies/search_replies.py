"""Replies for /search."""

from __future__ import annotations

from collections.abc import Sequence

from bot.articles.search_index import SearchHit
from bot.embeds import Field, bold_spans, clip, echo, make_embed, safe
from bot.library import Library
from bot.replies import Reply, paged, problem
from bot.replies.article_replies import dated
from bot.wording import plural

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
                description=f"{plural(len(hits), 'article')} found",
                fields=fields,
            )
        )
    return paged(pages)


def no_results_reply(query: str, suggestions: Sequence[str]) -> Reply:
    description = f"Nothing in the articles matches {echo(query, 300)}."
    if suggestions:
        lines = "\n".join(f"• {clip(safe(s), 200)}" for s in suggestions)
        description += f"\n\n**Did you mean:**\n{lines}"
    return problem("No results", description, error="no_results")
