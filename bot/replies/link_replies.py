"""Replies for links: the summary of a fetched article with who it quotes, and the
polite refusals (a bad or internal link, a page that is not an article, no link)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.articles.model import Article, Quote, Sentence
from bot.embeds import Field, clip, make_embed, safe
from bot.replies import Reply, paged, problem
from bot.replies.summary_replies import summary_pages

MAX_SPEAKERS = 6
SAMPLE_CHARS = 90
KEPT_NOTE = "Kept: ask about it here with /ask, /whosaid or /summary"
NOT_KEPT_NOTE = "Not kept: links read in direct messages are not saved"


def link_summary_reply(
    article: Article,
    sentences: Sequence[Sentence],
    quotes: Sequence[Quote],
    *,
    asked: int,
    length: str,
    kept: bool,
) -> Reply:
    """The /summary reply for the article, plus who it quotes and whether it was kept."""
    pages = []
    note = KEPT_NOTE if kept else NOT_KEPT_NOTE
    for embed in summary_pages(article, sentences, asked=asked, length=length):
        fields = [Field(f.name or "", f.value or "", bool(f.inline)) for f in embed.fields]
        fields.append(Field("Who is quoted", quoted(quotes)))
        footer = " · ".join(part for part in (embed.footer.text, note) if part)
        pages.append(
            make_embed(
                title=embed.title,
                description=embed.description,
                fields=fields,
                footer=footer,
                url=embed.url,
            )
        )
    return paged(pages)


def quoted(quotes: Sequence[Quote]) -> str:
    """One line per speaker, most statements first: name, role, count, a sample."""
    by_speaker: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker:
            by_speaker.setdefault(quote.speaker, []).append(quote)
    if not by_speaker:
        return "Nobody is quoted by name."
    ranked = sorted(by_speaker.items(), key=lambda item: -len(item[1]))  # stable: first seen
    lines = []
    for name, said in ranked[:MAX_SPEAKERS]:
        role = next((q.speaker_role for q in said if q.speaker_role), None)
        sample = next((q for q in said if q.kind == "direct"), said[0])
        count = f"{len(said)} statement{'s' * (len(said) != 1)}"
        who = f"**{safe(name)}**" + (f" ({safe(role)})" if role else "")
        lines.append(f"{who} · {count}: “{safe(clip(sample.text, SAMPLE_CHARS))}”")
    if len(ranked) > MAX_SPEAKERS:
        lines.append(f"…and {len(ranked) - MAX_SPEAKERS} more")
    return "\n".join(lines)


def link_problem(reason: str) -> Reply:
    """A link that gave no article: the fetcher's or the extractor's reason."""
    sentence = reason[:1].upper() + reason[1:]
    return problem(
        "I can't read that link",
        f"{safe(clip(sentence, 300))}.\n\nI read public web pages (http or https) that "
        "hold an article.",
        error="bad_link",
    )


def no_link() -> Reply:
    return problem(
        "No link there",
        "That message has no http or https link to summarise.",
        error="no_link",
    )
