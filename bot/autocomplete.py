"""Autocomplete choices: at most 25, within Discord's 100-character limits, no I/O."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.embeds import CHOICE_NAME_LIMIT, clip
from bot.interactions import scoped_library
from bot.library import AUTOCOMPLETE_LIMIT, Library


def title_choices(library: Library, current: str) -> list[app_commands.Choice[str]]:
    """Titles closest to what the user has typed; the value is the article's key."""
    choices = []
    for match in library.match_titles(current[:200], limit=AUTOCOMPLETE_LIMIT):
        article = match.article
        value = article.key if len(article.key) <= CHOICE_NAME_LIMIT else article.title
        choices.append(
            app_commands.Choice(
                name=clip(article.title, CHOICE_NAME_LIMIT), value=value[:CHOICE_NAME_LIMIT]
            )
        )
    return choices


def person_choices(library: Library, current: str) -> list[app_commands.Choice[str]]:
    """People and organisations whose names or aliases are like what was typed."""
    return [
        app_commands.Choice(name=clip(person.name, CHOICE_NAME_LIMIT), value=person.name[:100])
        for person in library.people.find(current[:200], limit=AUTOCOMPLETE_LIMIT)
    ]


def quote_choices(library: Library, current: str) -> list[app_commands.Choice[str]]:
    """Quotes as the user types them; the value is the quote's own words."""
    choices = []
    seen = set()
    for match in library.quotes.suggest(current[:300], limit=AUTOCOMPLETE_LIMIT):
        text = " ".join(match.quote.text.split())
        if text in seen:
            continue
        seen.add(text)
        speaker = match.quote.speaker or "unknown"
        label = f"“{clip(text, CHOICE_NAME_LIMIT - len(speaker) - 5)}” — {speaker}"
        if match.quote.kind == "indirect":  # reported, with its verb: "denies: …", unquoted
            cue = f"{' '.join((match.quote.cue or 'said').split())[:30]}: "
            label = f"{speaker} {cue}{clip(text, CHOICE_NAME_LIMIT - len(speaker) - len(cue) - 1)}"
        choices.append(
            app_commands.Choice(name=clip(label, CHOICE_NAME_LIMIT), value=clip(text, 100))
        )
    return choices


async def complete_title(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Autocomplete callback for every `article`/`title` option."""
    return title_choices(await scoped_library(interaction), current)


async def complete_speaker(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    return person_choices(await scoped_library(interaction), current)


async def complete_quote(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    return quote_choices(await scoped_library(interaction), current)
