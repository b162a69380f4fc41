"""The real runner in a subprocess against a stand-in Discord on 127.0.0.1: SIGTERM and
SIGINT stop it cleanly (a normal gateway close, one log line, exit 0 within 10 s), a
second signal exits at once, and a stop during login is clean too.

A test marked `bot_process(*args, **stand_in)` gets `started`: its own stand-in and bot
(`args` for the bot, `stand_in` for the stand-in), started with every other marked test's
before the first of them runs. Starting is most of each test's time, nearly all of it the
interpreter importing the bot; started together they overlap instead of queueing, and
an idle bot waiting for its test costs nothing. Each test still stops its own bot."""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.helpers import write
from tests.support.standin_discord import BotProcess, StandIn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
LIMIT = 10.0


@dataclass
class Started:
    standin: StandIn
    bot: BotProcess


@pytest.fixture(scope="module")
def started_bots(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Started]]:
    """The bots of this module's selected `bot_process` tests, by test id."""
    started: dict[str, Started] = {}
    with contextlib.ExitStack() as stack:
        for item in request.session.items:
            marker = item.get_closest_marker("bot_process")
            if marker is None or getattr(item, "module", None) is not request.module:
                continue
            standin = stack.enter_context(StandIn(**marker.kwargs))
            folder = tmp_path_factory.mktemp("bot")
            bot = BotProcess(standin, folder, *marker.args)
            stack.callback(bot.kill)  # before its stand-in stops (last in, first out)
            started[item.nodeid] = Started(standin, bot)
        yield started


@pytest.fixture
def started(started_bots: dict[str, Started], request: pytest.FixtureRequest) -> Started:
    return started_bots[request.node.nodeid]


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.mark.bot_process()
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_a_signal_stops_the_connected_bot_cleanly(started, sig):
    standin, bot = started.standin, started.bot
    try:
        bot.wait_for("has connected to Gateway")  # READY received
        code, elapsed, log = bot.stop(sig)
    finally:
        bot.kill()
    assert code == 0, log
    assert elapsed < LIMIT
    assert standin.record.closed.wait(5)
    assert standin.record.close_code == 1000  # a normal close, not a dropped socket
    assert "stopped cleanly in" in log and f"after {sig.name}" in log
    assert "Traceback" not in log
    assert "HTTP session closed: True" in log
    # the quote reader, the watcher, the state database, the feed poller and the health
    # log are stopped as services (the analysis cache's report has nothing to stop)
    assert "5 service(s) stopped" in log, log


@pytest.mark.bot_process("--slow-stop", "30")
def test_a_second_signal_exits_at_once(started):
    bot = started.bot
    try:
        bot.wait_for("has connected to Gateway")
        bot.proc.send_signal(signal.SIGTERM)
        bot.wait_for("SIGTERM received: stopping")
        code, elapsed, log = bot.stop(signal.SIGTERM)
    finally:
        bot.kill()
    assert code == 128 + signal.SIGTERM, log
    assert elapsed < 2
    assert "SIGTERM again: exiting at once" in log
    assert "stopped cleanly" not in log


@pytest.mark.bot_process("--slow-stop", "30")
def test_a_service_that_hangs_cannot_hold_the_stop_past_the_limit(started):
    standin, bot = started.standin, started.bot
    try:
        bot.wait_for("has connected to Gateway")
        code, elapsed, log = bot.stop()
    finally:
        bot.kill()
    assert code == 0, log
    assert elapsed < LIMIT
    assert "service slow did not stop within" in log
    assert "failed to stop: slow" in log
    assert standin.record.close_code == 1000


@pytest.mark.bot_process(ignore_close=True)
def test_a_gateway_that_never_answers_the_close_cannot_hold_the_stop(started):
    standin, bot = started.standin, started.bot
    try:
        bot.wait_for("has connected to Gateway")
        code, elapsed, log = bot.stop()
    finally:
        bot.kill()
    assert code == 0, log
    assert elapsed < LIMIT
    assert standin.record.close_code == 1000  # the close frame was sent all the same
    assert "stopped cleanly in" in log


