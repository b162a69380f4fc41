"""`python -m bot`: connect to Discord, or explain why not."""

from __future__ import annotations

import logging
import sys

import aiohttp
import discord

from config.settings import Settings

log = logging.getLogger(__name__)


def run_bot(settings: Settings) -> int:
    """Run until Ctrl-C. Without a token: the console in a terminal, else exit 2."""
    if settings.discord_token is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            print("DISCORD_TOKEN is not set, so here is the offline console instead.")
            from bot.console import run_console

            return run_console(settings)
        print(
            "error: DISCORD_TOKEN is not set. Put it in the environment or in .env "
            "(see .env.example), or run `python -m bot console` to try the bot offline.",
            file=sys.stderr,
        )
        return 2

    from bot.app import ArticleBot

    bot = ArticleBot(settings)
    try:
        bot.run(settings.discord_token.get_secret_value(), log_handler=None)
    except discord.LoginFailure:
        log.error("Discord rejected the token in DISCORD_TOKEN; check it in the developer portal")
        return 1
    except (aiohttp.ClientError, OSError) as exc:
        log.error("could not reach Discord: %s", exc)
        return 1
    except discord.PrivilegedIntentsRequired:
        log.error(
            "Discord refused the connection over privileged intents, which this bot does "
            "not request; check the application's settings in the developer portal"
        )
        return 1
    return 0
