"""/articles and /article."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ArticleBot
from bot.autocomplete import complete_title
from bot.handlers import REGISTRY
from bot.handlers.registry import MAX_NAME_CHARS
from bot.interactions import described, respond


class Articles(commands.Cog):
    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot

    @app_commands.command(name="articles", description=REGISTRY["articles"].description)
    async def articles(self, interaction: discord.Interaction) -> None:
        await respond(interaction, "articles")

    @app_commands.command(name="article", description=REGISTRY["article"].description)
    @described("article")
    @app_commands.autocomplete(title=complete_title)
    async def article(
        self, interaction: discord.Interaction, title: app_commands.Range[str, 1, MAX_NAME_CHARS]
    ) -> None:
        await respond(interaction, "article", title=title)


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Articles(bot))
