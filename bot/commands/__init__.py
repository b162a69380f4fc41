"""Every command the bot answers; importing this package registers them all."""

from bot.commands import articles  # noqa: F401  (registers its commands)
from bot.commands.registry import (
    REGISTRY,
    CommandLineError,
    CommandSpec,
    Option,
    parse_command_line,
    run,
)

__all__ = ["REGISTRY", "CommandLineError", "CommandSpec", "Option", "parse_command_line", "run"]
