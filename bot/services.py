"""The bot's long-lived parts, stopped in reverse start order, and the commands in flight.

Anything that runs for the bot's whole life (the file watcher, the feed poller, the
analysis cache, the database) registers itself with `bot.services`, so a stop reaches
it without the runner knowing it exists:

    bot.services.add("feeds", poller)          # has stop() or close(), sync or async
    bot.services.add_task("watcher", coro)     # a task: cancelled on stop

A service may also report its health for /stats and the log with `health()`, returning
either a line of text or a mapping of short labels to values (see bot/health.py).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

log = logging.getLogger(__name__)

STOP_SECONDS = 2.0  # for one service, at most
STOP_ALL_SECONDS = 2.5  # for all of them together
Health = Mapping[str, str] | str


@runtime_checkable
class Stoppable(Protocol):
    """A service stopped by `stop()`; `close()` is accepted too (databases have it)."""

    def stop(self) -> Awaitable[None] | None: ...


@runtime_checkable
class Reporting(Protocol):
    """A service that can say how it is doing, cheaply and without blocking."""

    def health(self) -> Health: ...


class TaskService:
    """A background task as a service: stopping cancels it and waits for it to end.
    A `quiet` one is left out of health reports unless it failed."""

    def __init__(self, task: asyncio.Task[Any], *, quiet: bool = False) -> None:
        self.task = task
        self.quiet = quiet

    async def stop(self) -> None:
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            if not self.task.cancelled():  # we were cancelled ourselves, not the task
                raise
        except Exception:
            log.exception("task %s failed while stopping", self.task.get_name())

    def health(self) -> str:
        if not self.task.done() or self.task.cancelled():
            state = "running" if not self.task.done() else "stopped"
            return "" if self.quiet else state
        error = self.task.exception()
        if error is None:
            return "" if self.quiet else "finished"
        return f"failed: {type(error).__name__}: {error}"


@dataclass
class StopReport:
    """What stopping the services did, for the one log line."""

    stopped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # raised or timed out (logged)


class Services:
    """Registered services, in start order. Stopping goes newest first, each service
    given at most `STOP_SECONDS`, so one that hangs cannot keep the bot from exiting."""

    def __init__(self) -> None:
        self._items: list[tuple[str, object]] = []
        self._late: set[asyncio.Future[Any]] = set()
        self.closed = False

    def __iter__(self) -> Iterator[tuple[str, object]]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._items]

    def get(self, name: str) -> object | None:
        return next((service for known, service in self._items if known == name), None)

    def add(self, name: str, service: object) -> object:
        """Register `service` (it must have `stop()` or `close()`); returns it."""
        if _stopper(service) is None:
            raise TypeError(f"service {name!r} has neither stop() nor close()")
        if self.closed:  # registered during or after the stop: stop it straight away
            log.warning("service %s registered while stopping; stopping it now", name)
            stop = _stopper(service)
            assert stop is not None
            result = stop()
            if inspect.isawaitable(result):
                late = asyncio.ensure_future(result)
                self._late.add(late)
                late.add_done_callback(self._late.discard)
            return service
        self._items.append((name, service))
        return service

    def report(self, name: str, health: Callable[[], Health]) -> None:
        """Register a health report with nothing to stop (the feeds' poll state read
        from the database, say): listed on /stats and in the log like a service's."""
        self.add(name, _Report(health))

    def add_task(
        self, name: str, coro: Coroutine[Any, Any, Any], *, quiet: bool = False
    ) -> asyncio.Task[Any] | None:
        """Run `coro` as a named task, cancelled when the services stop (None, and the
        coroutine is not run, when they already have). `quiet`: reported only if it fails."""
        if self.closed:
            coro.close()
            return None
        task = asyncio.create_task(coro, name=name)
        self._items.append((name, TaskService(task, quiet=quiet)))
        return task

    async def stop_all(self, *, budget: float = STOP_ALL_SECONDS) -> StopReport:
        """Stop every service, newest first, within `budget` seconds in all. Later calls
        do nothing: a stop is once."""
        report = StopReport()
        if self.closed:
            return report
        self.closed = True
        deadline = time.monotonic() + budget
        for name, service in reversed(self._items):
            if isinstance(service, _Report):
                continue  # nothing to stop
            remaining = min(STOP_SECONDS, deadline - time.monotonic())
            if await _stop_one(name, service, max(remaining, 0.05)):
                report.stopped.append(name)
            else:
                report.failed.append(name)
        return report

    def health(self) -> list[tuple[str, str]]:
        """(name, text) for every service that reports; a failing report says so."""
        lines = []
        for name, service in self._items:
            if not isinstance(service, Reporting):
                continue
            try:
                text = render_health(service.health())
            except Exception as exc:
                log.warning("health of %s failed: %s", name, exc)
                text = f"health report failed ({type(exc).__name__})"
            if text:
                lines.append((name, text))
        return lines


class _Report:
    def __init__(self, health: Callable[[], Health]) -> None:
        self.health = health

    def stop(self) -> None:
        """Nothing to stop."""


def render_health(health: Health) -> str:
    """A health report as one short text: mappings as "label: value" joined by commas."""
    if isinstance(health, str):
        return health
    return ", ".join(f"{label}: {value}" for label, value in health.items())


def _stopper(service: object) -> Callable[[], Any] | None:
    for name in ("stop", "close"):
        method = getattr(service, name, None)
        if callable(method):
            return method
    return None


async def _stop_one(name: str, service: object, timeout: float) -> bool:
    """Stop one service; False (logged) when it raised or took longer than `timeout`."""
    stop = _stopper(service)
    assert stop is not None
    started = time.perf_counter()
    try:
        result = stop()  # synchronous closes run here, on the thread that owns them
        if inspect.isawaitable(result):
            await asyncio.wait_for(_awaited(result), timeout)
    except TimeoutError:
        log.error("service %s did not stop within %.1f s; leaving it", name, timeout)
        return False
    except Exception:
        log.exception("service %s failed to stop", name)
        return False
    log.debug("stopped %s in %.0f ms", name, (time.perf_counter() - started) * 1000)
    return True


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


class InFlight:
    """Commands being answered now, so a stop can let them finish first."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def __len__(self) -> int:
        return sum(1 for task in self._tasks if not task.done())

    def track(self, task: asyncio.Task[Any] | None) -> None:
        if task is None or task.done():
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, timeout: float) -> tuple[int, int]:
        """Wait up to `timeout` for the commands in flight; cancel the rest. Returns
        (finished, cancelled). Commands that start while draining are waited for too."""
        current = asyncio.current_task()
        finished = 0
        deadline = time.monotonic() + timeout
        while True:
            pending = {task for task in self._tasks if task is not current and not task.done()}
            if not pending:
                return finished, 0
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            done, _ = await asyncio.wait(pending, timeout=remaining)
            finished += len(done)
        for task in pending:
            task.cancel()
        await asyncio.wait(pending, timeout=0.5)
        return finished, len(pending)
