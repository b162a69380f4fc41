"""Replies about statements: /whosaid, /quotes and /people."""

from __future__ import annotations

import re
from collections.abc import Sequence

import discord

from bot.articles.model import Article, Person, Quote
from bot.articles.qa.rank import fingerprint
from bot.articles.quote_index import QuoteMatch
from bot.embeds import Field, bold_spans, clip, echo, make_embed, safe
from bot.library import Library
from bot.replies import LazyPages, Reply, paged, problem
from bot.replies.article_replies import dated
from bot.wording import plural

QUOTES_PER_PAGE = 5
PEOPLE_PER_PAGE = 15
KIND_LABEL = {"direct": "Quote", "partial": "Partial quote", "indirect": "Reported"}
# How sure the speaker is, as a footer note: /whosaid says "probably" for the middle two.
HOW_NOTE = {
    "named": "speaker named in the article",
    "resolved": "speaker worked out from the article's context (a pronoun or earlier mention)",
    "carried": "speaker carried over from the quote before",
    "unattributed": "the article does not say who said it",
}
UNCERTAIN = frozenset({"resolved", "carried"})
CUE_LIMIT = 40


def quoted(quote: Quote, text: str, limit: int | None = None) -> str:
    """Direct words in quotation marks; reported speech as it stands. With `limit`, the
    words are cut inside the marks, so that a long quote still closes its mark."""
    if quote.kind == "indirect":
        return text if limit is None else clip(text, limit)
    return f"“{text if limit is None else clip(text, limit - 2)}”"


def cue_of(quote: Quote) -> str | None:
    """The verb that reports the statement ("denies", "did not say"), made safe: shown
    wherever reported speech is, so that a denial never reads as the claim it denies.
    None when there is none, or when the reported text already opens with it ("denies
    it is planning an attack"), so the verb is not said twice."""
    cue = " ".join((quote.cue or "").split())
    if not cue or _opens_with(quote.text, cue):
        return None
    return clip(safe(cue), CUE_LIMIT)


def _opens_with(text: str, cue: str) -> bool:
    """Whether one of the cue's words is among the first words of the text."""
    opening = {w.strip(".,;:!?\"'“”‘’").casefold() for w in text.split()[:4]}
    return any(w.casefold() in opening for w in cue.split() if len(w) >= 3)


def kind_label(quote: Quote) -> str:
    """ "Quote", "Partial quote", or "Reported (denies)"."""
    cue = cue_of(quote) if quote.kind == "indirect" else None
    return f"{KIND_LABEL[quote.kind]} ({cue})" if cue else KIND_LABEL[quote.kind]


def statement_field(quote: Quote, where: str) -> Field:
    """One statement in a list of someone's statements: its kind with the cue verb
    ("Reported (denies)"), "probably theirs" when the article only implies the speaker,
    where it is from, then the words."""
    parts = [kind_label(quote)]
    if quote.how in UNCERTAIN:
        parts.append("probably theirs")
    return Field(" · ".join([*parts, where]), quoted(quote, safe(quote.text), 1000))


def statement(quote: Quote, text: str, limit: int) -> str:
    """A statement on a line of its own, in at most `limit` characters: quoted words, or
    "Reported (denies): …"."""
    if quote.kind == "indirect":
        return clip(f"{kind_label(quote)}: {text}", limit)
    return quoted(quote, text, limit)


def is_attributed(quote: Quote) -> bool:
    return bool(quote.speaker) and quote.how != "unattributed"


def speaker_line(library: Library, name: str | None, role: str | None = None) -> str:
    if not name:
        return "an unnamed source"
    person = library.people.canonical(name)
    role = (person.role if person else None) or role
    return f"**{safe(name)}**" + (f", {safe(role)}" if role else "")


def who_line(library: Library, quote: Quote) -> str:
    """The speaker for a short list: "**X**", "probably **X**", "a Home Office
    spokesman (not named)", "not attributed"."""
    if not is_attributed(quote):
        if quote.speaker_role:
            return f"{clip(safe(quote.speaker_role), 120)} (not named in the article)"
        return "not attributed in the article"
    name = speaker_line(library, quote.speaker)
    return f"probably {name}" if quote.how in UNCERTAIN else name


