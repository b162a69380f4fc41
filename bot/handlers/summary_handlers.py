"""/summary."""

from __future__ import annotations

from bot.articles.summarize import LENGTHS
from bot.handlers.lookup import article_or_reply
from bot.handlers.registry import MAX_NAME_CHARS, Option, command
from bot.library import Library
from bot.replies import Reply, problem
from bot.replies.summary_replies import KEY_POINTS, summary_reply

LENGTH_CHOICES = (*LENGTHS, KEY_POINTS)
MAX_SENTENCES = 20


@command(
    "summary",
    "Summarise an article (the latest by default)",
    Option("article", "The article's title; the latest when left empty", max_chars=MAX_NAME_CHARS),
    Option("length", "short, medium, long or key points", choices=LENGTH_CHOICES),
    Option("sentences", f"Exactly this many sentences (1-{MAX_SENTENCES})", kind=int),
)
def summary(
    library: Library,
    article: str | None = None,
    length: str = "medium",
    sentences: int | None = None,
) -> Reply:
    found = article_or_reply(library, article, default_latest=True)
    if isinstance(found, Reply):
        return found
    if sentences is not None and not 1 <= sentences <= MAX_SENTENCES:
        return problem(
            "Too many or too few",
            f"Ask for between 1 and {MAX_SENTENCES} sentences.",
            error="bad_option",
        )
    count = sentences or LENGTHS.get(length, LENGTHS["long"])  # key points: as long
    return summary_reply(found, library.summary(found, count), asked=count, length=length)
