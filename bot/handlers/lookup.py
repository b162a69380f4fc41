"""Resolving the optional `article` option that several commands share."""

from __future__ import annotations

import re
from typing import Literal, overload

from bot.articles.model import Article
from bot.library import Library
from bot.replies import Reply, problem
from bot.replies.article_replies import SUGGESTIONS, unknown_article

# Discord's mentions as typed or as sent: "@everyone", "@here", "<@123>", "<@!123>",
# "<@&123>" (a role), "<#123>" (a channel), "<:name:123>" (an emoji), "</cmd:123>"
_MENTION = re.compile(r"<(?:@[!&]?|#|a?:\w+:|/[\w -]+:)\d+>|@(?:everyone|here)\b")


@overload
def article_or_reply(
    library: Library, title: str | None, *, default_latest: Literal[True]
) -> Article | Reply: ...
@overload
def article_or_reply(
    library: Library, title: str | None, *, default_latest: bool
) -> Article | Reply | None: ...
def article_or_reply(
    library: Library, title: str | None, *, default_latest: bool
) -> Article | Reply | None:
    """The article a user named; the latest when none was named and `default_latest`;
    else None for "all articles". A Reply when the name matches nothing."""
    if title is None or not title.strip():
        if not default_latest:
            return None
        latest = library.latest()
        if latest is None:
            return problem("No articles yet", "The library is empty.", error="empty_library")
        return latest
    return find_or_reply(library, title)


def find_or_reply(library: Library, title: str) -> Article | Reply:
    """The article a title names, else the reply that says it names none. Mentions are
    no part of a title: "@everyone" alone is no fuzzy "Everton" but a polite answer."""
    query = _MENTION.sub(" ", title).strip()
    if not any(ch.isalnum() for ch in query):
        return problem(
            "Not an article title",
            "That is a mention or markup, not a title. Type a few words of the "
            "article's headline, or use /articles to list them.",
            error="unknown_article",
        )
    found = library.find_article(query)
    return found if found is not None else not_found(library, query)


def not_found(library: Library, title: str) -> Reply:
    """The answer to a title that names no article: the closest titles, else the newest."""
    close = [match.article for match in library.match_titles(title, limit=SUGGESTIONS)]
    return unknown_article(title, close, library.articles[:SUGGESTIONS])
