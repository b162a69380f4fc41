"""Latency percentiles and peak memory, the figures every bench table reports."""

from __future__ import annotations

import os
import resource
import statistics
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path


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


def peak_rss_mb() -> float:
    """Peak resident memory of this process. Linux reports KiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class DescendantPeakRss:
    """The largest peak RSS (MB) among this process's descendants while the block runs:
    the loader's workers, which a fork server starts (so they are not our children and
    RUSAGE_CHILDREN never sees them). The fork server and multiprocessing's resource
    tracker count too; both are smaller than a worker. A sample every half second (a
    scan of /proc takes a few ms, with the GIL, from the timed load); 0 without /proc."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> DescendantPeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.is_set():
            for pid in _descendants(os.getpid()):
                self.peak_mb = max(self.peak_mb, _vm_hwm_mb(pid))
            self._stop.wait(self.interval)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found, frontier = [], [root]
    while frontier:
        below = children.get(frontier.pop(), [])
        found += below
        frontier += below
    return found


def _vm_hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> str:
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
    """Which quote engine the figures come from: a wheel's compiled one, or the source
    (an editable install)."""
    import bot.articles

    return "compiled with mypyc" if bot.articles.engine_compiled() else "Python source"
