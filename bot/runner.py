"""`python -m bot`: connect to Discord, or explain why not; stop cleanly on a signal.

discord.py's `Client.run` handles only Ctrl-C, and a service manager (systemd, docker,
Kubernetes) stops with SIGTERM, which would kill the process on the spot. So the bot
runs on an event loop of our own with a handler for both: the first signal starts the
clean stop (bot/app.py `ArticleBot.shutdown`), a second one exits at once, and a
watchdog ends the process if the clean stop ever takes longer than `HARD_LIMIT_SECONDS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import aiohttp
import discord

from config.settings import Settings

if TYPE_CHECKING:
    from bot.app import ArticleBot

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# Service managers send SIGKILL 10 s after SIGTERM. The clean stop's parts are bounded
# (commands 4 s, services 2.5 s, the gateway's close 1.5 s: bot/app.py), and this is
# for the connection's task to end after the close; the watchdog is the backstop.
HARD_LIMIT_SECONDS = 9.5
START_TASK_SECONDS = 0.5


def run_bot(settings: Settings) -> int:
    """Run until stopped. Without a token: the console in a terminal, else exit 2."""
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

    from bot.signals import Stopped, stop_signals_raise

    try:
        with stop_signals_raise():  # until the loop's own handlers take over
            from bot.app import ArticleBot

            bot = ArticleBot(settings)
    except Stopped as stop:
        log.info("%s received while starting: stopped before connecting", stop.name)
        return 0
    token = settings.discord_token.get_secret_value()
    try:
        code = _run_loop(bot, token)
    except discord.LoginFailure:
        log.error("Discord rejected the token in DISCORD_TOKEN; check it in the developer portal")
        code = 1
    except (aiohttp.ClientError, OSError) as exc:
        log.error("could not reach Discord: %s", exc)
        code = 1
    except discord.PrivilegedIntentsRequired:
        log.error(
            "Discord refused the connection over privileged intents, which this bot does "
            "not request; check the application's settings in the developer portal"
        )
        code = 1
    busy = _busy_threads()
    if busy:
        # A library load still running in a worker thread would hold the interpreter's
        # exit until it finishes; its result is no longer wanted, and nothing it does
        # needs finishing (files are written whole or not at all). Its worker processes
        # would be orphaned, blocked for ever: they are ended first.
        ended = stop_worker_processes()
        log.info("not waiting for %d busy thread(s); ended %d worker process(es)", len(busy), ended)
        exit_now(code)
    # The interpreter's final collections walk every object the library holds (hundreds
    # of milliseconds for a large one) only to free memory the exit frees anyway.
    gc.disable()
    gc.freeze()
    return code


def _run_loop(bot: ArticleBot, token: str) -> int:
    """`asyncio.run`, except that the threads running blocking work are not waited for
    (see `_busy_threads`)."""
    loop = asyncio.new_event_loop()
    executor = ThreadPoolExecutor(thread_name_prefix="bot-worker")
    loop.set_default_executor(executor)
    try:
        asyncio.set_event_loop(loop)
        return loop.run_until_complete(serve(bot, token))
    finally:
        try:
            _cancel_remaining(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            executor.shutdown(wait=False, cancel_futures=True)
            asyncio.set_event_loop(None)
            loop.close()


def _cancel_remaining(loop: asyncio.AbstractEventLoop) -> None:
    tasks = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))


class StopSignals:
    """SIGTERM and SIGINT on the running loop: the first sets `event`, the second exits
    the process at once (status 128 + the signal's number, as a shell reports it)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.event = asyncio.Event()
        self.received: signal.Signals | None = None
        self.received_at = 0.0  # time.perf_counter() of the first signal

    def install(self) -> None:
        for sig in STOP_SIGNALS:
            self.loop.add_signal_handler(sig, self._on_signal, sig)

    def remove(self) -> None:
        for sig in STOP_SIGNALS:
            with contextlib.suppress(ValueError, RuntimeError):
                self.loop.remove_signal_handler(sig)

    def _on_signal(self, sig: signal.Signals) -> None:
        if self.received is not None:
            log.warning("%s again: exiting at once, without the clean stop", sig.name)
            exit_now(128 + sig)
        self.received = sig
        self.received_at = time.perf_counter()
        log.info("%s received: stopping (send it again to exit at once)", sig.name)
        _start_watchdog(HARD_LIMIT_SECONDS)
        self.event.set()


async def serve(bot: ArticleBot, token: str) -> int:
    """Log in and connect; on a stop signal, stop cleanly and return 0. Errors while
    connecting (a refused token, Discord out of reach) propagate to `run_bot`."""
    signals = StopSignals(asyncio.get_running_loop())
    signals.install()
    try:
        async with bot:
            connection = asyncio.create_task(bot.start(token), name="discord-connection")
            stop = asyncio.create_task(signals.event.wait(), name="stop-signal")
            await asyncio.wait({connection, stop}, return_when=asyncio.FIRST_COMPLETED)
            if not stop.done():  # the connection ended by itself (or failed: raises)
                stop.cancel()
                connection.result()
                log.info("the connection to Discord ended; exiting")
                return 0
            await _stop(bot, connection, signals)
            return 0
    finally:
        signals.remove()


async def _stop(bot: ArticleBot, connection: asyncio.Task[None], signals: StopSignals) -> None:
    """The clean stop, then the one log line."""
    if not bot.setup_done:  # still logging in or loading the library: abandon that
        connection.cancel()
    summary = await bot.shutdown()
    done, _ = await asyncio.wait({connection}, timeout=START_TASK_SECONDS)
    if not done:
        connection.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await connection  # after a stop, how the connection ended is no news
    elapsed = (time.perf_counter() - signals.received_at) * 1000
    name = signals.received.name if signals.received else "signal"
    log.info("stopped cleanly in %.0f ms after %s: %s", elapsed, name, summary.describe())


def _busy_threads(grace: float = 0.5) -> list[threading.Thread]:
    """Threads that would hold up the interpreter's exit: idle workers, told to stop,
    end within `grace`; those still alive then are busy."""
    deadline = time.monotonic() + grace
    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    waited = [t for t in others if not t.daemon]
    for thread in waited:
        thread.join(max(deadline - time.monotonic(), 0))
    return [t for t in waited if t.is_alive()]


def stop_worker_processes(grace: float = 0.5) -> int:
    """End this process's descendants (a load's fork server and workers): SIGTERM, then
    SIGKILL after `grace`. multiprocessing's resource tracker is left alone: it ignores
    both and leaves by itself, cleaning up, once everyone else has gone. Returns how
    many were signalled; Linux only (it reads /proc), elsewhere 0."""
    targets = [pid for pid in descendants(os.getpid()) if not _is_resource_tracker(pid)]
    for pid in targets:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    alive = targets
    while alive and time.monotonic() < deadline:
        time.sleep(0.02)
        alive = [pid for pid in alive if _alive(pid)]
    for pid in alive:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return len(targets)


def descendants(root: int) -> list[int]:
    """Every process below `root`, from one pass over /proc; [] where there is none."""
    children: dict[int, list[int]] = {}
    try:
        entries = [e for e in os.listdir("/proc") if e.isdigit()]
    except OSError:
        return []
    for entry in entries:
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue  # gone meanwhile
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(int(entry))
    found: list[int] = []
    queue = list(children.get(root, []))
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(children.get(pid, []))
    return found


def _is_resource_tracker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return b"multiprocessing.resource_tracker" in handle.read()
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            stat = handle.read()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].split()[:1] != ["Z"]  # a zombie has ended


def _start_watchdog(seconds: float) -> None:
    """End the process if the clean stop hangs (a blocked loop included): a daemon
    thread, so a stop that finishes in time simply leaves it behind."""

    def expire() -> None:
        time.sleep(seconds)
        log.error("the clean stop took over %.0f s; exiting now", seconds)
        exit_now(1)

    threading.Thread(target=expire, name="stop-watchdog", daemon=True).start()


def exit_now(code: int) -> None:
    """Leave the process immediately, with the log and the output flushed first."""
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):
            handler.flush()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
