"""The console and `ask` stop cleanly on SIGTERM and SIGINT: no traceback, a line on
stderr, and an exit status that says what happened (0 for leaving the console, 128 +
the signal for `ask` cut short).

The signal is sent once the program has said it is ready (its first line of output),
never after a fixed delay, and every wait is bounded but generous: a loaded machine
slows the start and the exit, it must not fail the test."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from config.settings import PROJECT_ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
READY_WITHIN = 60.0  # seconds for the interpreter to start and load the seeds
EXIT_WITHIN = 60.0  # seconds the test waits for the exit before failing
PROMPT_EXIT = 15.0  # what counts as leaving promptly (well under a second unloaded)


class Program:
    """`python -m bot ARGS` with both pipes read by threads as the lines come (a full
    pipe never blocks it), so every wait has a deadline."""

    def __init__(self, tmp: Path, *args: str) -> None:
        clean = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "ARTICLES_DIR"}}
        env = {
            **clean,
            "PYTHONPATH": str(PROJECT_ROOT),  # this checkout's code, not the installed one
            "PYTHONUNBUFFERED": "1",
            "PYTHONFAULTHANDLER": "1",  # a hang is shown: SIGABRT dumps every thread
            "DATA_DIR": str(tmp / "data"),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=tmp,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.stdout: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self._readers = [
            threading.Thread(target=self._drain, args=(self.proc.stdout, self.stdout.put)),
            threading.Thread(target=self._drain, args=(self.proc.stderr, self.stderr.append)),
        ]
        for reader in self._readers:
            reader.daemon = True
            reader.start()

    @staticmethod
    def _drain(pipe: IO[str], put: Callable[[str], object]) -> None:
        for line in pipe:
            put(line)
        put("")  # end of output

    def line(self, timeout: float = READY_WITHIN) -> str:
        """The next line of output ('' once it has ended)."""
        try:
            return self.stdout.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            err = "".join(self.stderr)
            raise AssertionError(f"no output within {timeout} s:\n{err}") from None

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text)
        self.proc.stdin.flush()

    def stop(self, sig: signal.Signals) -> tuple[int, float, str]:
        """Send `sig`: (exit status, seconds from the signal to the exit, stderr)."""
        sent = time.perf_counter()
        self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=EXIT_WITHIN)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGABRT)  # the faulthandler's dump of every thread
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=10)
            for reader in self._readers:
                reader.join(timeout=10)
            raise AssertionError(
                f"no exit within {EXIT_WITHIN} s:\n{''.join(self.stderr)}"
            ) from None
        finally:
            self.kill()
        elapsed = time.perf_counter() - sent
        for reader in self._readers:
            reader.join(timeout=EXIT_WITHIN)
        return code, elapsed, "".join(self.stderr)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_the_console_leaves_cleanly(tmp_path, sig):
    program = Program(tmp_path, "console")
    assert "Type /help" in program.line()  # waiting at the prompt now
    code, elapsed, err = program.stop(sig)
    assert code == 0
    assert elapsed < PROMPT_EXIT
    assert f"stopped by {sig.name}" in err
    assert "Traceback" not in err


def test_ask_cut_short_says_so_and_exits_non_zero(tmp_path):
    program = Program(tmp_path, "ask", "--json")
    program.send("/articles\n")
    assert program.line().startswith('{"command": "/articles"')
    code, elapsed, err = program.stop(signal.SIGTERM)  # more lines could still come
    assert code == 128 + signal.SIGTERM
    assert elapsed < PROMPT_EXIT
    assert "stopped by SIGTERM" in err
    assert "Traceback" not in err


def _leave_within(body: str) -> subprocess.CompletedProcess[str]:
    script = f"import threading, time\nfrom bot.signals import leave_within\n{body}"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )


def test_a_stopped_front_end_does_not_wait_on_a_stuck_thread() -> None:
    # a non-daemon thread that never ends would hold a normal exit for ever
    done = _leave_within(
        "threading.Thread(target=threading.Event().wait).start()\n"
        "leave_within(0.2, 7)\n"
        "print('not reached')"
    )
    assert done.returncode == 7
    assert "not reached" not in done.stdout


def test_a_thread_that_ends_within_the_grace_is_waited_for() -> None:
    done = _leave_within(
        "threading.Thread(target=time.sleep, args=(0.1,)).start()\n"
        "leave_within(10, 7)\n"
        "print('went on')"
    )
    assert done.returncode == 0
    assert "went on" in done.stdout
