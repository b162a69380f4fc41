"""Replies: what a command answers, built without a Discord connection.

Cogs send them, the console prints them and `ask --json` serialises them, so every
reply is written once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

import discord

from bot.embeds import CONTENT_LIMIT, FOOTER_LIMIT, WARNING_COLOUR, clip, make_embed


@dataclass(frozen=True)
class Reply:
    """One answer. Several `pages` are shown one at a time with buttons."""

    pages: Sequence[discord.Embed] = ()
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


def apology() -> Reply:
    """The answer to a failure on the bot's side (already logged by the caller)."""
    return problem(
        "Something went wrong",
        "Sorry, that command failed on my side. It has been logged; please try again.",
        error="internal_error",
    )


def numbered(embed: discord.Embed, number: int, total: int) -> discord.Embed:
    """Put "Page N of M" in front of the footer."""
    if total > 1:
        base = embed.footer.text or ""
        footer = f"Page {number} of {total}" + (f" · {base}" if base else "")
        embed.set_footer(text=clip(footer, FOOTER_LIMIT))
    return embed


def paged(embeds: list[discord.Embed]) -> Reply:
    """Number the pages in their footers and wrap them in a Reply."""
    total = len(embeds)
    return Reply(pages=tuple(numbered(e, n, total) for n, e in enumerate(embeds, 1)))


class LazyPages(Sequence[discord.Embed]):
    """Pages built only when shown: a thousand-page list costs one page per click."""

    def __init__(self, total: int, build: Callable[[int], discord.Embed]) -> None:
        self._total = total
        self._build = lru_cache(maxsize=8)(lambda i: numbered(build(i), i + 1, total))

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> discord.Embed: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[discord.Embed]: ...
    def __getitem__(self, index: int | slice) -> discord.Embed | Sequence[discord.Embed]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._total))]
        if index < 0:
            index += self._total
        if not 0 <= index < self._total:
            raise IndexError(index)
        return self._build(index)