def _said_line(library: Library, quote: Quote) -> str:
    """The line above the words: "**X**, role, said:", "Probably **X** said:",
    "**Moscow** denies (reported):", or "**Not attributed in the article.** The words:"."""
    if not is_attributed(quote):
        if quote.speaker_role:  # "a Home Office spokesman said": described, not named
            return f"**Not named in the article:** {clip(safe(quote.speaker_role), 200)} said:"
        return "**Not attributed in the article.** The words:"
    speaker = speaker_line(library, quote.speaker, quote.speaker_role)
    cue = cue_of(quote) if quote.kind == "indirect" else None
    if quote.kind == "indirect" and cue is None and quote.cue:
        line = f"{speaker} (reported):"  # the words open with their verb: "denies it …"
    else:
        verb = "said" if quote.kind != "indirect" else f"{cue or 'said'} (reported)"
        line = f"{speaker}{',' * (',' in speaker)} {verb}:"
    return f"Probably {line}" if quote.how in UNCERTAIN else line


def _article_line(article: Article | None) -> str:
    if article is None:
        return "—"
    return f"{clip(safe(article.title), 200)} · {dated(article)}"


_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")
MAIN_QUOTE_CHARS = 3000  # the best match's words in /whosaid, within the 4,096 description


def _highlighted(match: QuoteMatch) -> str:
    """The best match as one block-quote line (a line break would end the block), its
    matched words bolded, cut inside its quotation marks when very long."""
    text = _LINE_BREAKS.sub(" ", bold_spans(match.quote.text, match.highlights))
    return quoted(match.quote, text, MAIN_QUOTE_CHARS)


def _listed(match: QuoteMatch, limit: int) -> str:
    """A match on a list line, reported speech with its verb ("Reported (denies): …")."""
    words = bold_spans(match.quote.text, match.highlights)
    if match.quote.kind != "indirect":
        return quoted(match.quote, words, limit)
    label = f"{kind_label(match.quote)}: "
    return label + clip(words, max(20, limit - len(label)))


CONTEXT_SENTENCES = 3


def _context(article: Article, quote: Quote) -> str:
    """The sentences a quote stands in, up to the one where it ends: a quote of two
    sentences shows the second too, with its '…,' he said.'"""
    sentences = article.sentences
    if not 0 <= quote.sentence < len(sentences):
        return ""
    last = quote.sentence
    while (
        last + 1 < len(sentences)
        and last + 1 - quote.sentence < CONTEXT_SENTENCES
        and sentences[last + 1].start < quote.end
    ):
        last += 1
    return " ".join(s.text for s in sentences[quote.sentence : last + 1])


def _overlaps(library: Library, match: QuoteMatch, best: QuoteMatch) -> bool:
    """Whether a match is the best one's words again: the same stretch of the same
    story (or of its copy filed under another name) read a second way, such as a
    partial quote and the reported speech that holds it."""
    if not (match.quote.start < best.quote.end and best.quote.start < match.quote.end):
        return False
    if match.article_key == best.article_key:
        return True
    one, other = library.get(match.article_key), library.get(best.article_key)
    return one is not None and other is not None and fingerprint(one) == fingerprint(other)


def whosaid_reply(library: Library, query: str, matches: Sequence[QuoteMatch]) -> Reply:
    """The best match in full, with context; up to three near alternatives. How sure the
    speaker is shows in the wording; the percentage is the text match only."""
    best = matches[0]
    article = library.get(best.article_key)
    context = _context(article, best.quote) if article is not None else ""
    fields = [
        Field("Context", clip(safe(context), 1000) or "—"),
        Field("Article", _article_line(article)),
    ]
    alternatives = [m for m in matches[1:] if not _overlaps(library, m, best)][:3]
    others = [f"• {_listed(m, 250)} — {who_line(library, m.quote)}" for m in alternatives]
    if others:
        fields.append(Field("Also close", "\n".join(others)))
    how = best.quote.how if is_attributed(best.quote) else "unattributed"
    note = HOW_NOTE[how]
    if how == "unattributed" and best.quote.speaker_role:
        note = "the article describes the speaker without naming them"
    embed = make_embed(
        title=f"Who said {echo(query, 240)}?",
        description=f"{_said_line(library, best.quote)}\n> {_highlighted(best)}",
        fields=fields,
        footer=f"{kind_label(best.quote)} · text match {best.score:.0f}% · {note}",
    )
    return Reply(pages=(embed,))


