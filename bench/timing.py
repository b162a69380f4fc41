"""Latency percentiles and peak memory, the figures every bench table reports."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable, Iterable


def percentiles_ms(samples: list[float]) -> tuple[float, float]:
    """(p50, p99) in milliseconds of samples in seconds."""
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return p50 * 1000, p99 * 1000


def time_calls(call: Callable[[str], object], inputs: Iterable[str]) -> list[float]:
    samples = []
    for value in inputs:
        started = time.perf_counter()
        call(value)
        samples.append(time.perf_counter() - started)
    return samples


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process, or with RUSAGE_CHILDREN of the largest of
    its finished children (the loader's workers). Linux reports KiB."""
    return resource.getrusage(who).ru_maxrss / 1024


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True))  # noqa: E731
    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *map(line, rows)])


def calibrate() -> str:
    """A fixed amount of pure-Python work, so figures from a slower or busier machine
    can be read in proportion (this machine has read 0.5 s to 2.4 s from run to run)."""
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return f"{time.perf_counter() - started:.2f}"


def engine_kind() -> str:
    """Which quote engine the figures come from: setup.py compiles it where it can."""
    import bot.articles

    return "compiled with mypyc" if bot.articles.ENGINE_COMPILED else "Python source"
