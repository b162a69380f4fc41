"""Command line: run the bot, the offline console, one-shot `ask`, `inspect`, `fetch`
and `check`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.web.fetch import FetchLimits


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="A Discord bot that answers questions about news articles.",
    )
    sub = parser.add_subparsers(dest="mode")
    sub.add_parser("run", help="connect to Discord (the default)")
    sub.add_parser("console", help="type the bot's slash commands in a terminal")
    ask = sub.add_parser("ask", help="answer one command (or one per stdin line) and exit")
    ask.add_argument("--json", action="store_true", help="one JSON reply per line")
    ask.add_argument("command", nargs="*", help='e.g. "/article russia"; stdin when absent')
    inspect = sub.add_parser("inspect", help="what the engine finds in article files")
    inspect.add_argument("--json", action="store_true", help="JSON lines (the only format)")
    inspect.add_argument("--summary-sentences", type=int, default=3, metavar="K")
    inspect.add_argument("paths", nargs="+", metavar="PATH")
    fetch = sub.add_parser("fetch", help="extract the article at each URL (saves nothing)")
    fetch.add_argument("--json", action="store_true", help="JSON lines (the only format)")
    fetch.add_argument("--summary-sentences", type=int, default=3, metavar="K")
    fetch.add_argument("urls", nargs="+", metavar="URL")
    check = sub.add_parser(
        "check", help="validate settings, folders and databases; exit 1 on a problem"
    )
    check.add_argument("--offline", action="store_true", help="a missing DISCORD_TOKEN is fine")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.mode == "inspect":
        from bot.inspect_cli import inspect_paths

        summary_sentences = max(args.summary_sentences, 0)
        failed = inspect_paths(
            args.paths, summary_sentences=summary_sentences, max_bytes=_max_bytes()
        )
        return 1 if failed else 0
    if args.mode == "fetch":
        from bot.fetch_cli import fetch_urls

        failed = fetch_urls(
            args.urls, _fetch_limits(), summary_sentences=max(args.summary_sentences, 0)
        )
        return 1 if failed else 0
    if args.mode == "check":
        from bot.check import run_check

        return run_check(offline=args.offline)

    from bot.logs import configure_logging
    from config.settings import load_settings

    settings = load_settings()
    configure_logging(settings.log_level, quiet=args.mode == "ask")
    if args.mode == "ask":
        from bot.console import answer_lines

        lines = [" ".join(args.command)] if args.command else sys.stdin
        return answer_lines(settings, lines, as_json=args.json)
    if args.mode == "console":
        from bot.console import run_console

        return run_console(settings)
    from bot.runner import run_bot

    return run_bot(settings)


def _max_bytes() -> int:
    """MAX_ARTICLE_BYTES as the bot reads it. `inspect` works on the files it is given,
    so a settings problem elsewhere must not stop it: it says so and uses the default."""
    from bot.articles.loader import DEFAULT_MAX_BYTES
    from config.settings import SettingsError, load_settings

    try:
        return load_settings().max_article_bytes
    except SettingsError as exc:
        print(f"{exc}; inspect uses the default size limit", file=sys.stderr)
        return DEFAULT_MAX_BYTES


def _fetch_limits() -> FetchLimits:
    """The fetcher's limits from the settings (FETCH_ALLOW_HOSTS); like `inspect`, a
    settings problem elsewhere is reported and the defaults apply."""
    from bot.web.fetch import FetchLimits
    from config.settings import SettingsError, load_settings

    try:
        return FetchLimits.from_settings(load_settings())
    except SettingsError as exc:
        print(f"{exc}; fetch uses the default limits (no allowed private hosts)", file=sys.stderr)
        return FetchLimits()
