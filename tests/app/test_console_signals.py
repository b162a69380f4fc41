"""The console and `ask` stop cleanly on SIGTERM and SIGINT: no traceback, a line on
stderr, and an exit status that says what happened (0 for leaving the console, 128 +
the signal for `ask` cut short)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from config.settings import PROJECT_ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def start(tmp: Path, *args: str) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "ARTICLES_DIR"}}
    env = {
        **clean,
        "PYTHONPATH": str(PROJECT_ROOT),  # this checkout's code, not the installed one
        "PYTHONUNBUFFERED": "1",
        "DATA_DIR": str(tmp / "data"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(proc: subprocess.Popen[str], sig: signal.Signals) -> tuple[int, float, str]:
    sent = time.perf_counter()
    proc.send_signal(sig)
    try:
        code = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    elapsed = time.perf_counter() - sent
    assert proc.stderr is not None
    return code, elapsed, proc.stderr.read()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_the_console_leaves_cleanly(tmp_path, sig):
    proc = start(tmp_path, "console")
    assert proc.stdout is not None
    assert "Type /help" in proc.stdout.readline()  # waiting at the prompt now
    code, elapsed, err = stop(proc, sig)
    assert code == 0
    assert elapsed < 5
    assert f"stopped by {sig.name}" in err
    assert "Traceback" not in err


def test_ask_cut_short_says_so_and_exits_non_zero(tmp_path):
    proc = start(tmp_path, "ask", "--json")
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("/articles\n")
    proc.stdin.flush()
    assert proc.stdout.readline().startswith('{"command": "/articles"')
    code, elapsed, err = stop(proc, signal.SIGTERM)  # more lines could still come
    assert code == 128 + signal.SIGTERM
    assert elapsed < 5
    assert "stopped by SIGTERM" in err
    assert "Traceback" not in err
