"""The bot without Discord: the same commands and replies, rendered as terminal text.

`python -m bot console` is interactive; `python -m bot ask` answers lines and exits.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import re
import sys
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import discord
from watchfiles import watch

from bot import handlers
from bot.library import Library
from bot.live import (
    LibraryChange,
    build_library,
    compare,
    is_article_change,
    save_in_background,
)
from bot.replies import Reply, apology, problem
from bot.replies.admin_replies import reload_reply, stats_reply
from bot.signals import leaves_on_stop_signal
from config.settings import Settings

log = logging.getLogger(__name__)
_TIMESTAMP = re.compile(r"(?<!\\)<t:(\d{1,11})(?::[tTdDfFR])?>")  # only the bot's own
# what /help marks as on Discord only: /feed, and /summary with a link
_DISCORD_ONLY = re.compile(r"/(?:feed\b|summary\b.*\burl:|summary\s+https?://)", re.I)
_ESCAPE = re.compile(r"\\([\\*_`~|<>#\-\[\]()@:])")


def answer(library: Library, line: str) -> Reply:
    """Run one typed command line; never raises. Plain words are a question for /ask."""
    if not line.startswith("/"):
        line = f"/ask {line}"
    if _DISCORD_ONLY.match(line):
        return problem(
            "Only on Discord",
            "Reading links (`/summary url:`) and following feeds (`/feed`) work only when "
            "the bot runs on a Discord server; here, ask about the loaded articles.",
            error="discord_only",
        )
    try:
        name, options = handlers.parse_command_line(line)
    except handlers.CommandLineError as exc:
        return problem("Can't run that", str(exc), error="bad_command")
    return handlers.run_safely(name, library.scoped(None), **options)  # no guild


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


def render_page(reply: Reply, index: int) -> str:
    """One page of a reply as the interactive console shows it, as Discord would: the
    message text with the first page only, and a line saying how to see the next."""
    parts: list[str] = []
    if reply.content and index == 0:
        parts.append(reply.content)
    if 0 <= index < len(reply.pages):
        parts.append(_render_embed(reply.pages[index]))
    if index + 1 < len(reply.pages):
        parts.append(f"(page {index + 1} of {len(reply.pages):,}: type `more` for the next)")
    return _plain("\n\n".join(parts))


MORE = frozenset({"more", "next", "/more", "/next"})


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


FAILED = frozenset({"bad_command", "internal_error"})  # the line itself could not run


@leaves_on_stop_signal()  # cut short: 128 + the signal, as a shell reports it
def answer_lines(settings: Settings, lines: Iterable[str], *, as_json: bool) -> int:
    """`ask`: one reply per non-blank line, in order. Exits 1 when a line could not be
    run (a malformed command, a failure on the bot's side), each said on stderr; an
    answer such as "not found" is a reply, not a failure."""
    library = load_library(settings)
    out = sys.stdout
    failures = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        reply = answer(library, line)
        if reply.error in FAILED:
            failures += 1
            reason = reply.first.description if reply.first is not None else reply.error
            print(f"ask: {line[:80]!r}: {reason}", file=sys.stderr)
        out.write(_shown(line, reply, as_json) + "\n")
        out.flush()
    return 1 if failures else 0


def _shown(line: str, reply: Reply, as_json: bool) -> str:
    """A reply as text or JSON; a rendering failure costs this line, never the rest."""
    try:
        return to_json(line, reply) if as_json else render_text(reply)
    except Exception:
        log.exception("could not render the reply to %s", line[:200])
        fallback = apology()
        return to_json(line, fallback) if as_json else render_text(fallback)


def _shown_page(reply: Reply, index: int) -> str:
    """`render_page`, where a rendering failure costs this page, never the console."""
    try:
        return render_page(reply, index)
    except Exception:
        log.exception("could not render page %d of a reply", index + 1)
        return render_text(apology())


class ConsoleSession:
    """The console's library and its operator commands: /stats and /reload, which the
    bot answers in its admin cog, and a reload whenever the articles folder changes."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.started = time.monotonic()
        self.library = build_library(settings)
        self._saving = save_in_background(self.library)  # what the cache lacked
        self._changed = threading.Event()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._paging: tuple[Reply, int] | None = None  # the reply shown, and its page

    def follow_changes(self) -> None:
        """Watch the articles folder in a daemon thread; the next command reloads."""
        folder = self.settings.articles_dir
        if not self.settings.watch_articles or not folder.is_dir():
            return

        def watch_folder() -> None:
            for _ in watch(folder, watch_filter=is_article_change, stop_event=self._stop):
                self._changed.set()

        self._watcher = threading.Thread(target=watch_folder, name="console-watch", daemon=True)
        self._watcher.start()

    def close(self) -> None:
        self._stop.set()

    def reload(self) -> LibraryChange:
        old = self.library
        self.library = build_library(self.settings, previous=old)
        self._saving = save_in_background(self.library, after=self._saving) or self._saving
        self._changed.clear()
        return compare(old, self.library)

    def show(self, line: str) -> str:
        """What the interactive console prints for a line: a reply's first page, or
        the next page of the last reply for `more`."""
        if line.lower() in MORE:
            if self._paging is None:
                return "(nothing more to show)"
            reply, index = self._paging
            self._paging = (reply, index + 1) if index + 2 < len(reply.pages) else None
            return _shown_page(reply, index + 1)
        reply = self.answer(line)
        self._paging = (reply, 0) if len(reply.pages) > 1 else None
        return _shown_page(reply, 0)

    def answer(self, line: str) -> Reply:
        if self._changed.is_set():
            change = self.reload()
            print(f"(articles changed: {change.describe()})")
        word = line.split(maxsplit=1)[0].lower() if line.strip() else ""
        if word == "/reload":
            return reload_reply(self.reload())
        if word == "/stats":
            return stats_reply(
                self.library.scoped(None),  # the console has no guild
                uptime_seconds=time.monotonic() - self.started,
                latency_seconds=None,
                shard_id=None,
                shard_count=None,
            )
        return answer(self.library, line)


def _enable_line_editing(history: Path) -> None:
    """Arrow keys, editing and a history kept across sessions, where readline exists."""
    try:
        import readline
    except ImportError:  # pragma: no cover - Windows without pyreadline
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(history)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            history.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(history)

    atexit.register(save)


@leaves_on_stop_signal(status=0)  # leaving the console is no failure
def run_console(settings: Settings, stdin: TextIO = sys.stdin) -> int:
    """An interactive prompt; Ctrl-D or `/quit` leaves."""
    interactive = stdin is sys.stdin
    if interactive and stdin.isatty():
        _enable_line_editing(settings.data_dir / "console_history")
    session = ConsoleSession(settings)
    session.follow_changes()
    print(f"{session.library.summary_line()}. Type /help for commands, /quit to leave.")
    try:
        while True:
            try:
                line = input("> ") if interactive else stdin.readline()
            except (EOFError, KeyboardInterrupt):
                print()
                return 0
            if not interactive and not line:
                return 0
            line = line.strip()
            if line in {"/quit", "/exit", "quit", "exit"}:
                return 0
            if line:
                print(session.show(line))
    finally:
        session.close()
