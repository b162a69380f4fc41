"""Health an operator can see: gateway latency, reconnects since start, and whatever the
registered services report (the last feed poll and its errors, the cache state).

/stats shows it and the log repeats it every `LOG_EVERY_SECONDS`, so a bot that keeps
reconnecting or whose poller keeps failing shows up without anyone asking.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from bot.services import Services

log = logging.getLogger(__name__)

LOG_EVERY_SECONDS = 1800.0


@dataclass
class GatewayHealth:
    """Connection events per shard, counted from the bot's start.

    discord.py reports `shard_connect` after every IDENTIFY (the first connection and
    each fresh session after a refused resume) and `shard_resumed` after a resume, so
    the reconnects are all resumes plus every connect after a shard's first."""

    connects: Counter[int] = field(default_factory=Counter)
    resumes: Counter[int] = field(default_factory=Counter)
    disconnects: Counter[int] = field(default_factory=Counter)
    last_disconnect: float | None = None  # time.monotonic()

    def connected(self, shard_id: int | None) -> None:
        self.connects[shard_id or 0] += 1

    def resumed(self, shard_id: int | None) -> None:
        self.resumes[shard_id or 0] += 1

    def disconnected(self, shard_id: int | None) -> None:
        self.disconnects[shard_id or 0] += 1
        self.last_disconnect = time.monotonic()

    @property
    def reconnects(self) -> int:
        fresh = sum(max(count - 1, 0) for count in self.connects.values())
        return fresh + sum(self.resumes.values())

    def describe(self) -> str:
        """ "2 (1 resumed, 1 new session); last drop 3m ago", or "none"."""
        if not self.reconnects and not sum(self.disconnects.values()):
            return "none"
        resumed = sum(self.resumes.values())
        text = f"{self.reconnects} ({resumed} resumed, {self.reconnects - resumed} new session)"
        if self.last_disconnect is not None:
            text += f"; last drop {ago(time.monotonic() - self.last_disconnect)} ago"
        return text


def ago(seconds: float) -> str:
    """A short duration: "42s", "7m", "3h 05m", "2d 4h"."""
    seconds = max(int(seconds), 0)
    if seconds < 60:
        return f"{seconds}s"
    minutes, _ = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h {minutes:02d}m"
    days, hours = divmod(hours, 24)
    return f"{days}d {hours}h"


class PolledFeed(Protocol):
    """What a feed's poll state tells (bot/state's Feed has these)."""

    @property
    def url(self) -> str: ...
    @property
    def last_success(self) -> float | None: ...
    @property
    def last_error(self) -> str | None: ...
    @property
    def failures(self) -> int: ...
    @property
    def paused(self) -> bool: ...


def feeds_health(feeds: Sequence[PolledFeed], now: float) -> dict[str, str]:
    """The feeds' polling for /stats: how many, the last successful poll, the feeds now
    failing (with one example's error) and those paused after failing too often."""
    if not feeds:
        return {"followed": "none"}
    polled = [f.last_success for f in feeds if f.last_success is not None]
    failing = [f for f in feeds if f.failures > 0 and not f.paused]
    paused = [f for f in feeds if f.paused]
    report = {
        "followed": str(len(feeds)),
        "last poll": f"{ago(now - max(polled))} ago" if polled else "none yet",
        "failing": "none",
    }
    if failing:
        worst = max(failing, key=lambda f: f.failures)
        host = urlsplit(worst.url).hostname or worst.url
        error = (worst.last_error or "unknown error").splitlines()[0][:120]
        report["failing"] = f"{len(failing)} (e.g. {host}: {error})"
    if paused:
        report["paused"] = str(len(paused))
    return report


def latency_text(latency_seconds: float | None) -> str:
    if latency_seconds is None or not math.isfinite(latency_seconds):
        return "—"
    return f"{latency_seconds * 1000:.0f} ms"


def health_line(latency_seconds: float | None, gateway: GatewayHealth, services: Services) -> str:
    """Everything on one log line: latency, reconnects, then each service's report."""
    parts = [f"latency {latency_text(latency_seconds)}", f"reconnects {gateway.describe()}"]
    parts += [f"{name}: {text}" for name, text in services.health()]
    return "health: " + "; ".join(parts)


async def log_health_periodically(
    latency: Callable[[], float],
    gateway: GatewayHealth,
    services: Services,
    every: float = LOG_EVERY_SECONDS,
) -> None:
    """Log `health_line` every `every` seconds until cancelled; `latency` gives the
    current gateway latency in seconds."""
    while True:
        await asyncio.sleep(every)
        log.info("%s", health_line(latency(), gateway, services))
