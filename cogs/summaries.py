"""/summary."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import title_choices
from bot.commands import REGISTRY
from bot.interactions import respond

SPEC = REGISTRY["summary"]
Length = Literal["short", "medium", "long", "key points"]


class Summaries(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="summary", description=SPEC.description)
    @app_commands.describe(**{o.name: o.description for o in SPEC.options})
    async def summary(
        self,
        interaction: discord.Interaction,
        article: app_commands.Range[str, 1, 300] | None = None,
        length: Length = "medium",
        sentences: app_commands.Range[int, 1, 20] | None = None,
    ) -> None:
        await respond(interaction, "summary", article=article, length=length, sentences=sentences)

    @summary.autocomplete("article")
    async def article_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return title_choices(self.bot.library, current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Summaries(bot))
