"""/whosaid, /quotes and /people."""

from __future__ import annotations

from collections.abc import Callable

from bot.articles.model import Article, Person, Quote
from bot.articles.people import name_words
from bot.embeds import echo, safe
from bot.handlers.lookup import article_or_reply
from bot.handlers.registry import (
    MAX_NAME_CHARS,
    MAX_QUERY_CHARS,
    Option,
    command,
    has_words,
)
from bot.library import Library
from bot.replies import Reply, problem
from bot.replies.quote_replies import (
    no_quote_reply,
    people_reply,
    person_reply,
    quotes_by_reply,
    whosaid_reply,
)

QUOTE_MARKS = "\"'“”‘’«»„"
Statements = list[tuple[str, Quote]]  # (article key, statement)


@command(
    "whosaid",
    "Find who said a quote, even remembered roughly",
    Option("quote", "The words you remember (typos and missing words are fine)", required=True),
)
def whosaid(library: Library, quote: str) -> Reply:
    query = " ".join(quote.split())[:MAX_QUERY_CHARS].strip(QUOTE_MARKS + " ")
    if not has_words(query):
        return problem(
            "Nothing to look for",
            "Type some of the words of the quote, for example `/whosaid critical moment`.",
            error="empty_query",
        )
    if (waiting := still_reading(library)) is not None:
        return waiting
    matches, closest = library.quotes.match_or_closest(query, limit=4, closest=3)
    if not matches:
        return no_quote_reply(library, query, closest)
    return whosaid_reply(library, query, matches)


def still_reading(library: Library) -> Reply | None:
    """The answer while a staged start is still reading the quotes, else None."""
    if library.quotes_ready:
        return None
    return problem(
        "Still reading the quotes",
        f"I've just started and am still reading who said what in {len(library):,} "
        "articles. This takes a few seconds; please try again shortly. "
        "`/search`, `/summary` and `/article` already work.",
        error="warming_up",
    )


def find_person(library: Library, name: str) -> Person | None:
    """The registry's person for a name, an alias, a typo or an unfinished name; never a
    different name that merely looks alike (a person for a company)."""
    return library.people.lookup(name)


def statements_of(
    library: Library, name: str, article_key: str | None = None
) -> tuple[Person | None, Statements]:
    """Whose statements a name asks for, with those statements (in the article, when one
    is given): the person it names; but a bare surname, or a name whose person said
    nothing (in the article, when one is given), means the namesake it fits who said the
    most there: "Brown" is the Gordon Brown quoted two hundred times, "Hayes" in an
    article quoting Ann Hayes is her. A name the library knows is matched whole ("Brown"
    is no Browne); only an unknown one may be unfinished, and a full name is never
    handed, library-wide, to an entry without a given name. The name is looked up once,
    and each person's statements read once: the person it names is among its namesakes
    too, and an article with no one who said anything sends the search library-wide."""
    read: dict[tuple[str, str | None], Statements] = {}

    def said(person: Person, where: str | None) -> Statements:
        found = read.get((person.name, where))
        if found is None:
            found = read[person.name, where] = library.quotes.by_speaker(person.name, where)
        return found

    person = find_person(library, name)
    best = _most_quoted(library, name, person, article_key, said)
    if best is None and article_key is not None:
        # no one of that name said anything there: the article's own person of that name
        # ("Mr Hayes" in a story about Tom Hayes is Tom, whoever else Hayes is), else
        # whom the name means anywhere; what they said there is nothing
        best = library.people.canonical(name, article_key) or _most_quoted(
            library, name, person, None, said
        )
    return best, said(best, article_key) if best is not None else []


def _most_quoted(
    library: Library,
    name: str,
    person: Person | None,
    article_key: str | None,
    said: Callable[[Person, str | None], Statements],
) -> Person | None:
    """`person` (the one `name` names), or the namesake it fits with the most statements
    in the article (the library, without one); None in an article where none of them
    said anything."""
    typed = name_words(name)
    if person is not None and said(person, article_key) and len(typed) > 1:
        return person
    if article_key is not None:
        whole = person is not None
        others = [p for p in library.people_in(article_key) if _fits(typed, p, whole=whole)]
    else:
        others = library.people.namesakes(name)
        if len(typed) > 1:
            others = [p for p in others if len(name_words(p.name)) > 1]
    best, most = person, len(said(person, article_key)) if person is not None else 0
    for other in others:
        count = len(said(other, article_key))
        if count > most:
            best, most = other, count
    return None if not most and article_key is not None else best


def _fits(typed: list[str], person: Person, *, whole: bool) -> bool:
    """Whether every typed word is a word of one of the person's names (`whole`), or
    begins one."""
    words = {w for n in (person.name, *person.aliases) for w in name_words(n)}
    if whole:
        return bool(typed) and all(t in words for t in typed)
    return bool(typed) and all(any(w.startswith(t) for w in words) for t in typed)


def unknown_person(name: str) -> Reply:
    return problem(
        "Nobody by that name",
        f"I don't know anyone called {echo(name, 200)}. Try `/people` to see who appears.",
        error="unknown_person",
    )


def who_is(library: Library, name: str) -> Reply:
    """/ask "who is X": the person's role, other names, articles and first statements."""
    if (waiting := still_reading(library)) is not None:
        return waiting
    person, said = statements_of(library, name) if has_words(name) else (None, [])
    if person is None:
        return unknown_person(name)
    return person_reply(library, person, said)


@command(
    "quotes",
    "Everything one person said: quotes first, then reported speech",
    Option(
        "speaker",
        "The person's name (a surname is enough)",
        required=True,
        max_chars=MAX_NAME_CHARS,
    ),
    Option("article", "Only this article", max_chars=MAX_NAME_CHARS),
)
def quotes(library: Library, speaker: str, article: str | None = None) -> Reply:
    if not has_words(speaker):
        return problem(
            "Whose quotes?",
            "Type a name, for example `/quotes lavrov`; `/people` lists who appears.",
            error="empty_query",
        )
    scope = article_or_reply(library, article, default_latest=False)
    if isinstance(scope, Reply):
        return scope
    if (waiting := still_reading(library)) is not None:
        return waiting
    person, entries = statements_of(library, speaker, scope.key if scope else None)
    if person is None:
        return unknown_person(speaker)
    if not entries:
        return no_statements(person, scope)
    return quotes_by_reply(library, person, entries)


def no_statements(person: Person, scope: Article | None = None) -> Reply:
    """The answer when the person said nothing (in the article, when one is given)."""
    where = f" in “{safe(scope.title)}”" if scope else ""
    return problem(
        "No statements",
        f"I found no quotes or reported statements by {safe(person.name)}{where}.",
        error="no_quotes",
    )


@command(
    "people",
    "Who appears in the articles, with roles and how many statements each",
    Option("article", "Only this article", max_chars=MAX_NAME_CHARS),
)
def people(library: Library, article: str | None = None) -> Reply:
    scope = article_or_reply(library, article, default_latest=False)
    if isinstance(scope, Reply):
        return scope
    if (waiting := still_reading(library)) is not None:
        return waiting
    if scope is None:
        counts = library.quotes.count_by_speaker()
        everyone = sorted(library.people.people, key=lambda p: (-counts.get(p.name, 0), p.name))
        return people_reply(library, everyone, counts, "all articles")
    counts = library.quotes.count_by_speaker(scope.key)
    listed = sorted(library.people_in(scope.key), key=lambda p: (-counts.get(p.name, 0), p.name))
    return people_reply(library, listed, counts, f"“{safe(scope.title)}”")
