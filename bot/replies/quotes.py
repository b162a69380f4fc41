"""Replies about statements: /whosaid, /quotes and /people."""

from __future__ import annotations

from collections.abc import Sequence

from bot.articles.model import Article, Person, Quote
from bot.articles.quote_index import QuoteMatch
from bot.embeds import Field, bold_spans, clip, make_embed, safe
from bot.library import Library
from bot.replies import Reply, paged, problem
from bot.replies.articles import dated

QUOTES_PER_PAGE = 5
PEOPLE_PER_PAGE = 15
KIND_LABEL = {"direct": "Quote", "partial": "Partial quote", "indirect": "Reported"}


def quoted(quote: Quote, text: str) -> str:
    """Direct words in quotation marks; reported speech as it stands."""
    return f"“{text}”" if quote.kind != "indirect" else text


def speaker_line(library: Library, name: str | None, role: str | None = None) -> str:
    if not name:
        return "an unnamed source"
    person = library.people.canonical(name)
    role = (person.role if person else None) or role
    return f"**{safe(name)}**" + (f", {safe(role)}" if role else "")


def _article_line(article: Article | None) -> str:
    if article is None:
        return "—"
    return f"{clip(safe(article.title), 200)} · {dated(article)}"


def _highlighted(match: QuoteMatch) -> str:
    return quoted(match.quote, bold_spans(match.quote.text, match.highlights))


def whosaid_reply(library: Library, query: str, matches: Sequence[QuoteMatch]) -> Reply:
    """The best match in full, with context; up to three near alternatives."""
    best = matches[0]
    article = library.get(best.article_key)
    context = ""
    if article is not None and 0 <= best.quote.sentence < len(article.sentences):
        context = article.sentences[best.quote.sentence].text
    fields = [
        Field("Context", clip(safe(context), 1000) or "—"),
        Field("Article", _article_line(article)),
    ]
    others = [
        f"• {clip(_highlighted(m), 250)} — {speaker_line(library, m.quote.speaker)}"
        for m in matches[1:4]
    ]
    if others:
        fields.append(Field("Also close", "\n".join(others)))
    speaker = speaker_line(library, best.quote.speaker, best.quote.speaker_role)
    said = "said" if best.quote.kind != "indirect" else "said (reported)"
    if "," in speaker:
        speaker += ","
    embed = make_embed(
        title=clip(f"Who said “{safe(query)}”?", 256),
        description=f"{speaker} {said}:\n> {_highlighted(best)}",
        fields=fields,
        footer=f"{KIND_LABEL[best.quote.kind]} · match {best.score:.0f}%",
    )
    return Reply(pages=(embed,))


def no_quote_reply(library: Library, query: str, closest: Sequence[QuoteMatch]) -> Reply:
    description = f"No quote matched “{clip(safe(query), 300)}” closely enough."
    if closest:
        lines = [
            f"• {clip(_highlighted(m), 200)} — {speaker_line(library, m.quote.speaker)}"
            for m in closest
        ]
        description += "\n\n**Closest:**\n" + "\n".join(lines)
    else:
        description += "\n\nThere are no quotes in the library yet."
    return problem("No quote matched", description, error="no_match")


def quotes_by_reply(
    library: Library, person: Person, entries: Sequence[tuple[str, Quote]]
) -> Reply:
    """What one person said: direct quotes first, then reported speech, paged."""
    pages = []
    for first in range(0, len(entries), QUOTES_PER_PAGE):
        fields = []
        for key, quote in entries[first : first + QUOTES_PER_PAGE]:
            article = library.get(key)
            title = clip(safe(article.title), 150) if article else key
            fields.append(
                Field(
                    f"{KIND_LABEL[quote.kind]} · {title}",
                    clip(quoted(quote, safe(quote.text)), 1000),
                )
            )
        role = f"*{safe(person.role)}*\n" if person.role else ""
        pages.append(
            make_embed(
                title=clip(f"What {safe(person.name)} said", 256),
                description=f"{role}{len(entries)} statement{'s' * (len(entries) != 1)}",
                fields=fields,
            )
        )
    return paged(pages)


def person_reply(library: Library, person: Person, entries: Sequence[tuple[str, Quote]]) -> Reply:
    """Who someone is: role, other names, where they appear, what they said first."""
    articles = library.people.articles_of(person.name)
    titles = [library.get(key) for key in articles[:3]]
    appears = "\n".join(f"• {clip(safe(a.title), 200)}" for a in titles if a is not None)
    if len(articles) > 3:
        appears += f"\n… and {len(articles) - 3} more"
    said = "\n".join(f"• {clip(quoted(quote, safe(quote.text)), 300)}" for _, quote in entries[:3])
    fields = [
        Field("Also called", clip(", ".join(safe(a) for a in person.aliases), 1000) or "—"),
        Field(f"Appears in {len(articles)} article{'s' * (len(articles) != 1)}", appears or "—"),
        Field(f"Statements ({len(entries)})", said or "No quotes or reported statements."),
    ]
    kind = "Organisation or place speaking for one" if person.kind == "organisation" else ""
    description = safe(person.role) if person.role else (kind or "No role given in the articles.")
    embed = make_embed(
        title=clip(safe(person.name), 256),
        description=description,
        fields=fields,
        footer="/quotes for everything they said",
    )
    return Reply(pages=(embed,))


def people_reply(
    library: Library, people: Sequence[Person], counts: dict[str, int], scope: str
) -> Reply:
    if not people:
        return problem("Nobody found", f"I found no people in {scope}.", error="no_people")
    pages = []
    for first in range(0, len(people), PEOPLE_PER_PAGE):
        lines = []
        for person in people[first : first + PEOPLE_PER_PAGE]:
            role = f" — {safe(person.role)}" if person.role else ""
            count = counts.get(person.name, 0)
            kind = " (organisation)" if person.kind == "organisation" else ""
            lines.append(f"**{safe(person.name)}**{kind}{role} · {count} quote{'s' * (count != 1)}")
        pages.append(
            make_embed(
                title=clip(f"People in {scope}", 256),
                description="\n".join(lines),
                footer=f"{len(people)} in all · /quotes <name> for what one said",
            )
        )
    return paged(pages)
