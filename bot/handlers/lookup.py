"""Resolving the optional `article` option that several commands share."""

from __future__ import annotations

from typing import Literal, overload

from bot.articles.model import Article
from bot.library import Library
from bot.replies import Reply, problem
from bot.replies.article_replies import SUGGESTIONS, unknown_article


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
    found = library.find_article(title)
    return found if found is not None else not_found(library, title)


def not_found(library: Library, title: str) -> Reply:
    """The answer to a title that names no article: the closest titles, else the newest."""
    close = [match.article for match in library.match_titles(title, limit=SUGGESTIONS)]
    return unknown_article(title, close, library.articles[:SUGGESTIONS])
