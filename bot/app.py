"""The Discord bot: an AutoShardedBot that loads the library and every cog, syncs the
slash commands, and answers every failure politely."""

from __future__ import annotations

import asyncio
import logging
import pkgutil
import time
from datetime import UTC, datetime, timedelta

import discord
from discord import app_commands
from discord.ext import commands

import cogs
from bot.announce import make_poller, polls_feeds
from bot.cooldown import Cooldowns
from bot.interactions import send_reply
from bot.library import Library
from bot.live import LiveLibrary
from bot.logs import quiet_voice_warnings
from bot.replies import apology, problem
from bot.state import State
from bot.web.poller import Poller
from config.settings import Settings

log = logging.getLogger(__name__)
quiet_voice_warnings()  # before any Client exists: this bot has no voice features


def cog_extensions() -> list[str]:
    """Every module in `cogs/` not starting with `_`: adding a feature is adding a file."""
    return sorted(
        f"{cogs.__name__}.{module.name}"
        for module in pkgutil.iter_modules(cogs.__path__)
        if not module.name.startswith("_")
    )


class ArticleTree(app_commands.CommandTree):
    """The command tree with the cooldown check and the one global error handler."""

    cooldowns: Cooldowns

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.type is not discord.InteractionType.application_command:
            return True
        name = interaction.command.qualified_name if interaction.command else "?"
        wait = self.cooldowns.retry_after((interaction.user.id, name))
        if wait > 0:
            cooldown = app_commands.Cooldown(1, self.cooldowns.seconds)
            raise app_commands.CommandOnCooldown(cooldown, wait)
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.CommandOnCooldown):
            again = datetime.now(UTC) + timedelta(seconds=error.retry_after)
            reply = problem(
                "Slow down a little",
                f"You can use this command again <t:{int(again.timestamp()) + 1}:R>.",
                error="cooldown",
            )
        elif isinstance(error, app_commands.CheckFailure):
            reply = problem(
                "Not allowed", "Sorry, you can't use this command here.", error="not_allowed"
            )
        elif isinstance(error, app_commands.TransformerError):
            reply = problem(
                "That value doesn't fit",
                "One of the options has a value I can't use. Please check it and try again.",
                error="bad_option",
            )
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("command /%s failed", command, exc_info=error)
            reply = apology()
        try:
            await send_reply(interaction, reply)
        except discord.HTTPException as exc:
            log.warning("could not send the error reply: %s", exc)


class ArticleBot(commands.AutoShardedBot):
    """The bot. `library` is the current snapshot; a reload replaces it whole."""

    def __init__(self, settings: Settings, *, library: Library | None = None) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            activity=discord.Activity(type=discord.ActivityType.watching, name="the news · /help"),
            tree_cls=ArticleTree,
            shard_count=settings.shard_count,
            shard_ids=list(settings.shard_ids) if settings.shard_ids else None,
        )
        self.settings = settings
        self.live = LiveLibrary(settings, library)
        self._preloaded = library is not None
        self._background: set[asyncio.Task[None]] = set()
        self.state: State | None = None  # feeds, subscriptions, seen entries (bot/state)
        self.poller: Poller | None = None
        self.started_monotonic = time.monotonic()
        self.tree.cooldowns = Cooldowns(
            settings.command_cooldown, clock=lambda: asyncio.get_running_loop().time()
        )

    @property
    def library(self) -> Library:
        """The current snapshot; read it once per command."""
        return self.live.current

    @library.setter
    def library(self, library: Library) -> None:
        self.live.current = library

    async def setup_hook(self) -> None:
        if not self._preloaded:
            await self.live.start()
            self._background.add(asyncio.create_task(self.live.complete(), name="quotes"))
        if self.settings.watch_articles:
            self._background.add(asyncio.create_task(self.live.watch(), name="article-watcher"))
        self.state = State.open(self.settings.data_dir)  # StateError stops the bot
        self.poller = make_poller(self, self.state)
        if polls_feeds(self.settings):
            self.poller.start(after=self.wait_until_ready)
        for extension in cog_extensions():
            await self.load_extension(extension)
        await self.sync_commands()

    async def close(self) -> None:
        for task in self._background:
            task.cancel()
        if self.poller is not None:
            await self.poller.stop()
        if self.state is not None:
            self.state.close()
            self.state = None
        await super().close()

    async def sync_commands(self) -> None:
        """Instantly to the development guild when one is set, else globally. With shards
        spread over processes, only the process running shard 0 syncs, so that they do
        not overwrite each other's commands."""
        shard_ids = self.settings.shard_ids
        if shard_ids is not None and 0 not in shard_ids:
            log.info("not syncing commands: the process running shard 0 does")
            return
        try:
            if self.settings.dev_guild_id:
                guild = discord.Object(id=self.settings.dev_guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to guild %s", len(synced), guild.id)
            else:
                synced = await self.tree.sync()
                log.info("synced %d global commands", len(synced))
        except discord.HTTPException as exc:
            log.error(
                "could not sync slash commands (%s); is the bot in DEV_GUILD_ID's server, "
                "invited with the applications.commands scope? Going on with the old ones.",
                exc,
            )

    async def on_ready(self) -> None:
        log.info("connected as %s in %d guilds", self.user, len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands (commands.Bot requires a prefix, hence when_mentioned):
        mentions are answered by cogs/search.py as questions."""
