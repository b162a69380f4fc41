"""Autocomplete choices: at most 25, within Discord's 100-character limits, no I/O."""

from __future__ import annotations

from discord import app_commands

from bot.embeds import CHOICE_NAME_LIMIT, clip
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
