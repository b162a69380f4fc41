"""The Discord bot: an AutoShardedBot that loads the library and every cog, syncs the
slash commands, answers every failure politely, and stops in order: new commands are
refused, those in flight finish, the services stop, then the gateway and HTTP close."""

from __future__ import annotations

import asyncio
import logging
import pkgutil
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

import cogs
from bot.announce import make_poller, polls_feeds
from bot.cooldown import Cooldowns
from bot.health import GatewayHealth, feeds_health, log_health_periodically
from bot.interactions import send_message_reply, send_reply
from bot.library import Library
from bot.live import LiveLibrary
from bot.logs import quiet_voice_warnings
from bot.replies import apology, problem
from bot.replies.admin_replies import restarting_reply
from bot.services import InFlight, Services
from bot.state import State
from bot.web.poller import Poller
from config.settings import Settings

log = logging.getLogger(__name__)
DRAIN_SECONDS = 4.0  # how long commands in flight may take to finish when stopping
CLOSE_SECONDS = 1.5  # for Discord to acknowledge the gateway's close frame
quiet_voice_warnings()  # before any Client exists: this bot has no voice features


def cog_extensions() -> list[str]:
    """Every module in `cogs/` not starting with `_`: adding a feature is adding a file."""
    return sorted(
        f"{cogs.__name__}.{module.name}"
        for module in pkgutil.iter_modules(cogs.__path__)
        if not module.name.startswith("_")
    )


class Stopping(app_commands.CheckFailure):
    """A command that arrived while the bot is stopping: it gets "try again soon"."""


class ArticleTree(app_commands.CommandTree["ArticleBot"]):
    """The command tree with its cooldown check and the one global error handler. It
    owns the cooldown (from the bot's settings) so that mentions can share it."""

    def __init__(self, client: ArticleBot, **options: Any) -> None:
        super().__init__(client, **options)
        self.cooldowns = Cooldowns(
            client.settings.command_cooldown, clock=lambda: asyncio.get_running_loop().time()
        )

    async def interaction_check(self, interaction: discord.Interaction[ArticleBot]) -> bool:
        if interaction.type is not discord.InteractionType.application_command:
            return True
        client = interaction.client
        if client.stopping:
            raise Stopping()
        client.in_flight.track(asyncio.current_task())  # each command runs in its own task
        name = interaction.command.qualified_name if interaction.command else "?"
        wait = self.cooldowns.retry_after((interaction.user.id, name))
        if wait > 0:
            cooldown = app_commands.Cooldown(1, self.cooldowns.seconds)
            raise app_commands.CommandOnCooldown(cooldown, wait)
        return True

    async def on_error(
        self, interaction: discord.Interaction[ArticleBot], error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, Stopping):
            reply = restarting_reply()
        elif isinstance(error, app_commands.CommandOnCooldown):
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


@dataclass(frozen=True, slots=True)
class StopSummary:
    """What a stop did, for the runner's one log line."""

    finished: int  # commands that finished while the bot waited for them
    cancelled: int  # commands still running when the wait ran out
    stopped: list[str]  # services, newest first
    failed: list[str]  # services that raised or hung (each logged)

    def describe(self) -> str:
        parts = [f"{self.finished} command(s) finished"]
        if self.cancelled:
            parts.append(f"{self.cancelled} cut short")
        parts.append(f"{len(self.stopped)} service(s) stopped")
        if self.failed:
            parts.append(f"{len(self.failed)} failed to stop: {', '.join(self.failed)}")
        return ", ".join(parts)


