"""/search and /ask."""

from __future__ import annotations

from bot.articles.answer import answer, classify
from bot.commands import quotes, summaries
from bot.commands.lookup import article_or_reply
from bot.commands.registry import MAX_QUERY_CHARS, Option, command, has_words
from bot.library import Library
from bot.replies import Reply, problem
from bot.replies.search import answer_reply, no_answer_reply, no_results_reply, search_reply

RESULT_LIMIT = 25


@command(
    "search",
    "Find articles by the words you remember; typos are fine",
    Option("query", 'Keywords; "quoted words" must appear together', required=True),
    Option("article", "Only this article"),
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
        return no_results_reply(query, library.search.did_you_mean(query))
    return search_reply(library, query, hits)


@command(
    "ask",
    "Ask a question in plain words: who said…, what did X say, summarise…, or anything",
    Option("question", "Your question", required=True),
)
def ask(library: Library, question: str) -> Reply:
    question = " ".join(question.split())[:MAX_QUERY_CHARS]
    if not has_words(question):
        return problem(
            "What would you like to know?",
            "Ask a question, for example `/ask who said critical moment?`.",
            error="empty_query",
        )
    intent = classify(question)
    if intent.kind == "who_said":
        return quotes.whosaid(library, intent.argument)
    if intent.kind == "quotes_by":
        return quotes.quotes(library, intent.argument)
    if intent.kind == "summary":
        hint = None if intent.argument in ("", "latest") else intent.argument
        return summaries.summary(library, hint)
    if intent.kind == "search":
        return search(library, intent.argument)
    if intent.kind == "who_is":
        return quotes.who_is(library, intent.argument)
    hits = answer(question, library.search, library.by_key, limit=2)
    return answer_reply(library, question, hits) if hits else no_answer_reply(question)