@pytest.mark.bot_process("--slow-start", "600")  # still building when its test runs
def test_a_stop_while_the_bot_is_being_built_is_clean(started):
    standin, bot = started.standin, started.bot
    try:
        bot.wait_for("building the bot")
        code, elapsed, log = bot.stop()
    finally:
        bot.kill()
    assert code == 0, log
    # prompt, within the bound the other stops get (2 s failed once on a loaded machine)
    assert elapsed < LIMIT
    assert "SIGTERM received while starting: stopped before connecting" in log
    assert "Traceback" not in log
    assert standin.record.requests == []  # it never reached Discord


@pytest.mark.bot_process(hang_login=True)
def test_a_stop_while_logging_in_is_clean(started):
    standin, bot = started.standin, started.bot
    try:
        bot.wait_for("logging in using static token")
        assert standin.record.login_asked.wait(LIMIT)  # and waiting for the answer
        code, elapsed, log = bot.stop()
    finally:
        bot.kill()
    assert code == 0, log
    assert elapsed < LIMIT
    assert "stopped cleanly in" in log
    assert "Traceback" not in log


# /slow works until SIGUSR1, sent once the new command has been refused, so the slow one
# is still in flight when that happens; its 30 s cap and the bot's 40 s drain time leave
# room on a loaded machine (the stop waits for /slow, not for the cap)
@pytest.mark.bot_process("--slow-command", "30", "--drain", "40")
def test_a_command_in_flight_finishes_and_a_new_one_hears_restarting(started):
    standin, bot = started.standin, started.bot
    try:
        bot.wait_for("has connected to Gateway")
        standin.slash("800000000000000001", "slow")
        bot.wait_for("slow command started")
        bot.proc.send_signal(signal.SIGTERM)
        bot.wait_for("SIGTERM received: stopping")
        standin.slash("800000000000000002", "stats")  # arrives during the stop
        refused = standin.record.wait_reply("800000000000000002")
        assert "800000000000000001" not in standin.record.replies  # still in flight
        bot.proc.send_signal(signal.SIGUSR1)
        finished = standin.record.wait_reply("800000000000000001")
        code = bot.proc.wait(timeout=LIMIT)
        bot.eof.wait(5)
        log = bot.log()
    finally:
        bot.kill()
    assert refused["data"]["embeds"][0]["title"] == "Restarting"
    assert refused["data"]["flags"] & 64  # ephemeral: only the asker sees it
    assert finished["data"]["content"] == "slow command done"
    assert code == 0, log
    assert "1 command(s) finished" in log
    assert "Traceback" not in log and " ERROR " not in log
    assert standin.record.close_code == 1000


def processes_mentioning(text: str) -> list[str]:
    """Command lines of live multiprocessing processes that mention `text` (a fork
    server started from a folder names it in its sys.path)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if text in cmdline and "multiprocessing" in cmdline:
            found.append(cmdline)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_stop_during_a_large_load_ends_its_worker_processes(standin, tmp_path):
    """The quotes of 1,500 articles are read by worker processes (a fork server and its
    workers); stopped meanwhile, the bot ends them rather than leaving them orphaned."""
    articles = tmp_path / "articles"
    for number in range(1500):
        write(articles, f"story{number:04}.txt", LARGE_LOAD_STORY.format(number=number))
    bot = BotProcess(standin, tmp_path, articles=articles)
    try:
        bot.wait_for("ready: 1,500 articles loaded")
        deadline = time.monotonic() + 30
        while not processes_mentioning(str(tmp_path)) and time.monotonic() < deadline:
            time.sleep(0.05)
        workers_seen = bool(processes_mentioning(str(tmp_path)))
        code, elapsed, log = bot.stop()
    finally:
        bot.kill()
    assert code == 0, log
    assert elapsed < LIMIT
    assert bot.eof.is_set()  # nothing the bot started still holds its log open
    if not workers_seen or "quotes ready" in log:
        pytest.skip("the quotes were read before the stop: nothing to end")
    deadline = time.monotonic() + 0.5  # ended processes take a moment to leave /proc
    while processes_mentioning(str(tmp_path)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes_mentioning(str(tmp_path)) == []  # none left orphaned
    if "not waiting for" in log:  # a load still busy at exit had its workers ended
        assert "worker process(es)" in log


LARGE_LOAD_STORY = (
    "Harbour {number} reopens after storm\n\n"
    "\u201cWe are open again,\u201d the harbour master Ana Ruiz said on Monday. "
    "Crews cleared berth {number} overnight, the port authority said.\n"
)
