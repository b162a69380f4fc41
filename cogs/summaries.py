"""/summary: of an article in the library, or of a link (`url:`), read there and then."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ArticleBot
from bot.autocomplete import complete_title
from bot.handlers import REGISTRY
from bot.handlers.registry import MAX_NAME_CHARS
from bot.handlers.summary_handlers import LENGTH_CHOICES, MAX_SENTENCES
from bot.interactions import described, respond, send_reply
from bot.link_summary import answer_link, make_reader
from bot.replies import problem
from bot.web.fetch import MAX_URL_CHARS

URL_DESCRIPTION = "A link to a news article: read it now, summarise it and keep it here"


class Summaries(commands.Cog):
    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot
        self.reader = make_reader(bot.settings)

    async def cog_unload(self) -> None:
        await self.reader.close()

    @app_commands.command(
        name="summary",
        description=REGISTRY["summary"].description,
        # Needs the network, so Discord only: the console's /summary has no url option.
        extras={"discord_only_options": ("url",)},
    )
    @described("summary")
    @app_commands.describe(url=URL_DESCRIPTION)
    @app_commands.autocomplete(article=complete_title)
    @app_commands.choices(length=[app_commands.Choice(name=c, value=c) for c in LENGTH_CHOICES])
    async def summary(
        self,
        interaction: discord.Interaction[ArticleBot],
        article: app_commands.Range[str, 1, MAX_NAME_CHARS] | None = None,
        length: str = "medium",
        sentences: app_commands.Range[int, 1, MAX_SENTENCES] | None = None,
        url: app_commands.Range[str, 1, MAX_URL_CHARS] | None = None,
    ) -> None:
        if url is None:
            await respond(
                interaction, "summary", article=article, length=length, sentences=sentences
            )
            return
        if article is not None:
            reply = problem(
                "A title or a link, not both",
                "Give `article` to summarise one from the library, or `url` to read a link.",
                error="bad_option",
            )
            await send_reply(interaction, reply)
            return
        await answer_link(interaction, self.reader, url, length=length, sentences=sentences)


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Summaries(bot))
