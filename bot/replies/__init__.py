"""Replies: what a command answers, built without a Discord connection.

Cogs send them, the console prints them and `ask --json` serialises them, so every
reply is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.embeds import CONTENT_LIMIT, WARNING_COLOUR, clip, make_embed


@dataclass(frozen=True)
class Reply:
    """One answer. Several `pages` are shown one at a time with buttons."""

    pages: tuple[discord.Embed, ...] = ()
    content: str | None = None
    ephemeral: bool = False
    error: str | None = None

    def __post_init__(self) -> None:
        if self.content is not None:
            object.__setattr__(self, "content", clip(self.content, CONTENT_LIMIT))

    @property
    def first(self) -> discord.Embed | None:
        return self.pages[0] if self.pages else None


def problem(title: str, description: str, *, error: str) -> Reply:
    """A polite, private answer to a request that cannot be met."""
    embed = make_embed(title=title, description=description, colour=WARNING_COLOUR)
    return Reply(pages=(embed,), ephemeral=True, error=error)


def paged(embeds: list[discord.Embed]) -> Reply:
    """Number the pages in their footers and wrap them in a Reply."""
    total = len(embeds)
    if total > 1:
        for number, embed in enumerate(embeds, 1):
            base = embed.footer.text or ""
            footer = f"Page {number} of {total}" + (f" · {base}" if base else "")
            embed.set_footer(text=clip(footer, 2048))
    return Reply(pages=tuple(embeds))
