"""The /summary reply: prose or key points, with the article's header."""

from __future__ import annotations

from collections.abc import Sequence

from bot.articles.model import Article, Sentence
from bot.articles.summarize import key_points
from bot.embeds import Field, clip, make_embed, safe
from bot.replies import Reply
from bot.replies.article_replies import dated, header_fields

KEY_POINTS = "key points"
# A key point's length: this many characters, fewer when many must share an embed (a
# point with no clause end to cut at may take twice its share; see key_points).
POINT_CHARS = 300
DESCRIPTION_BUDGET = 3800  # of Discord's 4096, leaving room for escapes and the subhead


def summary_reply(
    article: Article, sentences: Sequence[Sentence], *, asked: int, length: str
) -> Reply:
    """`sentences` are the summary (article order); `asked` is how many were wanted."""
    total = len(article.sentences)
    if length == KEY_POINTS:
        share = DESCRIPTION_BUDGET // (2 * max(len(sentences), 1)) - 3
        points = key_points(sentences, max_chars=min(POINT_CHARS, share))
        body = "\n".join(f"• {safe(point)}" for point in points)
    else:
        body = " ".join(safe(s.text) for s in sentences)
    if not sentences:
        body = "This article has no body text to summarise."
    elif total <= asked and len(sentences) == total:
        plural = "s" * (total != 1)
        body = f"*The article has only {total} sentence{plural}, so here it is in full.*\n\n{body}"
    elif len(sentences) < asked:
        shown = len(sentences)
        body = (
            f"*{shown} of the {min(asked, total)} sentences asked for: the article's others "
            f"repeat these, lean on sentences left out, or are readers' asides.*\n\n{body}"
        )
    subhead = f"*{safe(article.subtitle)}*\n\n" if article.subtitle else ""
    fields = [*header_fields(article), Field("Date", dated(article), inline=True)]
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
