"""Replies for /search."""

from __future__ import annotations

import re
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


_MARKS = re.compile(r"[\"“”„]")


def no_results_reply(
    query: str, suggestions: Sequence[str], *, article_title: str | None = None
) -> Reply:
    """Nothing found: where was searched (one article, when one was named), then what to
    try: words the library knows, a phrase's words without its marks (a phrase must
    match exactly, typos and all), every article instead of one."""
    where = f"“{clip(safe(article_title), 200)}”" if article_title is not None else "the articles"
    description = f"Nothing in {where} matches {echo(query, 300)}."
    if suggestions and article_title is None:  # the library's words, not the article's
        lines = "\n".join(f"• {clip(safe(s), 200)}" for s in suggestions)
        description += f"\n\n**Did you mean:**\n{lines}"
    loose = " ".join(_MARKS.sub(" ", query).split())
    if loose and _MARKS.search(query):
        description += (
            "\n\nWords in quotation marks must appear together, spelt as typed; without "
            f"the marks they may stand apart and typos are fine: {echo(f'/search {loose}', 300)}."
        )
    if article_title is not None:
        description += "\n\nLeave out `article` to search every article."
    return problem("No results", description, error="no_results")
