"""The bot without Discord: the same commands and replies, rendered as terminal text.

`python -m bot console` is interactive; `python -m bot ask` answers lines and exits.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO

import discord

from bot import commands
from bot.library import Library
from bot.live import build_library, save_in_background
from bot.replies import Reply, apology, problem
from config.settings import Settings

log = logging.getLogger(__name__)
_TIMESTAMP = re.compile(r"(?<!\\)<t:(\d{1,11})(?::[tTdDfFR])?>")  # only the bot's own
_ESCAPE = re.compile(r"\\([\\*_`~|<>#\-\[\]()@:])")


def answer(library: Library, line: str) -> Reply:
    """Run one typed command line; never raises. Plain words are a question for /ask."""
    if not line.startswith("/"):
        line = f"/ask {line}"
    try:
        name, options = commands.parse_command_line(line)
    except commands.CommandLineError as exc:
        return problem("Can't run that", str(exc), error="bad_command")
    return commands.run_safely(name, library, **options)


def to_json(line: str, reply: Reply) -> str:
    """The `ask --json` line: the interface evaluations read."""
    return json.dumps(
        {
            "command": line,
            "content": reply.content,
            "embeds": [embed.to_dict() for embed in reply.pages],
            "ephemeral": reply.ephemeral,
            "error": reply.error,
        },
        ensure_ascii=False,
    )


def render_text(reply: Reply) -> str:
    """A reply as readable plain text: every page, fields as 'name: value' lines."""
    parts: list[str] = []
    if reply.content:
        parts.append(reply.content)
    for embed in reply.pages:
        parts.append(_render_embed(embed))
    return _plain("\n\n".join(parts))


def _render_embed(embed: discord.Embed) -> str:
    lines: list[str] = []
    if embed.title:
        lines.append(f"== {embed.title} ==")
    if embed.description:
        lines.append(embed.description)
    for field in embed.fields:
        lines.append(f"{field.name}: {field.value}")
    if embed.url:
        lines.append(embed.url)
    if embed.footer.text:
        lines.append(f"-- {embed.footer.text}")
    return "\n".join(lines)


def _date(match: re.Match[str]) -> str:
    try:
        return datetime.fromtimestamp(int(match.group(1)), tz=UTC).strftime("%d %b %Y")
    except (OverflowError, ValueError, OSError):
        return match.group(0)


def _plain(text: str) -> str:
    """Discord markup as a terminal shows it: dates for timestamps, escapes removed."""
    return _ESCAPE.sub(r"\1", _TIMESTAMP.sub(_date, text))


def load_library(settings: Settings) -> Library:
    """The library through the analysis cache; what the cache lacked is written from a
    thread while the first answers are given (the program waits for it at exit)."""
    library = build_library(settings)
    log.info("%s", library.summary_line())
    save_in_background(library)
    return library


def answer_lines(settings: Settings, lines: Iterable[str], *, as_json: bool) -> int:
    """`ask`: one reply per non-blank line, in order."""
    library = load_library(settings)
    out = sys.stdout
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        out.write(_shown(line, answer(library, line), as_json) + "\n")
        out.flush()
    return 0


def _shown(line: str, reply: Reply, as_json: bool) -> str:
    """A reply as text or JSON; a rendering failure costs this line, never the rest."""
    try:
        return to_json(line, reply) if as_json else render_text(reply)
    except Exception:
        log.exception("could not render the reply to %s", line[:200])
        fallback = apology()
        return to_json(line, fallback) if as_json else render_text(fallback)


def run_console(settings: Settings, stdin: TextIO = sys.stdin) -> int:
    """An interactive prompt; Ctrl-D or `/quit` leaves."""
    library = load_library(settings)
    print(f"{library.summary_line()}. Type /help for commands, /quit to leave.")
    while True:
        try:
            line = input("> ") if stdin is sys.stdin else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if stdin is not sys.stdin and not line:
            return 0
        line = line.strip()
        if line in {"/quit", "/exit", "quit", "exit"}:
            return 0
        if line:
            print(_shown(line, answer(library, line), as_json=False))
