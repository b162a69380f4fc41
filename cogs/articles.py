"""/articles and /article."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import title_choices
from bot.commands import REGISTRY
from bot.interactions import respond


class Articles(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="articles", description=REGISTRY["articles"].description)
    async def articles(self, interaction: discord.Interaction) -> None:
        await respond(interaction, "articles")

    @app_commands.command(name="article", description=REGISTRY["article"].description)
    @app_commands.describe(title=REGISTRY["article"].options[0].description)
    async def article(
        self, interaction: discord.Interaction, title: app_commands.Range[str, 1, 300]
    ) -> None:
        await respond(interaction, "article", title=title)

    @article.autocomplete("title")
    async def title_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return title_choices(self.bot.library, current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Articles(bot))
