"""The /summary reply: prose or key points, with the article's header."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.articles.model import Article, Sentence
from bot.articles.summarize import key_points
from bot.embeds import Field, clip, make_embed, safe
from bot.replies import Reply, paged
from bot.replies.article_replies import dated, header_fields
from bot.wording import plural

KEY_POINTS = "key points"
# A key point's length: this many characters, fewer when many must share an embed (a
# point with no clause end to cut at may take twice its share; see key_points).
POINT_CHARS = 300
DESCRIPTION_BUDGET = 3800  # of Discord's 4096, leaving room for escapes and the subhead
SUBHEAD_CHARS = 600  # a subhead is a line or two; a longer one would crowd out the summary


def summary_reply(
    article: Article, sentences: Sequence[Sentence], *, asked: int, length: str
) -> Reply:
    """`sentences` are the summary (article order); `asked` is how many were wanted. A
    summary longer than one embed holds goes on over pages, cut between sentences."""
    return paged(summary_pages(article, sentences, asked=asked, length=length))


def summary_pages(
    article: Article, sentences: Sequence[Sentence], *, asked: int, length: str
) -> list[discord.Embed]:
    """The pages of `summary_reply`, not yet numbered."""
    total = len(article.sentences)
    note = ""
    if not sentences:
        note = "This article has no body text to summarise."
    elif total <= asked and len(sentences) == total:
        note = f"*The article has only {plural(total, 'sentence')}, so here it is in full.*"
    elif len(sentences) < asked:
        note = (
            f"*{len(sentences)} of the {min(asked, total)} sentences asked for: the article's "
            "others repeat these, lean on sentences left out, or are readers' asides.*"
        )
    subhead = f"*{clip(safe(article.subtitle), SUBHEAD_CHARS)}*" if article.subtitle else ""
    opening = "\n\n".join(part for part in (subhead, note) if part)
    if length == KEY_POINTS:
        share = DESCRIPTION_BUDGET // (2 * max(len(sentences), 1)) - 3
        points = key_points(sentences, max_chars=min(POINT_CHARS, share))
        bodies = ["\n".join(f"• {safe(point)}" for point in points)]
    else:
        bodies = _pages_of([safe(s.text) for s in sentences], DESCRIPTION_BUDGET - len(opening) - 2)
    fields = [*header_fields(article), Field("Date", dated(article), inline=True)]
    footer = f"{len(sentences)} of {plural(total, 'sentence')}" if total else ""
    if article.source:
        footer += f" · {article.source}" if footer else article.source
    return [
        make_embed(
            title=safe(article.title),
            description="\n\n".join(part for part in (opening if n == 0 else "", body) if part),
            fields=fields,
            footer=clip(footer, 2048),
            url=article.url,
        )
        for n, body in enumerate(bodies)
    ]


def _pages_of(texts: Sequence[str], first_budget: int) -> list[str]:
    """Sentences joined into page bodies of at most DESCRIPTION_BUDGET characters (the
    first page: `first_budget`), each page ending at the end of a sentence; a sentence
    longer than a page is left for the embed to cut."""
    pages: list[str] = [""]
    budget = first_budget
    for text in texts:
        joined = f"{pages[-1]} {text}" if pages[-1] else text
        if len(joined) <= budget or not pages[-1]:
            pages[-1] = joined
        else:
            pages.append(text)
            budget = DESCRIPTION_BUDGET
    return pages
