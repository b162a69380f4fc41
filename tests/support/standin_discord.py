"""A stand-in for Discord on 127.0.0.1: just enough REST and gateway for discord.py to
log in, sync commands, IDENTIFY and receive READY, and a record of what the bot did
(requests, the gateway's close code), so tests can run the real runner in a subprocess.

`python -m tests.support.standin_discord URL [--slow-stop SECONDS]` runs the bot's own command
line against the stand-in at URL (Discord's API address is the one thing replaced);
`--slow-stop` registers a service that takes that long to stop.

`python -m tests.support.standin_discord measure [RUNS]` starts the bot RUNS times against a
stand-in, stops it with SIGTERM once connected, and prints the time from the signal to
the process's exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

PROJECT_ROOT = Path(__file__).resolve().parents[2]

APPLICATION_ID = "700000000000000001"
BOT_USER = {
    "id": APPLICATION_ID,
    "username": "newsbot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
}


@dataclass
class Record:
    """What the bot did, in order, for the test to check."""

    requests: list[str] = field(default_factory=list)
    identified: threading.Event = field(default_factory=threading.Event)
    login_asked: threading.Event = field(default_factory=threading.Event)  # GET /users/@me
    closed: threading.Event = field(default_factory=threading.Event)
    close_code: int | None = None
    replies: dict[str, dict[str, Any]] = field(default_factory=dict)  # by interaction id
    replied: threading.Condition = field(default_factory=threading.Condition)

    def wait_reply(self, interaction_id: str, timeout: float = 10) -> dict[str, Any]:
        with self.replied:
            self.replied.wait_for(lambda: interaction_id in self.replies, timeout)
        return self.replies[interaction_id]


class StandIn:
    """The server in a thread of its own. `hang_login` makes GET /users/@me never answer
    (the bot is stopped while logging in); `ignore_close` never answers the bot's close
    frame (a gateway gone quiet)."""

    def __init__(self, *, hang_login: bool = False, ignore_close: bool = False) -> None:
        self.hang_login = hang_login
        self.ignore_close = ignore_close
        self.record = Record()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="standin", daemon=True)
        self._stop: asyncio.Event | None = None
        self._socket: web.WebSocketResponse | None = None
        self._sequence = 1

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    def __enter__(self) -> StandIn:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the stand-in did not start")
        return self

    def __exit__(self, *_: object) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(5)

    def slash(self, interaction_id: str, command: str) -> None:
        """Deliver a slash command (no options) from a user in a DM, as Discord does."""
        payload = _interaction(interaction_id, command)
        future = asyncio.run_coroutine_threadsafe(
            self._dispatch("INTERACTION_CREATE", payload), self._loop
        )
        future.result(5)

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._socket is not None, "the bot is not connected"
        self._sequence += 1
        await self._socket.send_str(
            json.dumps({"op": 0, "s": self._sequence, "t": event, "d": data})
        )

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._main())
        pending = [task for task in asyncio.all_tasks(self._loop) if not task.done()]
        for task in pending:  # handlers told to hang
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.close()

    async def _main(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        app.router.add_get("/gateway", self._gateway)
        runner = web.AppRunner(app, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.port = runner.addresses[0][1]
        self._stop = asyncio.Event()
        self._ready.set()
        await self._stop.wait()
        await runner.cleanup()

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        self.record.requests.append(f"{request.method} {path}")
        if path == "/users/@me":
            self.record.login_asked.set()
            if self.hang_login:
                await asyncio.sleep(3600)
            return _json(BOT_USER)
        if path == "/oauth2/applications/@me":
            return _json(_application())
        if path == "/gateway/bot":
            url = f"ws://127.0.0.1:{self.port}/gateway"
            limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            return _json({"url": url, "shards": 1, "session_start_limit": limit})
        if path.endswith("/commands") and request.method == "PUT":
            return _json([])
        if path.startswith("/interactions/") and path.endswith("/callback"):
            interaction_id = path.split("/")[2]
            with self.record.replied:
                self.record.replies[interaction_id] = await request.json()
                self.record.replied.notify_all()
            return _json({"interaction": {"id": interaction_id, "type": 2}})
        return _json({"message": "Unknown", "code": 0}, status=404)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoclose=not self.ignore_close)
        await ws.prepare(request)
        self._socket = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for message in ws:
            if message.type is WSMsgType.CLOSE and self.ignore_close:
                self.record.close_code = message.data
                self.record.closed.set()
                await asyncio.sleep(3600)
            if message.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            if payload["op"] == 1:
                await ws.send_str(json.dumps({"op": 11, "d": None}))
            elif payload["op"] == 2:
                await ws.send_str(json.dumps(_ready(self.port)))
                self.record.identified.set()
        self.record.close_code = ws.close_code
        self.record.closed.set()
        return ws


def _json(data: object, status: int = 200) -> web.Response:
    """JSON as Discord sends it: discord.py parses only an exact "application/json"."""
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def _application() -> dict[str, Any]:
    return {
        "id": APPLICATION_ID,
        "name": "newsbot",
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": {**BOT_USER, "id": "700000000000000002", "username": "owner", "bot": False},
        "verify_key": "0" * 64,
        "flags": 0,
    }


def _interaction(interaction_id: str, command: str) -> dict[str, Any]:
    user = {**BOT_USER, "id": "700000000000000003", "username": "reader", "bot": False}
    channel = {"id": "700000000000000004", "type": 1, "recipients": [user]}
    return {
        "id": interaction_id,
        "application_id": APPLICATION_ID,
        "type": 2,
        "token": f"token-{interaction_id}",
        "version": 1,
        "data": {"id": "700000000000000005", "name": command, "type": 1},
        "channel_id": channel["id"],
        "channel": channel,
        "user": user,
        "locale": "en-GB",
        "app_permissions": "0",
        "attachment_size_limit": 10_485_760,
        "entitlements": [],
        "authorizing_integration_owners": {"1": user["id"]},
        "context": 1,
    }


def _ready(port: int) -> dict[str, Any]:
    return {
        "op": 0,
        "s": 1,
        "t": "READY",
        "d": {
            "v": 10,
            "user": BOT_USER,
            "guilds": [],
            "session_id": "standin-session",
            "resume_gateway_url": f"ws://127.0.0.1:{port}/gateway",
            "shard": [0, 1],
            "application": {"id": APPLICATION_ID, "flags": 0},
        },
    }


class BotProcess:
    """`python -m bot` in a subprocess, pointed at `standin`; its log is read as it comes
    by a thread, and `eof` is set once every process holding the log's pipe has gone
    (the bot and anything it started)."""

    def __init__(
        self, standin: StandIn, folder: Path, *extra: str, articles: Path | None = None
    ) -> None:
        clean = {k: v for k, v in os.environ.items() if k not in {"ARTICLES_DIR", "LOG_LEVEL"}}
        env = {
            **clean,
            "DISCORD_TOKEN": "standin.token.value",
            "PYTHONPATH": str(PROJECT_ROOT),  # this checkout's code, not the installed one
            "DATA_DIR": str(folder / "data"),
            "WATCH_ARTICLES": "true",
            "SHARD_COUNT": "",
        }
        if articles is not None:
            env["ARTICLES_DIR"] = str(articles)
        self.lines: list[str] = []
        self.eof = threading.Event()
        self._changed = threading.Condition()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.standin_discord", standin.api, *extra],
            cwd=folder,  # no developer .env
            env=env,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._read, name="bot-log", daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self.eof.set()
            self._changed.notify_all()

    def log(self) -> str:
        return "".join(self.lines)

    def wait_for(self, text: str, timeout: float = 60) -> None:
        def seen() -> bool:
            return any(text in line for line in self.lines)

        with self._changed:
            self._changed.wait_for(lambda: seen() or self.eof.is_set(), timeout)
            if not seen():
                raise AssertionError(f"never logged {text!r}:\n{self.log()}")

    def stop(
        self, sig: signal.Signals = signal.SIGTERM, limit: float = 15
    ) -> tuple[int, float, str]:
        """Send `sig`: (exit status, seconds from the signal to the exit, the whole log)."""
        sent = time.perf_counter()
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=limit)
        elapsed = time.perf_counter() - sent
        self.eof.wait(5)
        return code, elapsed, self.log()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def measure(runs: int) -> int:
    """Print the time from SIGTERM to exit over `runs` clean stops of a connected bot."""
    exits, stops = [], []
    for run in range(1, runs + 1):
        with StandIn() as standin, tempfile.TemporaryDirectory() as folder:
            bot = BotProcess(standin, Path(folder))
            try:
                bot.wait_for("connected as newsbot")
                time.sleep(0.2)
                code, elapsed, log = bot.stop()
            finally:
                bot.kill()
            stopped = re.search(r"stopped cleanly in (\d+) ms", log)
            exits.append(elapsed * 1000)
            stops.append(float(stopped.group(1)) if stopped else float("nan"))
            print(
                f"run {run}: exit {code}, SIGTERM to exit {elapsed * 1000:.0f} ms, "
                f"clean stop {stops[-1]:.0f} ms, gateway close code {standin.record.close_code}"
            )
    print(
        f"SIGTERM to exit over {runs} runs: median {statistics.median(exits):.0f} ms, "
        f"max {max(exits):.0f} ms; the clean stop itself: median "
        f"{statistics.median(stops):.0f} ms, max {max(stops):.0f} ms"
    )
    return 0


def _die_with_the_test_process() -> None:
    """On Linux, be killed when the test process that started this one dies: a test run
    killed outright leaves no bot reconnecting to a stand-in that is gone."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() == 1:  # it died before the line above
        os._exit(1)


