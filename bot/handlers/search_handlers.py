"""/search: articles by the words a reader remembers."""

from __future__ import annotations

from bot.handlers.lookup import article_or_reply
from bot.handlers.registry import MAX_NAME_CHARS, MAX_QUERY_CHARS, Option, command, has_words
from bot.library import Library
from bot.replies import Reply, problem
from bot.replies.search_replies import no_results_reply, search_reply

RESULT_LIMIT = 25


@command(
    "search",
    "Find articles by the words you remember; typos are fine",
    Option("query", 'Keywords; "quoted words" must appear together', required=True),
    Option("article", "Only this article", max_chars=MAX_NAME_CHARS),
)
def search(library: Library, query: str, article: str | None = None) -> Reply:
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    if not has_words(query):
        return problem(
            "Nothing to search for",
            "Type a few words, for example `/search troops border`.",
            error="empty_query",
        )
    scope = article_or_reply(library, article, default_latest=False)
    if isinstance(scope, Reply):
        return scope
    hits = library.search.search(
        query, limit=RESULT_LIMIT, article_key=scope.key if scope else None
    )
    if not hits:
        title = scope.title if scope else None
        return no_results_reply(query, library.search.did_you_mean(query), article_title=title)
    return search_reply(library, query, hits)
