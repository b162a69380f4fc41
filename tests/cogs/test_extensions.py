"""Every cog loads, command names are unique, and each slash command matches its entry
in the shared registry (so the console, `ask` and Discord offer the same options)."""

from __future__ import annotations

from discord import app_commands

from bot.app import cog_extensions
from bot.handlers import REGISTRY


async def test_every_cog_loads_and_matches_the_registry(simcord_env):
    bot = simcord_env.bot
    assert set(bot.extensions) == set(cog_extensions())
    slash = [c for c in bot.tree.get_commands() if isinstance(c, app_commands.Command)]
    names = [c.name for c in slash]
    assert len(names) == len(set(names))
    for command in slash:
        spec = REGISTRY.get(command.name)
        if spec is None:  # Discord-only commands (owner tools) have no console form
            continue
        # Options that need Discord (fetching a link) are declared in the command's extras.
        extra = command.extras.get("discord_only_options", ())
        parameters = [p for p in command.parameters if p.name not in extra]
        assert [p.name for p in parameters] == [o.name for o in spec.options]
        for parameter, option in zip(parameters, spec.options, strict=True):
            assert parameter.required == option.required, command.name
            assert parameter.description == option.description, command.name
            assert [c.value for c in parameter.choices] == list(option.choices), command.name
            if option.kind is str and not option.choices:  # the registry's length limit
                assert parameter.max_value == option.max_chars, (command.name, option.name)
    assert set(REGISTRY) <= set(names)


def test_cogs_are_discovered_from_the_package():
    assert "cogs.articles" in cog_extensions()
