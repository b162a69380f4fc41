"""SIGTERM and SIGINT for the synchronous front ends (the console and `ask`): both raise
`Stopped` in the main thread, so the program leaves through its own `finally` blocks
and exits with a status of its choosing instead of dying mid-line (SIGTERM) or with a
traceback (Ctrl-C). The bot itself handles them on its event loop (bot/runner.py)."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType
from typing import ParamSpec

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
P = ParamSpec("P")


class Stopped(BaseException):
    """A stop signal arrived; `signum` says which. A BaseException, like
    KeyboardInterrupt, so that no `except Exception` on the way swallows it (logging's
    own error handling would, if the signal lands while a line is being written)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name

    @property
    def exit_status(self) -> int:
        """128 + the signal's number, as a shell reports a program stopped by it."""
        return 128 + self.signum


@contextlib.contextmanager
def stop_signals_raise() -> Iterator[None]:
    """Inside: the first SIGTERM/SIGINT raises `Stopped`, a second one exits at once.
    Outside the main thread (where handlers cannot be set) it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    raised = False

    def handler(signum: int, _frame: FrameType | None) -> None:
        nonlocal raised
        if raised:  # already stopping: the second signal is "now"
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            os._exit(128 + signum)
        raised = True
        raise Stopped(signum)

    previous = {sig: signal.signal(sig, handler) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


# seconds a stopped front end waits for its other threads (a cache write) before it leaves
EXIT_GRACE = 5.0


def leave_within(grace: float, code: int) -> None:
    """Wait up to `grace` for the threads a normal exit would wait for (the non-daemon
    analysis-cache writer, an executor's workers); if any is still busy then, leave at
    once with `code` instead of hanging on it: a stop signal asks for a prompt exit, and
    the cache's writes are transactions, whole or not at all."""
    deadline = time.monotonic() + grace
    waited = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    for thread in waited:
        thread.join(max(deadline - time.monotonic(), 0))
    if any(t.is_alive() for t in waited):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def leaves_on_stop_signal(
    status: int | None = None,
) -> Callable[[Callable[P, int]], Callable[P, int]]:
    """Run a front end with `stop_signals_raise`; on a stop signal, say so on stderr and
    return `status` (None: 128 + the signal's number, for work cut short)."""

    def decorate(run: Callable[P, int]) -> Callable[P, int]:
        @functools.wraps(run)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> int:
            try:
                with stop_signals_raise():
                    return run(*args, **kwargs)
            except Stopped as stop:
                print(f"\nstopped by {stop.name}", file=sys.stderr)
                code = stop.exit_status if status is None else status
                leave_within(EXIT_GRACE, code)
                return code

        return wrapper

    return decorate
