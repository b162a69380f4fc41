"""A per-user, per-command cooldown whose length comes from settings at run time
(discord.py's decorators fix theirs at import time)."""

from __future__ import annotations

from collections.abc import Callable, Hashable

PRUNE_EVERY = 1024


class Cooldowns:
    """One use per `seconds` for each key; 0 seconds turns the cooldown off."""

    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last_use: dict[Hashable, float] = {}

    def retry_after(self, key: Hashable) -> float:
        """0 and record the use when allowed, else the seconds left to wait."""
        if self.seconds <= 0:
            return 0.0
        now = self._clock()
        last = self._last_use.get(key)
        if last is not None and now - last < self.seconds:
            return self.seconds - (now - last)
        self._last_use[key] = now
        if len(self._last_use) % PRUNE_EVERY == 0:
            self._prune(now)
        return 0.0

    def _prune(self, now: float) -> None:
        expired = [k for k, t in self._last_use.items() if now - t >= self.seconds]
        for key in expired:
            del self._last_use[key]