class ArticleBot(commands.AutoShardedBot):
    """The bot. `library` is the current snapshot; a reload replaces it whole."""

    def __init__(self, settings: Settings, *, library: Library | None = None) -> None:
        self.settings = settings  # before discord.py builds the tree, which reads it
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            activity=discord.Activity(type=discord.ActivityType.watching, name="the news · /help"),
            tree_cls=ArticleTree,
            shard_count=settings.shard_count,
            # discord.py annotates shard_ids as list[int] but reads None as "all shards"
            shard_ids=list(settings.shard_ids) if settings.shard_ids else None,  # type: ignore[arg-type]
        )
        self.live = LiveLibrary(settings, library)
        self._preloaded = library is not None
        self.services = Services()
        self.in_flight = InFlight()
        self.gateway_health = GatewayHealth()
        self.stopping = False
        self.setup_done = False  # logged in, library loaded, cogs ready: now connecting
        self.state: State | None = None  # feeds, subscriptions, seen entries (bot/state)
        self.poller: Poller | None = None
        self.started_monotonic = time.monotonic()

    @property
    def tree(self) -> ArticleTree:
        """The command tree, typed as the class this bot builds it from."""
        tree = super().tree
        assert isinstance(tree, ArticleTree)
        return tree

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
            self.services.add_task("quotes", self.live.complete(), quiet=True)
        if self.settings.watch_articles:
            self.services.add_task("article-watcher", self.live.watch())
        # Services stop newest first: the poller before the database it writes to.
        self.state = State.open(self.settings.data_dir)  # StateError stops the bot
        self.services.add("state", self.state)
        self.poller = make_poller(self, self.state)
        state = self.state
        self.services.report("state", lambda: f"schema version {state.schema_version}")
        if polls_feeds(self.settings):
            self.poller.start(after=self.wait_until_ready)
            self.services.add("feed-poller", self.poller)
            self.services.report("feeds", lambda: feeds_health(state.feeds(), time.time()))
        self.services.report("analysis cache", self.live.cache_health)
        self.services.add_task(
            "health-log",
            log_health_periodically(lambda: self.latency, self.gateway_health, self.services),
            quiet=True,
        )
        for extension in cog_extensions():
            await self.load_extension(extension)
        await self.sync_commands()
        self.setup_done = True

    async def shutdown(self, *, drain_seconds: float = DRAIN_SECONDS) -> StopSummary:
        """The clean stop: refuse new commands (they get "restarting"), let those in
        flight finish for up to `drain_seconds`, stop the services newest first, then
        close the gateway (a normal close) and the HTTP session."""
        self.stopping = True
        finished, cancelled = await self.in_flight.drain(drain_seconds)
        report = await self.services.stop_all()
        try:
            await asyncio.wait_for(self.close(), CLOSE_SECONDS)
        except TimeoutError:  # aiohttp would wait 30 s for the close handshake
            log.warning("the gateway did not answer the close within %.1f s", CLOSE_SECONDS)
            await self.http.close()
        return StopSummary(finished, cancelled, report.stopped, report.failed)

    async def close(self) -> None:
        self.stopping = True
        await self.services.stop_all()  # the poller, then the database, among the rest
        self.state = None
        await super().close()

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """While stopping, messages reach no cog: a mention gets "restarting" instead."""
        if self.stopping and event_name == "message" and args:
            self._answer_restarting(args[0])
            return
        super().dispatch(event_name, *args, **kwargs)

    def _schedule_event(
        self,
        coro: Callable[..., Coroutine[Any, Any, Any]],
        event_name: str,
        *args: Any,
        **kwargs: Any,
    ) -> asyncio.Task[Any]:
        """Every handler of a message runs in a task of its own (discord.py's scheduling
        point): tracked, so a stop lets an answer to a mention finish."""
        task = super()._schedule_event(coro, event_name, *args, **kwargs)
        if event_name == "on_message":
            self.in_flight.track(task)
        return task

    def _answer_restarting(self, message: discord.Message) -> None:
        me = self.user
        if message.author.bot or me is None or me not in message.mentions:
            return

        async def answer() -> None:
            try:
                await send_message_reply(message, restarting_reply())
            except discord.HTTPException as exc:
                log.debug("could not say 'restarting' in %s: %s", message.channel.id, exc)

        self.in_flight.track(asyncio.create_task(answer(), name="restarting-reply"))

    async def on_shard_connect(self, shard_id: int) -> None:
        self.gateway_health.connected(shard_id)

    async def on_shard_resumed(self, shard_id: int) -> None:
        self.gateway_health.resumed(shard_id)
        log.info("shard %s resumed its session; reconnects: %s", shard_id, self.reconnects)

    async def on_shard_disconnect(self, shard_id: int) -> None:
        self.gateway_health.disconnected(shard_id)
        if not self.stopping:
            log.info("shard %s disconnected from the gateway", shard_id)

    @property
    def reconnects(self) -> int:
        return self.gateway_health.reconnects

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
