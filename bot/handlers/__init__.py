"""Every command the bot answers; importing this package registers them all."""

from bot.handlers import (  # noqa: F401 (registers them)
    article_handlers,
    ask_handlers,
    help_handlers,
    quote_handlers,
    search_handlers,
    summary_handlers,
)
from bot.handlers.registry import (
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
