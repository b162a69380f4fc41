"""/summary."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import complete_title
from bot.commands import REGISTRY
from bot.commands.summaries import LENGTH_CHOICES, MAX_SENTENCES
from bot.interactions import described, respond


class Summaries(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="summary", description=REGISTRY["summary"].description)
    @described("summary")
    @app_commands.autocomplete(article=complete_title)
    @app_commands.choices(length=[app_commands.Choice(name=c, value=c) for c in LENGTH_CHOICES])
    async def summary(
        self,
        interaction: discord.Interaction,
        article: app_commands.Range[str, 1, 300] | None = None,
        length: str = "medium",
        sentences: app_commands.Range[int, 1, MAX_SENTENCES] | None = None,
    ) -> None:
        await respond(interaction, "summary", article=article, length=length, sentences=sentences)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Summaries(bot))
