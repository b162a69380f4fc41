"""/search, /ask, and questions asked by mentioning the bot."""

from __future__ import annotations

import logging
import re

import discord
from discord import app_commands
from discord.ext import commands

from bot import handlers as registry
from bot.app import ArticleBot
from bot.autocomplete import complete_title
from bot.handlers import REGISTRY
from bot.handlers.registry import MAX_NAME_CHARS, MAX_OPTION_CHARS
from bot.interactions import described, respond, send_message_reply
from bot.scope import scoped_async

log = logging.getLogger(__name__)


class Search(commands.Cog):
    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot

    @app_commands.command(name="search", description=REGISTRY["search"].description)
    @described("search")
    @app_commands.autocomplete(article=complete_title)
    async def search(
        self,
        interaction: discord.Interaction,
        query: app_commands.Range[str, 1, MAX_OPTION_CHARS],
        article: app_commands.Range[str, 1, MAX_NAME_CHARS] | None = None,
    ) -> None:
        await respond(interaction, "search", query=query, article=article)

    @app_commands.command(name="ask", description=REGISTRY["ask"].description)
    @described("ask")
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, MAX_OPTION_CHARS],
    ) -> None:
        await respond(interaction, "ask", question=question)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """ "@bot who said critical moment?" is answered like /ask, as a reply. Messages
        that mention the bot carry their content without the privileged intent."""
        me = self.bot.user
        if message.author.bot or me is None or me not in message.mentions:
            return
        if self.bot.tree.cooldowns.retry_after((message.author.id, "mention")) > 0:
            log.debug("mention from %s ignored: cooldown", message.author.id)
            return
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
        library = await scoped_async(self.bot.library, message.guild.id if message.guild else None)
        if question:
            reply = registry.run_safely("ask", library, question=question)
        else:
            reply = registry.run_safely("help", library)
        try:
            await send_message_reply(message, reply)
        except discord.HTTPException as exc:
            log.warning("could not answer a mention in %s: %s", message.channel.id, exc)


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Search(bot))
