"""/feed add, remove, resume and list: a server follows feeds, and their new articles are
posted in a channel and kept as that server's own articles.

Managing feeds needs Manage Server (the commands' default permissions, which server
admins may widen in their settings) or OWNER_IDS; the check runs on every call too.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ArticleBot
from bot.interactions import send_reply
from bot.replies import feed_replies as replies
from bot.state import State
from bot.state.db import AlreadySubscribed, FeedStatus
from bot.web.feeds import NotAFeed, find_feed
from bot.web.fetch import MAX_URL_CHARS, FetchLimits

log = logging.getLogger(__name__)


async def can_manage_feeds(interaction: discord.Interaction[ArticleBot]) -> bool:
    if interaction.user.id in interaction.client.settings.owner_ids:
        return True
    return interaction.guild is not None and interaction.permissions.manage_guild


def _can_post(channel: discord.abc.GuildChannel) -> bool:
    me = channel.guild.me
    if me is None:
        return False
    allowed = channel.permissions_for(me)
    return allowed.view_channel and allowed.send_messages and allowed.embed_links


class Feeds(commands.Cog):
    feed = app_commands.Group(
        name="feed",
        description="Follow news feeds: their new articles are posted here",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot

    @property
    def state(self) -> State | None:
        return self.bot.state

    async def complete_feed(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """The server's own feeds, by title or address."""
        if self.state is None or interaction.guild_id is None:
            return []
        typed = current.lower()
        choices = []
        for status in self.state.guild_feeds(interaction.guild_id):
            url, title = status.feed.url, status.feed.title or status.feed.url
            if (typed in url.lower() or typed in title.lower()) and len(url) <= 100:
                choices.append(app_commands.Choice(name=f"{title[:60]} — {url}"[:100], value=url))
        return choices[:25]

    @feed.command(name="add", description="Follow a feed (or a site's feed) in a channel")
    @app_commands.describe(
        url="The feed's address, or a site's: its feed is found from the page",
        channel="Where new articles are posted (this channel by default)",
    )
    @app_commands.check(can_manage_feeds)
    async def add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 1, MAX_URL_CHARS],
        channel: discord.TextChannel | None = None,
    ) -> None:
        state, guild_id = self.state, interaction.guild_id
        if state is None or guild_id is None:
            await send_reply(interaction, replies.not_available())
            return
        target = channel or interaction.channel
        if not isinstance(target, discord.TextChannel) or not _can_post(target):
            channel_id = target.id if target is not None else interaction.channel_id or 0
            await send_reply(interaction, replies.cannot_post(channel_id))
            return
        url = url.strip()
        await interaction.response.defer(ephemeral=True, thinking=True)
        limits = FetchLimits.from_settings(self.bot.settings)
        try:
            feed_url, parsed, found_on = await find_feed(url, limits=limits)
        except NotAFeed as exc:
            await send_reply(interaction, replies.feed_problem(url, str(exc)))
            return
        existing = state.find_guild_feed(guild_id, feed_url)
        if existing is not None:
            await send_reply(interaction, replies.already_following(existing))
            return
        try:
            subscription = state.subscribe(
                feed_url,
                guild_id=guild_id,
                channel_id=target.id,
                title=parsed.title,
                site=parsed.site,
                added_by=interaction.user.id,
            )
        except AlreadySubscribed:  # added meanwhile by someone else
            found = state.find_guild_feed(guild_id, feed_url)
            if found is not None:
                await send_reply(interaction, replies.already_following(found))
            return
        state.poll_now(subscription.feed_id)
        poller = self.bot.poller
        if poller is not None:
            poller.wake()
        log.info("guild %s follows %s in %s", guild_id, feed_url, target.id)
        reply = replies.feed_added(
            parsed.title, feed_url, target.id, len(parsed.entries), found_on=found_on
        )
        await send_reply(interaction, reply)

    async def _followed(
        self, interaction: discord.Interaction, url: str
    ) -> tuple[State, int, FeedStatus] | None:
        """The state, the guild and the feed it follows at `url`; None when there is no
        such feed here, after telling the user why (remove and resume share this)."""
        state, guild_id = self.state, interaction.guild_id
        if state is None or guild_id is None:
            await send_reply(interaction, replies.not_available())
            return None
        status = state.find_guild_feed(guild_id, url.strip())
        if status is None:
            await send_reply(interaction, replies.not_following(url.strip()))
            return None
        return state, guild_id, status

    @feed.command(name="remove", description="Stop following a feed")
    @app_commands.describe(url="The feed's address, as /feed list shows it")
    @app_commands.autocomplete(url=complete_feed)
    @app_commands.check(can_manage_feeds)
    async def remove(
        self, interaction: discord.Interaction, url: app_commands.Range[str, 1, MAX_URL_CHARS]
    ) -> None:
        found = await self._followed(interaction, url)
        if found is None:
            return
        state, guild_id, status = found
        if not state.unsubscribe(status.feed.url, guild_id=guild_id):
            await send_reply(interaction, replies.not_following(url.strip()))
            return
        await send_reply(interaction, replies.feed_removed(status))

    @feed.command(name="resume", description="Check a paused feed again")
    @app_commands.describe(url="The paused feed's address, as /feed list shows it")
    @app_commands.autocomplete(url=complete_feed)
    @app_commands.check(can_manage_feeds)
    async def resume(
        self, interaction: discord.Interaction, url: app_commands.Range[str, 1, MAX_URL_CHARS]
    ) -> None:
        found = await self._followed(interaction, url)
        if found is None:
            return
        state, _, status = found
        if not status.feed.paused:
            await send_reply(interaction, replies.not_paused(status))
            return
        state.resume(status.feed.id)
        poller = self.bot.poller
        if poller is not None:
            poller.wake()
        await send_reply(interaction, replies.feed_resumed(status))

    @feed.command(name="list", description="The feeds this server follows, and how they are doing")
    @app_commands.check(can_manage_feeds)
    async def list_feeds(self, interaction: discord.Interaction) -> None:
        state, guild_id = self.state, interaction.guild_id
        if state is None or guild_id is None:
            await send_reply(interaction, replies.not_available())
            return
        await send_reply(interaction, replies.feed_list(state.guild_feeds(guild_id)))


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Feeds(bot))
