"""A link in an interaction -> fetch, extract, summarise, reply: shared by `/summary url:`
and the "Summarize article" message menu.

In a server the article is written to `ARTICLES_DIR/guilds/<guild id>/`, where the
live library picks it up for later questions (the server scoping keeps it to that
server). In a direct message it is summarised but not saved: nothing would scope it,
and the shared folder is everyone's.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord

from bot.articles.quotes import attribute_article
from bot.articles.summarize import LENGTHS, summarize
from bot.interactions import send_reply
from bot.replies import Reply
from bot.replies.link_replies import link_problem, link_summary_reply
from bot.web.article_file import guild_folder
from bot.web.fetch import FetchError, FetchLimits, precheck
from bot.web.links import LinkedArticle, LinkError, LinkReader
from config.settings import Settings

if TYPE_CHECKING:  # the bot imports the cogs that import this module
    from bot.app import ArticleBot


def make_reader(settings: Settings) -> LinkReader:
    """A LinkReader with the settings' limits (FETCH_ALLOW_HOSTS, MAX_ARTICLE_BYTES)."""
    return LinkReader(
        FetchLimits.from_settings(settings), max_article_bytes=settings.max_article_bytes
    )


async def answer_link(
    interaction: discord.Interaction[ArticleBot],
    reader: LinkReader,
    url: str,
    *,
    length: str = "medium",
    sentences: int | None = None,
) -> None:
    """Refuse what needs no network at once (privately); otherwise think in public
    while fetching, then send the summary or the reason there is none."""
    try:
        url = precheck(url, allow_hosts=reader.limits.allow_hosts)
    except FetchError as exc:
        await send_reply(interaction, link_problem(exc.reason))
        return
    await interaction.response.defer(thinking=True)
    settings = interaction.client.settings
    folder = guild_folder(settings.articles_dir, interaction.guild_id)
    try:
        linked = await reader.read(url, save_to=folder)
        reply = await asyncio.to_thread(summary_of, linked, length, sentences)
    except LinkError as exc:
        reply = link_problem(exc.reason)
    await send_reply(interaction, reply)


def summary_of(linked: LinkedArticle, length: str, sentences: int | None) -> Reply:
    """The engine on the extracted article: its summary and who it quotes."""
    article = linked.article
    count = sentences or LENGTHS.get(length, LENGTHS["long"])  # key points: as long
    _people, quotes = attribute_article(article)
    return link_summary_reply(
        article,
        summarize(article, count),
        quotes,
        asked=count,
        length=length,
        kept=linked.path is not None,
    )
