"""Replies for /ask: the answer first, in bold, then the sentence that says it, with
its article and date; candidates that disagree shown as such; a plain "I don't know"
with the closest articles; the people who hold an office; and one person's statements
about a topic."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.articles.model import Person, Quote
from bot.articles.qa import Answer
from bot.articles.qa.words import concept, spans
from bot.embeds import Field, clip, echo, make_embed, plain, safe
from bot.library import Library
from bot.replies import Reply, paged, problem
from bot.replies.article_replies import dated
from bot.replies.quote_replies import QUOTES_PER_PAGE, statement_field, stories
from bot.wording import plural, sentence_case

HOLDERS_SHOWN = 5
DISAGREE_SHARE = 0.85  # another sentence this close to the best, with another answer


def answer_reply(library: Library, question: str, answers: Sequence[Answer]) -> Reply:
    """The best answer: "**answer** — “sentence”" on the first line, then the source;
    other supported answers that name something else follow as "Other articles say"."""
    best = answers[0]
    lines = [_answer_line(best)]
    others = _disagreeing(answers)
    if others:
        lines.append("")
        lines.append("**The articles disagree; also found:**")
        lines.extend(_answer_line(other) for other in others)
    sources = []
    for found in (best, *others):
        article = library.get(found.article_key)
        line = (
            f"{clip(safe(article.title), 200)} · {dated(article)}"
            if article
            else safe(found.article_key)
        )
        if line not in sources:
            sources.append(line)
    embed = make_embed(
        title=clip(safe(sentence_case(question)), 256),
        description=clip("\n".join(lines), 4000),
        fields=[Field("Source" if len(sources) == 1 else "Sources", "\n".join(sources))],
        footer=(
            "The answer in bold, picked from the sentence quoted as written"
            if best.candidate is not None
            else "The sentence that answers it best, quoted as written"
        ),
    )
    return Reply(pages=(embed,))


def _answer_line(found: Answer) -> str:
    sentence = clip(safe(found.sentence.text), 1200)
    if found.candidate is None:
        return f"“{sentence}”"
    return f"**{safe(found.candidate.text)}** — “{sentence}”"


def _disagreeing(answers: Sequence[Answer]) -> list[Answer]:
    """Supported answers from other articles, nearly as good as the best, whose picked
    answers differ from it."""
    best = answers[0]
    if best.candidate is None:
        return []
    named = _concepts(best.candidate.text)
    out = []
    for other in answers[1:]:
        if not other.supported or other.candidate is None:
            continue
        if other.article_key == best.article_key:
            continue  # one article naming two things is not two articles disagreeing
        if other.score < DISAGREE_SHARE * best.score:
            continue
        theirs = _concepts(other.candidate.text)
        if theirs and not (theirs & named):
            out.append(other)
    return out[:2]


def _concepts(text: str) -> set[str]:
    return {concept(w) for _, _, w in spans(text)}


def holders_reply(
    library: Library, question: str, holders: Sequence[Person], counts: Mapping[str, int]
) -> Reply:
    """ "Who is the chancellor?": the person the articles give that office, the most
    quoted first (a count, not the registry's order: that one ranks autocomplete); the
    others they give it to (an earlier one, a namesake office abroad) follow."""
    ranked = sorted(holders, key=lambda p: -counts.get(p.name, 0))  # stable: library order

    def line(person: Person) -> str:
        said = counts.get(person.name, 0)
        articles = len(stories(library, library.people.articles_of(person.name)))
        return (
            f"**{safe(person.name)}** — {safe(person.role or '')} · "
            f"{plural(said, 'statement')} in {plural(articles, 'article')}"
        )

    lines = [line(ranked[0])]
    if len(ranked) > 1:
        lines += ["", "**The articles also give that role to:**"]
        lines += [line(p) for p in ranked[1:HOLDERS_SHOWN]]
        if len(ranked) > HOLDERS_SHOWN:
            lines.append(f"… and {len(ranked) - HOLDERS_SHOWN} more")
    embed = make_embed(
        title=clip(safe(sentence_case(question)), 256),
        description=clip("\n".join(lines), 4000),
        footer=clip(f"/ask who is {plain(ranked[0].name)} for their card", 200),
    )
    return Reply(pages=(embed,))


def no_answer_reply(library: Library, question: str, closest: Sequence[str]) -> Reply:
    """ "I don't know", plainly, with the articles closest to the question."""
    description = (
        f"I don't know: nothing in the articles answers {echo(question, 300)} with enough support."
    )
    titles = [library.get(key) for key in closest]
    listed = [f"• {clip(safe(a.title), 200)} · {dated(a)}" for a in titles if a is not None]
    if listed:
        description += "\n\n**Closest articles:**\n" + "\n".join(listed)
    description += "\n\nTry `/search` with a few keywords."
    return problem("I don't know", description, error="no_answer")


def statements_about_reply(
    library: Library,
    person: Person,
    topic: str,
    ranked: Sequence[tuple[float, str, Quote]],
    *,
    total: int,
) -> Reply:
    """X's statements about Y as the handler ranked them; the footer counts all of X's."""
    every = f"{plural(total, 'statement')} by {person.name} in all"
    if not ranked:
        return problem(
            "Nothing on that topic",
            f"I found no statement by {safe(person.name)} about {echo(topic, 200)}"
            f" ({safe(every)}). Try `/quotes {clip(safe(person.name), 100)}` for all of them.",
            error="no_quotes",
        )
    pages = []
    for first in range(0, len(ranked), QUOTES_PER_PAGE):
        fields = []
        for _, key, quote in ranked[first : first + QUOTES_PER_PAGE]:
            article = library.get(key)
            title = clip(safe(article.title), 150) if article else safe(key)
            fields.append(statement_field(quote, title))
        pages.append(
            make_embed(
                title=clip(f"What {safe(person.name)} said about {safe(topic)}", 256),
                description=f"{plural(len(ranked), 'statement')} on the topic",
                fields=fields,
                footer=clip(f"{every}; /quotes for every one", 200),
            )
        )
    return paged(pages)


def thanks_reply() -> Reply:
    """The answer to a thank-you: short, and pointing to what else to ask."""
    embed = make_embed(
        title="You're welcome",
        description="Ask me anything else about the articles; `/help` lists what I can do.",
    )
    return Reply(pages=(embed,))
