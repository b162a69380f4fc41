"""The "Summarize article" message menu: read the first link in a message and reply
with its summary and who it quotes (see bot/link_summary.py for what is kept)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ArticleBot
from bot.interactions import send_reply
from bot.link_summary import answer_link, make_reader
from bot.replies.link_replies import no_link
from bot.web.links import find_links


class Links(commands.Cog):
    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot
        self.reader = make_reader(bot.settings)
        self.menu = app_commands.ContextMenu(
            name="Summarize article", callback=self.summarize_article
        )
        bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)
        await self.reader.close()

    async def summarize_article(
        self, interaction: discord.Interaction[ArticleBot], message: discord.Message
    ) -> None:
        links = find_links(message.content)
        links += [e.url for e in message.embeds if e.url and e.url not in links]
        if not links:
            await send_reply(interaction, no_link())
            return
        await answer_link(interaction, self.reader, links[0])


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Links(bot))