def _launch(argv: list[str]) -> int:
    """Run `python -m bot` with Discord's API address pointed at the stand-in."""
    _die_with_the_test_process()
    import discord.http

    discord.http.Route.BASE = argv[0]
    if "--slow-stop" in argv:
        _register_slow_service(float(argv[argv.index("--slow-stop") + 1]))
    if "--slow-command" in argv:
        _register_slow_command(float(argv[argv.index("--slow-command") + 1]))
    if "--slow-start" in argv:
        _slow_start(float(argv[argv.index("--slow-start") + 1]))
    if "--drain" in argv:
        _drain_for(float(argv[argv.index("--drain") + 1]))
    _report_the_http_session()
    from bot.cli import main

    return main(["run"])


def _drain_for(seconds: float) -> None:
    """Commands in flight get `seconds` to finish when the bot stops (DRAIN_SECONDS is
    short for real use; a test on a loaded machine needs room to look meanwhile)."""
    from bot.app import ArticleBot

    defaults = ArticleBot.shutdown.__kwdefaults__
    assert defaults is not None and "drain_seconds" in defaults
    defaults["drain_seconds"] = seconds


def _slow_start(seconds: float) -> None:
    """Building the bot takes `seconds` (a stand-in for slow imports and set-up)."""
    import logging

    from bot.app import ArticleBot

    original = ArticleBot.__init__

    def __init__(self: ArticleBot, *args: Any, **kwargs: Any) -> None:
        logging.getLogger("standin").info("building the bot")
        time.sleep(seconds)
        original(self, *args, **kwargs)

    ArticleBot.__init__ = __init__  # type: ignore[method-assign]


