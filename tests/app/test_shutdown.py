"""The clean stop inside the bot: commands in flight finish, new ones hear "restarting",
services stop newest first within their time; and the health /stats shows (SimCord)."""

from __future__ import annotations

import asyncio

import pytest

from bot import services as services_module
from bot.app import ArticleBot
from bot.health import GatewayHealth, ago, feeds_health, health_line
from bot.services import InFlight, Services, render_health
from bot.state import State
from tests.support.helpers import make_settings


class Recorder:
    """A service that notes when it stops, optionally slowly, optionally failing."""

    def __init__(self, log: list[str], name: str, *, delay: float = 0, fail: bool = False):
        self.log, self.name, self.delay, self.fail = log, name, delay, fail

    async def stop(self) -> None:
        await asyncio.sleep(self.delay)
        if self.fail:
            raise RuntimeError("disk gone")
        self.log.append(self.name)


class Database:
    """A synchronous close(), as sqlite3 has: run on the loop's thread."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def close(self) -> None:
        self.log.append("database")

    def health(self) -> dict[str, str]:
        return {"schema": "3", "size": "12 KB"}


async def test_services_stop_newest_first_and_once():
    stopped: list[str] = []
    services = Services()
    services.add("database", Database(stopped))
    services.add("cache", Recorder(stopped, "cache"))
    services.add("feeds", Recorder(stopped, "feeds"))

    report = await services.stop_all()
    assert stopped == ["feeds", "cache", "database"]
    assert report.stopped == ["feeds", "cache", "database"] and report.failed == []
    assert (await services.stop_all()).stopped == []  # a stop is once
    assert stopped == ["feeds", "cache", "database"]


async def test_a_failing_or_hanging_service_does_not_stop_the_others(monkeypatch):
    # a shorter limit for one service, so as not to wait the real one out (the runner's
    # subprocess test waits out the real limit)
    limit = 0.3
    monkeypatch.setattr(services_module, "STOP_SECONDS", limit)
    stopped: list[str] = []
    services = Services()
    services.add("first", Recorder(stopped, "first"))
    services.add("hangs", Recorder(stopped, "hangs", delay=60))
    services.add("broken", Recorder(stopped, "broken", fail=True))
    loop = asyncio.get_running_loop()
    started = loop.time()

    report = await services.stop_all()
    assert stopped == ["first"]
    assert report.failed == ["broken", "hangs"]
    assert limit <= loop.time() - started < limit + 1


def test_a_service_needs_a_way_to_stop():
    with pytest.raises(TypeError, match="neither stop"):
        Services().add("mute", object())


async def test_tasks_are_services_cancelled_on_stop():
    services = Services()
    started = asyncio.Event()

    async def forever() -> None:
        started.set()
        await asyncio.sleep(3600)

    task = services.add_task("poller", forever())
    assert task is not None
    await started.wait()
    assert services.health() == [("poller", "running")]
    await services.stop_all()
    assert task.cancelled()
    # registered after the stop: never started
    late = forever()
    assert services.add_task("late", late) is None
    assert late.cr_frame is None  # closed without running


async def test_health_lists_reporting_services_and_survives_a_broken_report():
    class Broken:
        def close(self) -> None:
            pass

        def health(self) -> str:
            raise ValueError("no")

    async def crash() -> None:
        raise OSError("feed unreachable")

    services = Services()
    services.add("database", Database([]))
    services.add("broken", Broken())
    services.add_task("quiet-ok", asyncio.sleep(0), quiet=True)
    services.add_task("quiet-failed", crash(), quiet=True)
    await asyncio.sleep(0.01)
    assert services.health() == [
        ("database", "schema: 3, size: 12 KB"),
        ("broken", "health report failed (ValueError)"),
        ("quiet-failed", "failed: OSError: feed unreachable"),
    ]
    assert render_health("all good") == "all good"


async def test_drain_waits_for_commands_then_cuts_the_rest_short():
    in_flight = InFlight()
    quick = asyncio.create_task(asyncio.sleep(0.05))
    slow = asyncio.create_task(asyncio.sleep(60))
    in_flight.track(quick)
    in_flight.track(slow)
    assert len(in_flight) == 2

    finished, cancelled = await in_flight.drain(0.3)
    assert (finished, cancelled) == (1, 1)
    assert quick.done() and not quick.cancelled()
    assert slow.cancelled()
    assert len(in_flight) == 0


async def test_shutdown_lets_commands_finish_then_stops_services_then_closes(seed_library):
    order: list[str] = []
    bot = ArticleBot(make_settings(), library=seed_library)
    bot.services.add("feeds", Recorder(order, "feeds"))

    async def command() -> None:
        await asyncio.sleep(0.1)
        order.append("command")

    async with bot:  # as the runner does: the client's loop-bound parts exist
        bot.in_flight.track(asyncio.create_task(command()))
        summary = await bot.shutdown(drain_seconds=2)
    assert order == ["command", "feeds"]
    assert bot.stopping and bot.is_closed()
    assert (summary.finished, summary.cancelled, summary.stopped) == (1, 0, ["feeds"])
    assert summary.describe() == "1 command(s) finished, 1 service(s) stopped"


def test_gateway_health_counts_reconnects_per_shard():
    health = GatewayHealth()
    health.connected(0)
    health.connected(1)
    assert health.reconnects == 0 and health.describe() == "none"
    health.disconnected(0)
    health.resumed(0)
    health.disconnected(1)
    health.connected(1)  # the resume was refused: a new session
    assert health.reconnects == 2
    assert health.describe().startswith("2 (1 resumed, 1 new session); last drop ")
    durations = [ago(5), ago(125), ago(3 * 3600 + 300), ago(3 * 86400)]
    assert durations == ["5s", "2m", "3h 05m", "3d 0h"]


def test_the_health_line_for_the_log():
    services = Services()
    services.add("database", Database([]))
    line = health_line(0.0421, GatewayHealth(), services)
    assert line == "health: latency 42 ms; reconnects none; database: schema: 3, size: 12 KB"
    assert "latency —" in health_line(float("inf"), GatewayHealth(), Services())


# Through SimCord: what Discord users and operators see.


class Cache:
    def close(self) -> None:
        pass

    def health(self) -> dict[str, str]:
        return {"entries": "1,204", "hits": "98%", "last write": "3m ago"}


async def test_stats_shows_reconnects_and_service_health(simcord_env, room):
    channel, alice, _ = room
    bot = simcord_env.bot
    bot.services.add("cache", Cache())
    shard = bot.get_shard(0)
    await shard.disconnect()
    await shard.reconnect()  # a fresh IDENTIFY, as after a refused resume

    embed = (await alice.slash(channel, "stats")).response.embeds[0]
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Reconnects"].startswith("1 (0 resumed, 1 new session); last drop")
    assert fields["cache"] == "entries: 1,204, hits: 98%, last write: 3m ago"
    assert "Gateway latency" in fields


async def test_a_command_during_the_stop_hears_restarting(simcord_env, room):
    channel, alice, _ = room
    simcord_env.bot.stopping = True
    result = await alice.slash(channel, "whosaid", quote="critical moment")
    assert result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "Restarting"
    assert "try again in a moment" in embed.description
    assert simcord_env.errors  # the refusal went through the error handler


async def test_a_mention_during_the_stop_hears_restarting(simcord_env, room):
    channel, alice, _ = room
    bot = simcord_env.bot
    bot.stopping = True
    question = await alice.send(channel, f"{bot.user.mention} who said critical moment?")
    await simcord_env.settle()
    reply = channel.last_message
    assert reply.author.id == bot.user.id
    assert reply.reference is not None and reply.reference.message_id == question.id
    assert reply.embeds[0].title == "Restarting"

    plain = await alice.send(channel, "no mention here")
    await simcord_env.settle()
    assert channel.last_message.id == plain.id


def test_feeds_health_tells_the_last_poll_and_the_failing_feeds(tmp_path):
    state = State.open(tmp_path)
    try:
        assert feeds_health(state.feeds(), 1000.0) == {"followed": "none"}
        harbour = state.subscribe("https://harbour.example/rss", guild_id=1, channel_id=2).feed_id
        council = state.subscribe("https://council.example/feed", guild_id=1, channel_id=2).feed_id
        state.subscribe("https://weather.example/rss", guild_id=1, channel_id=2)
        state.record_success(harbour, now=1000.0, next_poll=1900.0, etag=None, last_modified=None)
        state.record_failure(
            council, "timed out after 10 s", now=1100.0, next_poll=1200.0, pause_after=5
        )
        assert feeds_health(state.feeds(), 1000.0 + 7 * 60) == {
            "followed": "3",
            "last poll": "7m ago",
            "failing": "1 (e.g. council.example: timed out after 10 s)",
        }
    finally:
        state.close()


async def test_stats_lists_the_feeds_and_the_state_database(simcord_env, room):
    channel, alice, _ = room
    bot = simcord_env.bot
    bot.state.subscribe("https://harbour.example/rss", guild_id=1, channel_id=2)
    embed = (await alice.slash(channel, "stats")).response.embeds[0]
    fields = {f.name: f.value for f in embed.fields}
    assert fields["state"].startswith("schema version ")
    assert fields["feeds"] == "followed: 1, last poll: none yet, failing: none"