def no_quote_reply(library: Library, query: str, closest: Sequence[QuoteMatch]) -> Reply:
    """Nothing close enough: say how much was searched, the nearest misses if any, and
    what to try instead."""
    searched = len(library.quotes)
    if not searched:
        description = (
            f"I found no quotes or reported statements in the {len(library):,} "
            f"article{'s' * (len(library) != 1)} loaded, so there is nothing to match yet."
        )
        return problem("No quotes yet", description, error="no_match")
    articles = len(library)
    description = (
        f"No quote matched {echo(query, 300)} closely enough. I searched "
        f"{searched:,} quote{'s' * (searched != 1)} and reported statement"
        f"{'s' * (searched != 1)} from {articles:,} article{'s' * (articles != 1)}."
    )
    if closest:
        lines = [f"• {_listed(m, 200)} — {who_line(library, m.quote)}" for m in closest]
        description += "\n\n**Closest:**\n" + "\n".join(lines)
    description += (
        "\n\nTry fewer or different words from the quote, or `/search` to look through "
        "the articles' full text."
    )
    return problem("No quote matched", description, error="no_match")


def quotes_by_reply(
    library: Library, person: Person, entries: Sequence[tuple[str, Quote]]
) -> Reply:
    """What one person said: direct quotes first, then reported speech, paged; the
    statements whose speaker the article only implies are marked "probably theirs".
    Pages are built when shown: someone quoted in thousands of articles has hundreds."""
    inferred = sum(q.how in UNCERTAIN for _, q in entries)
    role = f"*{safe(person.role)}*\n" if person.role else ""
    count = plural(len(entries), "statement")
    if inferred:
        count += f" ({inferred} marked “probably theirs”: the article implies the speaker)"
    title = clip(f"What {safe(person.name)} said", 256)

    def page(number: int) -> discord.Embed:
        first = number * QUOTES_PER_PAGE
        fields = []
        for key, quote in entries[first : first + QUOTES_PER_PAGE]:
            article = library.get(key)
            where = clip(safe(article.title), 150) if article else safe(key)
            fields.append(statement_field(quote, where))
        return make_embed(title=title, description=f"{role}{count}", fields=fields)

    return Reply(pages=LazyPages(-(-len(entries) // QUOTES_PER_PAGE), page))


def stories(library: Library, keys: Sequence[str]) -> list[Article]:
    """The articles of these keys, a story filed twice (the same opening under another
    file name) counted and listed once."""
    found: list[Article] = []
    seen: set[int] = set()
    for key in keys:
        article = library.get(key)
        if article is None:
            continue
        mark = fingerprint(article)
        if mark not in seen:
            seen.add(mark)
            found.append(article)
    return found


def person_reply(library: Library, person: Person, entries: Sequence[tuple[str, Quote]]) -> Reply:
    """Who someone is: role, other names, where they appear, what they said first."""
    articles = stories(library, library.people.articles_of(person.name))
    appears = "\n".join(f"• {clip(safe(a.title), 200)}" for a in articles[:3])
    if len(articles) > 3:
        appears += f"\n… and {len(articles) - 3} more"
    said = "\n".join(
        f"• {statement(quote, safe(quote.text), 300)}"
        + (" *(probably theirs)*" if quote.how in UNCERTAIN else "")
        for _, quote in entries[:3]
    )
    fields = [
        Field(f"Appears in {plural(len(articles), 'article')}", appears or "—"),
        Field(f"Statements ({len(entries):,})", said or "No quotes or reported statements."),
    ]
    if person.aliases:  # a name with no other form gets no empty "Also called" line
        aliases = clip(", ".join(safe(a) for a in person.aliases), 1000)
        fields.insert(0, Field("Also called", aliases))
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
            said = f"{count} statement{'s' * (count != 1)}"
            lines.append(f"**{safe(person.name)}**{kind}{role} · {said}")
        pages.append(
            make_embed(
                title=clip(f"People in {scope}", 256),
                description="\n".join(lines),
                footer=f"{len(people):,} in all · /quotes <name> for what one said",
            )
        )
    return paged(pages)
