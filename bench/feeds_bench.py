"""Feeds at scale: 100 local feeds of 20 entries each, polled, their articles written
and loaded; then a second poll, which must fetch nothing new (conditional GET: 304s).

python -m bench.feeds_bench [--feeds 100] [--entries 20] [--guilds 10]

Everything runs here: a local HTTP server (tests/support/feedsite.py's invented news site) on
127.0.0.1, the real poller (fetch, extraction, atomic article files, dedupe in SQLite,
the post's analysis), with posts counted instead of sent. Times are wall-clock on this
machine, whose other users share its two cores: read them with the calibration figure.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from pathlib import Path

from aiohttp import web

from bench.timing import calibrate, engine_kind, peak_rss_mb, table
from bot.articles.analysis import Analysis
from bot.articles.model import Article
from bot.library import Library
from bot.state import State
from bot.web.fetch import FetchLimits
from bot.web.poller import Poller
from tests.support.feedsite import FeedSite, story


class CountingAnnouncer:
    def __init__(self) -> None:
        self.posts = 0
        self.notices = 0

    async def announce(self, channel_id: int, article: Article, analysis: Analysis) -> bool:
        self.posts += 1
        return True

    async def notice(self, channel_id: int, text: str) -> bool:
        self.notices += 1
        return True


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


async def run(feeds: int, entries: int, guilds: int, workdir: Path) -> list[tuple[str, ...]]:
    site = FeedSite()
    runner = web.AppRunner(site.app())
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    site.base = f"http://127.0.0.1:{port}"
    limits = FetchLimits(allow_hosts=frozenset({f"127.0.0.1:{port}"}), per_host=8)
    rows: list[tuple[str, ...]] = []
    try:
        state = State.open(workdir / "data")
        for number in range(feeds):
            stories = [story(n, number) for n in range(entries)]
            url = site.add_feed(f"f{number}", stories, fmt=("rss", "atom", "rdf")[number % 3])
            state.subscribe(url, guild_id=1000 + number % guilds, channel_id=5000 + number)
        announcer, clock = CountingAnnouncer(), Clock()
        articles_dir = workdir / "articles"
        poller = Poller(
            state,
            articles_dir=articles_dir,
            interval=900,
            announcer=announcer,
            limits=limits,
            clock=clock,
            rng=random.Random(0),
        )

        started = time.perf_counter()
        first = await poller.poll_due()
        first_s = time.perf_counter() - started
        written = sum(r.written for r in first)
        rows.append(
            (
                "first poll",
                f"{first_s:.1f} s",
                f"{len(first)} feeds, {site.pages_served()} pages fetched, {written} "
                f"articles written, {announcer.posts} posted (newest of each), "
                f"{sum(bool(r.error) for r in first)} failed",
            )
        )

        started = time.perf_counter()
        library = await asyncio.to_thread(Library.load, articles_dir)
        load_s = time.perf_counter() - started
        rows.append(
            (
                "load the written articles",
                f"{load_s:.1f} s",
                f"{len(library)} articles, {len(library.skipped)} skipped, "
                f"{len(library.quotes)} statements",
            )
        )
        started = time.perf_counter()
        views = [library.scoped(1000 + g) for g in range(guilds)]
        scope_s = time.perf_counter() - started
        rows.append(
            (
                f"{guilds} server views",
                f"{scope_s * 1000:.0f} ms",
                f"{min(map(len, views))}-{max(map(len, views))} articles each",
            )
        )

        pages_before, posts_before = site.pages_served(), announcer.posts
        clock.now += 2 * 900  # every feed is due again
        started = time.perf_counter()
        second = await poller.poll_due()
        second_s = time.perf_counter() - started
        rows.append(
            (
                "second poll",
                f"{second_s:.2f} s",
                f"{len(second)} feeds, {sum(r.not_modified for r in second)} answered 304, "
                f"{site.pages_served() - pages_before} pages fetched, "
                f"{sum(r.written for r in second)} written, "
                f"{announcer.posts - posts_before} posted",
            )
        )

        fresh = max(1, feeds // 10)
        for number in range(fresh):
            site.feeds[f"f{number}"][1].append(story(entries, number))
        clock.now += 2 * 900
        posts_before = announcer.posts
        started = time.perf_counter()
        third = await poller.poll_due()
        third_s = time.perf_counter() - started
        rows.append(
            (
                f"third poll ({fresh} feeds with one new entry)",
                f"{third_s:.2f} s",
                f"{sum(r.not_modified for r in third)} answered 304, "
                f"{sum(r.written for r in third)} written, "
                f"{announcer.posts - posts_before} posted",
            )
        )
        await poller.stop()
        state.close()
    finally:
        await runner.cleanup()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--guilds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="feeds-bench-") as tmp:
        rows = asyncio.run(run(args.feeds, args.entries, args.guilds, Path(tmp)))
    print(
        f"feeds bench: {args.feeds} feeds x {args.entries} entries, {args.guilds} servers; "
        f"engine {engine_kind()}; calibration {calibrate()} s; peak RSS {peak_rss_mb():.0f} MB"
    )
    print(table(rows, ("step", "time", "what")))


if __name__ == "__main__":
    main()
