"""Replies about articles themselves: the list, one article, an unknown title."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

from bot.articles.model import Article
from bot.embeds import Field, clip, echo, make_embed, safe
from bot.library import Library
from bot.replies import LazyPages, Reply, problem
from bot.wording import plural

ARTICLES_PER_PAGE = 10
SUGGESTIONS = 5


def header_fields(article: Article) -> list[Field]:
    """Byline and dateline, each only when the article has one (an article without one
    shows nothing rather than a dash)."""
    return [
        Field(name, safe(value), inline=True)
        for name, value in (("Byline", article.byline), ("Dateline", article.dateline))
        if value
    ]


def timestamp(moment: datetime, style: str = "D") -> str:
    """A Discord timestamp: every reader sees it in their own locale and zone."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def dated(article: Article) -> str:
    """The article's date, saying whether it is the publication or the file date."""
    when = timestamp(article.date)
    return when if article.published else f"{when} (file date)"


def article_list(library: Library) -> Reply:
    """Every article, newest first, ten to a page."""
    if not library.articles:
        return problem(
            "No articles yet",
            "The library is empty. Add `.txt` or `.md` files to the articles folder.",
            error="empty_library",
        )
    total = len(library.articles)

    def page(index: int) -> discord.Embed:
        first = index * ARTICLES_PER_PAGE
        chunk = library.articles[first : first + ARTICLES_PER_PAGE]
        lines = [
            f"**{number}.** {clip(safe(article.title), 180)} · {dated(article)}"
            for number, article in enumerate(chunk, first + 1)
        ]
        return make_embed(
            title=f"Articles ({total:,})",
            description="\n".join(lines),
            footer="Newest first · /article <title> to read one",
        )

    return Reply(pages=LazyPages(-(-total // ARTICLES_PER_PAGE), page))


def article_detail(article: Article) -> Reply:
    """Headline, subhead, byline, dateline, date, length and the first paragraph."""
    opening = article.paragraphs[0].text if article.paragraphs else "(This article has no body.)"
    description = "\n\n".join(
        part
        for part in (f"*{safe(article.subtitle)}*" if article.subtitle else "", safe(opening))
        if part
    )
    words = article.word_count
    fields = [
        *header_fields(article),
        Field("Date", dated(article), inline=True),
        Field(
            "Length",
            f"{plural(len(article.paragraphs), 'paragraph')} · {plural(words, 'word')} · "
            f"{max(1, round(words / 230))} min read",
            inline=True,
        ),
    ]
    if article.source:
        fields.append(Field("Source", safe(article.source), inline=True))
    embed = make_embed(
        title=safe(article.title),
        description=description,
        fields=fields,
        footer=article.key,
        url=article.url,
    )
    return Reply(pages=(embed,))


def unknown_article(query: str, close: Sequence[Article], recent: Sequence[Article] = ()) -> Reply:
    """A private 'not found' that offers the closest titles the handler found, else the
    most recent articles (none: the library is empty)."""
    description = f"I couldn't find an article matching {echo(query, 200)}."
    if close:
        heading, articles = "Did you mean", list(close[:SUGGESTIONS])
    else:
        heading, articles = "Recent articles", list(recent[:SUGGESTIONS])
    if articles:
        lines = "\n".join(f"• {clip(safe(a.title), 200)}" for a in articles)
        description += f"\n\n**{heading}:**\n{lines}"
    else:
        description += "\n\nThe library is empty."
    return problem("Article not found", description, error="unknown_article")
