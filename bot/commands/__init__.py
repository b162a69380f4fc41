"""Every command the bot answers; importing this package registers them all."""

from bot.commands import articles, ask, help, quotes, search, summaries  # noqa: F401 (registers them)
from bot.commands.registry import (
    REGISTRY,
    CommandLineError,
    CommandSpec,
    Option,
    parse_command_line,
    run,
    run_safely,
)

__all__ = [
    "REGISTRY",
    "CommandLineError",
    "CommandSpec",
    "Option",
    "parse_command_line",
    "run",
    "run_safely",
]
