"""Sending replies to Discord: one helper for every answer, and the pager view.

`send_reply` picks `response.send_message` or `followup.send` from the interaction's
state, so cogs and the error handler never double-acknowledge an interaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, runtime_checkable

import discord
from discord import app_commands

from bot import handlers, scope
from bot.library import Library
from bot.replies import Reply

log = logging.getLogger(__name__)
PAGER_TIMEOUT = 180.0


async def send_reply(interaction: discord.Interaction, reply: Reply) -> None:
    """Send `reply`, with a pager when it has several pages. Never pings anyone."""
    kwargs: dict = {
        "ephemeral": reply.ephemeral,
        "allowed_mentions": discord.AllowedMentions.none(),
    }
    if reply.content:
        kwargs["content"] = reply.content
    if reply.first is not None:
        kwargs["embed"] = reply.first
    view = Pager(reply, interaction.user.id) if len(reply.pages) > 1 else None
    if view is not None:
        kwargs["view"] = view
    if not kwargs.get("content") and "embed" not in kwargs:
        kwargs["content"] = "(nothing to show)"
    message: discord.WebhookMessage | discord.InteractionMessage | None
    if interaction.response.is_done():
        message = await interaction.followup.send(wait=True, **kwargs)
    else:
        await interaction.response.send_message(**kwargs)
        message = await interaction.original_response() if view is not None else None
    if view is not None:
        view.message = message


async def send_message_reply(message: discord.Message, reply: Reply) -> None:
    """Answer a message (a mention) as a reply to it, paged like a slash command."""
    view = Pager(reply, message.author.id) if len(reply.pages) > 1 else None
    sent = await message.reply(
        content=reply.content or (None if reply.first is not None else "(nothing to show)"),
        embed=reply.first if reply.first is not None else discord.utils.MISSING,
        view=view or discord.utils.MISSING,
        mention_author=False,
        allowed_mentions=discord.AllowedMentions.none(),
    )
    if view is not None:
        view.message = sent


class Pager(discord.ui.View):
    """First/previous/next/last buttons over a reply's pages; only the caller may page,
    and the buttons go away when the view times out."""

    def __init__(self, reply: Reply, owner_id: int, *, timeout: float = PAGER_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.pages = reply.pages
        self.owner_id = owner_id
        self.index = 0
        self.message: discord.Message | discord.InteractionMessage | None = None
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        last = len(self.pages) - 1
        self.first_page.disabled = self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.last_page.disabled = self.index == last
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who ran this command can turn its pages. "
            "Run the command yourself to browse.",
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        return False

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="«", style=discord.ButtonStyle.secondary)
    async def first_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, 0)

    @discord.ui.button(label="‹", style=discord.ButtonStyle.primary)
    async def previous_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        """A label only; it is always disabled."""

    @discord.ui.button(label="›", style=discord.ButtonStyle.primary)
    async def next_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index + 1)

    @discord.ui.button(label="»", style=discord.ButtonStyle.secondary)
    async def last_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, len(self.pages) - 1)

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException as exc:
            log.debug("could not remove pager buttons: %s", exc)


def described(name: str) -> Callable:
    """@app_commands.describe with the registry's option descriptions for `name`."""
    return app_commands.describe(**{o.name: o.description for o in handlers.REGISTRY[name].options})


@runtime_checkable
class ServesLibrary(Protocol):
    """What commands need of the client: the current snapshot (the ArticleBot's `library`,
    which discord.py types as a plain Client)."""

    @property
    def library(self) -> Library: ...


async def scoped_library(interaction: discord.Interaction) -> Library:
    """The current snapshot as the interaction's server sees it (a DM: shared files only).
    Every command and autocomplete takes its library from here: the scope is decided
    once, at the edge, and no handler filters by hand."""
    client = interaction.client
    if not isinstance(client, ServesLibrary):
        raise TypeError(f"{type(client).__name__} serves no library to answer from")
    library = client.library
    return await scope.scoped_async(library, interaction.guild_id)


async def respond(interaction: discord.Interaction, name: str, **options: object) -> None:
    """Run a registered command on the bot's current snapshot, in the interaction's
    scope, and send it."""
    library = await scoped_library(interaction)
    await send_reply(interaction, handlers.run(name, library, **options))
