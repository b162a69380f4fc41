"""/help."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ArticleBot
from bot.handlers import REGISTRY
from bot.interactions import respond


class Help(commands.Cog):
    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description=REGISTRY["help"].description)
    async def help(self, interaction: discord.Interaction) -> None:
        await respond(interaction, "help")


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Help(bot))
