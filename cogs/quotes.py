"""/whosaid, /quotes, /people and the "Who said this?" message menu."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ArticleBot
from bot.autocomplete import complete_quote, complete_speaker, complete_title
from bot.handlers import REGISTRY
from bot.handlers.registry import MAX_NAME_CHARS, MAX_OPTION_CHARS
from bot.interactions import described, respond


class Quotes(commands.Cog):
    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name="Who said this?", callback=self.who_said_this)
        bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="whosaid", description=REGISTRY["whosaid"].description)
    @described("whosaid")
    @app_commands.autocomplete(quote=complete_quote)
    async def whosaid(
        self, interaction: discord.Interaction, quote: app_commands.Range[str, 1, MAX_OPTION_CHARS]
    ) -> None:
        await respond(interaction, "whosaid", quote=quote)

    @app_commands.command(name="quotes", description=REGISTRY["quotes"].description)
    @described("quotes")
    @app_commands.autocomplete(speaker=complete_speaker, article=complete_title)
    async def quotes(
        self,
        interaction: discord.Interaction,
        speaker: app_commands.Range[str, 1, MAX_NAME_CHARS],
        article: app_commands.Range[str, 1, MAX_NAME_CHARS] | None = None,
    ) -> None:
        await respond(interaction, "quotes", speaker=speaker, article=article)

    @app_commands.command(name="people", description=REGISTRY["people"].description)
    @described("people")
    @app_commands.autocomplete(article=complete_title)
    async def people(
        self,
        interaction: discord.Interaction,
        article: app_commands.Range[str, 1, MAX_NAME_CHARS] | None = None,
    ) -> None:
        await respond(interaction, "people", article=article)

    async def who_said_this(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        text = message.content or " ".join(e.description or "" for e in message.embeds)
        await respond(interaction, "whosaid", quote=text)


async def setup(bot: ArticleBot) -> None:
    await bot.add_cog(Quotes(bot))
