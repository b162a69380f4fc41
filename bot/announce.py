"""New articles posted to a channel: one message each, with the title linking to the
source, the site and publication time, a three-sentence summary and the article's most
notable quote with its speaker.

The post is built from the written article file analysed directly (the poller reads
and analyses it in a thread), not from the live library: the post does not wait for a
reload, and the library picks the same file up on its own. `prepare` is plain engine
work; `announcement_embed` and `DiscordAnnouncer` are the Discord side.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import discord

from bot.articles.analysis import Analysis
from bot.articles.model import Article, Quote
from bot.articles.summarize import rank, summary_from_ranking
from bot.embeds import Field, clip, make_embed, safe
from bot.state.db import State
from bot.web.fetch import FetchLimits
from bot.web.poller import Poller
from config.settings import Settings

if TYPE_CHECKING:
    from bot.app import ArticleBot  # the bot imports this module

log = logging.getLogger(__name__)
SUMMARY_SENTENCES = 3
QUOTE_WORDS = (5, 60)  # a notable quote says something, and fits in a field
# How sure the speaker is: a quote read from its own sentence beats a carried one.
_HOW_WEIGHT = {"named": 1.0, "resolved": 0.8, "carried": 0.5, "unattributed": 0.0}
_KIND_WEIGHT = {"direct": 1.0, "partial": 0.7, "indirect": 0.5}


@dataclass(frozen=True, slots=True)
class Announcement:
    """What one post says; built without Discord."""

    title: str
    url: str | None
    site: str | None
    published: datetime | None
    summary: tuple[str, ...]
    quote: Quote | None


def notable_quote(article: Article, analysis: Analysis, scores: tuple[float, ...]) -> Quote | None:
    """The quote most worth showing: a statement with a known speaker, its own words
    first, from the sentences the summary ranks highest, neither a fragment nor a wall."""
    best: tuple[float, Quote] | None = None
    for quote in analysis.quotes:
        words = len(quote.text.split())
        if quote.speaker is None or not QUOTE_WORDS[0] <= words <= QUOTE_WORDS[1]:
            continue
        relevance = scores[quote.sentence] if 0 <= quote.sentence < len(scores) else 0.0
        score = (
            _KIND_WEIGHT.get(quote.kind, 0.0) * _HOW_WEIGHT.get(quote.how, 0.0) * (0.5 + relevance)
        )
        if score > 0 and (best is None or score > best[0]):
            best = (score, quote)
    return best[1] if best else None


def prepare(article: Article, analysis: Analysis, *, site: str | None = None) -> Announcement:
    """The post for `article` (CPU work: run it off the event loop)."""
    ranking = rank(article)
    summary = summary_from_ranking(article, ranking, SUMMARY_SENTENCES)
    return Announcement(
        title=article.title,
        url=article.url,
        site=article.source or site,
        published=article.published,
        summary=tuple(s.text for s in summary),
        quote=notable_quote(article, analysis, ranking.scores),
    )


def announcement_embed(post: Announcement) -> discord.Embed:
    """One embed within Discord's limits; mentions in the text are neutralised."""
    body = " ".join(safe(s) for s in post.summary) or "*No summary: the article has no text.*"
    fields = []
    if post.quote is not None:
        who = ", ".join(w for w in (post.quote.speaker, post.quote.speaker_role) if w) or "unknown"
        mark = "“{}”" if post.quote.kind != "indirect" else "{}"
        fields.append(
            Field("Notable quote", f"{mark.format(safe(clip(post.quote.text, 800)))} — {safe(who)}")
        )
    when = f"<t:{int(post.published.timestamp())}:f>" if post.published else None
    source = " · ".join(x for x in (safe(post.site) if post.site else None, when) if x)
    description = (f"{source}\n\n" if source else "") + body
    embed = make_embed(title=safe(post.title), description=description, fields=fields, url=post.url)
    if post.published is not None:
        embed.timestamp = post.published
    return embed


class DiscordAnnouncer:
    """Sends posts and notices to channels through the bot; never pings anyone. A
    channel that is gone or closed to the bot is logged, not raised."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def _channel(self, channel_id: int) -> discord.abc.Messageable | None:
        channel = self.client.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.client.fetch_channel(channel_id)
            except discord.HTTPException as exc:
                log.warning("channel %s is not reachable: %s", channel_id, exc)
                return None
        return channel if isinstance(channel, discord.abc.Messageable) else None

    async def announce(self, channel_id: int, article: Article, analysis: Analysis) -> bool:
        post = prepare(article, analysis)
        return await self._send(channel_id, embed=announcement_embed(post))

    async def notice(self, channel_id: int, text: str) -> bool:
        return await self._send(channel_id, content=clip(text, 2000))

    async def _send(
        self, channel_id: int, *, content: str | None = None, embed: discord.Embed | None = None
    ) -> bool:
        channel = await self._channel(channel_id)
        if channel is None:
            return False
        try:
            none = discord.AllowedMentions.none()
            if embed is not None:
                await channel.send(content, embed=embed, allowed_mentions=none)
            else:
                await channel.send(content, allowed_mentions=none)
        except discord.HTTPException as exc:
            log.warning("could not post in channel %s: %s", channel_id, exc)
            return False
        return True


def polls_feeds(settings: Settings) -> bool:
    """Only the process running shard 0 polls, so a sharded bot never posts twice."""
    return settings.shard_ids is None or 0 in settings.shard_ids


def make_poller(bot: ArticleBot, state: State) -> Poller:
    """The bot's poller: posts through the bot; with the folder watcher off, a poll that
    wrote articles reloads the library itself."""
    settings = bot.settings
    live = bot.live
    return Poller(
        state,
        articles_dir=settings.articles_dir,
        interval=settings.feed_poll_seconds,
        announcer=DiscordAnnouncer(bot),
        limits=FetchLimits.from_settings(settings),
        max_article_bytes=settings.max_article_bytes,
        after_write=None if settings.watch_articles else live.reload,
    )
