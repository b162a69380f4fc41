"""/articles and /article."""

from __future__ import annotations

from bot.handlers.lookup import find_or_reply
from bot.handlers.registry import MAX_NAME_CHARS, Option, command
from bot.library import Library
from bot.replies import Reply, article_replies


@command("articles", "List the loaded articles, newest first")
def articles(library: Library) -> Reply:
    return article_replies.article_list(library)


@command(
    "article",
    "Show one article: headline, byline, date, length and opening",
    Option(
        "title",
        "The article's title (typos are fine)",
        required=True,
        max_chars=MAX_NAME_CHARS,
    ),
)
def article(library: Library, title: str) -> Reply:
    found = find_or_reply(library, title)
    if isinstance(found, Reply):
        return found  # (a mention alone, or no article close enough)
    return article_replies.article_detail(found)
