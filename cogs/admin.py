"""/reload (owners only) and /stats: running the bot, not reading the news."""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import scoped_library, send_reply
from bot.replies.admin_replies import reload_reply, stats_reply

if TYPE_CHECKING:
    from bot.app import ArticleBot

log = logging.getLogger(__name__)


async def is_owner(interaction: discord.Interaction[ArticleBot]) -> bool:
    """OWNER_IDS, else the application's owner (or team) as Discord reports it."""
    bot = interaction.client
    if interaction.user.id in bot.settings.owner_ids:
        return True
    try:
        return await bot.is_owner(interaction.user)
    except discord.HTTPException as exc:
        log.warning("could not look up the application owner: %s", exc)
        return False


class Admin(commands.Cog):
    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot

    @app_commands.command(name="reload", description="Reload the articles now (owners only)")
    @app_commands.check(is_owner)
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        change = await self.bot.live.reload()
        await send_reply(interaction, reload_reply(change))

    @app_commands.command(
        name="stats", description="Articles, people, uptime, latency, reconnects, services"
    )
    async def stats(self, interaction: discord.Interaction) -> None:
        latency = self.bot.latency
        shard_id = interaction.guild.shard_id if interaction.guild else 0
        reply = stats_reply(
            await scoped_library(interaction),
            uptime_seconds=time.monotonic() - self.bot.started_monotonic,
            latency_seconds=latency if math.isfinite(latency) else None,
            shard_id=shard_id,
            shard_count=self.bot.shard_count,
            reconnects=self.bot.gateway_health.describe(),
            services=self.bot.services.health(),
        )
        await send_reply(interaction, reply)


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Admin(bot))