def _report_the_http_session() -> None:
    """Log whether discord.py's HTTP session is closed once the bot has closed (it is
    private to discord.py, so only the tests look)."""
    import logging

    from bot.app import ArticleBot

    original = ArticleBot.close

    async def close(self: ArticleBot) -> None:
        await original(self)
        session = getattr(self.http, "_HTTPClient__session", None)
        closed = session is None or session.closed
        logging.getLogger("standin").info("HTTP session closed: %s", closed)

    ArticleBot.close = close  # type: ignore[method-assign]


def _register_slow_service(seconds: float) -> None:
    from bot.app import ArticleBot

    class Slow:
        async def stop(self) -> None:
            await asyncio.sleep(seconds)

        def health(self) -> str:
            return "slow to stop"

    original = ArticleBot.setup_hook

    async def setup_hook(self: ArticleBot) -> None:
        self.services.add("slow", Slow())
        await original(self)

    ArticleBot.setup_hook = setup_hook  # type: ignore[method-assign]


def _register_slow_command(seconds: float) -> None:
    """/slow: says it started in the log, works until the process gets SIGUSR1 (the
    test's word that it has seen what it wanted meanwhile) or for `seconds` at most,
    then answers."""
    import logging

    import discord
    from discord import app_commands

    from bot.app import ArticleBot

    released = asyncio.Event()

    @app_commands.command(name="slow", description="Takes a while")
    async def slow(interaction: discord.Interaction) -> None:
        logging.getLogger("standin").info("slow command started")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(released.wait(), seconds)
        await interaction.response.send_message("slow command done")

    original = ArticleBot.setup_hook

    async def setup_hook(self: ArticleBot) -> None:
        await original(self)
        self.tree.add_command(slow)
        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, released.set)

    ArticleBot.setup_hook = setup_hook  # type: ignore[method-assign]


if __name__ == "__main__":
    if sys.argv[1:2] == ["measure"]:
        raise SystemExit(measure(int(sys.argv[2]) if len(sys.argv) > 2 else 10))
    raise SystemExit(_launch(sys.argv[1:]))
