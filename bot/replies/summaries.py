"""The /summary reply: prose or key points, with the article's header."""

from __future__ import annotations

from collections.abc import Sequence

from bot.articles.model import Article, Sentence
from bot.articles.summarize import key_points
from bot.embeds import Field, clip, make_embed, safe
from bot.replies import Reply
from bot.replies.articles import dated

KEY_POINTS = "key points"


def summary_reply(
    article: Article, sentences: Sequence[Sentence], *, asked: int, length: str
) -> Reply:
    """`sentences` are the summary (article order); `asked` is how many were wanted."""
    total = len(article.sentences)
    if length == KEY_POINTS:
        body = "\n".join(f"• {safe(point)}" for point in key_points(sentences))
    else:
        body = " ".join(safe(s.text) for s in sentences)
    if not sentences:
        body = "This article has no body text to summarise."
    elif total <= asked:
        plural = "s" * (total != 1)
        body = f"*The article has only {total} sentence{plural}, so here it is in full.*\n\n{body}"
    subhead = f"*{safe(article.subtitle)}*\n\n" if article.subtitle else ""
    fields = [
        Field("Byline", safe(article.byline) or "—", inline=True),
        Field("Dateline", safe(article.dateline) or "—", inline=True),
        Field("Date", dated(article), inline=True),
    ]
    footer = f"{len(sentences)} of {total} sentences"
    if article.source:
        footer += f" · {article.source}"
    embed = make_embed(
        title=safe(article.title),
        description=subhead + body,
        fields=fields,
        footer=clip(footer, 2048),
        url=article.url,
    )
    return Reply(pages=(embed,))
