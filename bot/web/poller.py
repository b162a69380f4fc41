"""The feed poller: fetches each feed when it is due, writes every new entry as an
article file in its server's folder, and has the announcer post it.

- Due times live in the state database: a feed is polled at once when added, then every
  FEED_POLL_SECONDS with ±10 % jitter (so feeds added together drift apart); a failure
  backs off exponentially (the interval doubled per failure in a row, at most a day)
  and after `pause_after` failures in a row the feed pauses, with one notice in each
  channel that follows it.
- Conditional GET: the feed's ETag and Last-Modified are sent back; a 304 costs nothing.
- Per server (subscription), an entry is new unless its id, link or content hash was
  seen before, across restarts. The first poll of a new subscription posts only the
  newest entry and writes the rest silently (no backlog flood); later polls post every
  new entry, oldest first, at most `max_posts` per poll (the rest written silently).
- Each new entry: its page fetched and extracted once per poll, however many servers
  follow the feed (the entry's own content is the fallback), and written atomically
  under `ARTICLES_DIR/guilds/<guild id>/<feed host>-<feed id>/`. A post's article is
  read back from its file and analysed directly, so a post never waits for a library
  reload (the live library picks the file up on its own).
- Entries are remembered after their files are written and before anything is posted:
  a crash can lose a post, never repeat one.

Discord-free: posting goes through an `Announcer` (bot/announce.py has the Discord one).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import aiohttp

from bot.articles.analysis import Analysis, analyse
from bot.articles.loader import read_article
from bot.articles.model import Article
from bot.scope import guild_folder
from bot.state.db import Feed, State, Subscription
from bot.web.article_file import write_article
from bot.web.extract import EntryText, ExtractedArticle, ExtractError, extract_article
from bot.web.feeds import FeedEntry, NotAFeed, ParsedFeed, parse_feed
from bot.web.fetch import FetchError, FetchLimits, fetch, open_session

log = logging.getLogger(__name__)
JITTER = 0.1
MAX_BACKOFF_SECONDS = 86_400.0
PAUSE_AFTER = 5
MAX_POSTS_PER_POLL = 10
FEEDS_AT_ONCE = 8
PAGES_AT_ONCE = 4
MAX_SLEEP_SECONDS = 60.0  # a feed added by another process is noticed within a minute


class Announcer(Protocol):
    async def announce(self, channel_id: int, article: Article, analysis: Analysis) -> bool: ...

    async def notice(self, channel_id: int, text: str) -> bool: ...


@dataclass(slots=True)
class PollReport:
    """What one poll of one feed did (logs, the bench and tests read it)."""

    feed_id: int
    url: str
    not_modified: bool = False
    entries: int = 0
    written: int = 0
    posted: int = 0
    error: str | None = None
    paused: bool = False
    keys: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Written:
    key: str
    path: Path


class Poller:
    """Owns the polling task: `start()` it once the bot is ready, `stop()` on the way out."""

    def __init__(
        self,
        state: State,
        *,
        articles_dir: Path,
        interval: float,
        announcer: Announcer,
        limits: FetchLimits | None = None,
        max_article_bytes: int = 1_000_000,
        pause_after: int = PAUSE_AFTER,
        max_posts: int = MAX_POSTS_PER_POLL,
        after_write: Callable[[], Awaitable[object]] | None = None,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.state = state
        self.articles_dir = Path(articles_dir)
        self.interval = max(1.0, float(interval))
        self.announcer = announcer
        self.limits = limits or FetchLimits()
        self.max_article_bytes = max_article_bytes
        self.pause_after = pause_after
        self.max_posts = max_posts
        self.after_write = after_write
        self.clock = clock
        self.rng = rng or random.Random()
        self._woken = False
        self._nap: asyncio.Future[None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._feeds_gate = asyncio.Semaphore(FEEDS_AT_ONCE)
        self._pages_gate = asyncio.Semaphore(PAGES_AT_ONCE)
        self._round = asyncio.Lock()

    # --- the task -----------------------------------------------------------------------

    def start(self, *, after: Callable[[], Awaitable[object]] | None = None) -> asyncio.Task[None]:
        """Start polling (once `after` has returned, e.g. when the bot is ready)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run(after), name="feed-poller")
        return self._task

    async def stop(self) -> None:
        """Cancel the polling task and wait for it, then close the HTTP session. Safe to
        call twice, and when never started."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None

    close = stop

    def wake(self) -> None:
        """Poll what is due now rather than after the current sleep (a feed was added)."""
        self._woken = True
        if self._nap is not None and not self._nap.done():
            self._nap.cancel()

    async def run(self, after: Callable[[], Awaitable[object]] | None = None) -> None:
        if after is not None:
            await after()
        log.info("feed poller started (every %g s)", self.interval)
        while True:
            self._woken = False
            try:
                await self.poll_due()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("a feed polling round failed; trying again later")
            await self._sleep()

    async def _sleep(self) -> None:
        upcoming = self.state.next_due()
        delay = MAX_SLEEP_SECONDS if upcoming is None else upcoming - self.clock()
        delay = min(max(delay, 0.05), MAX_SLEEP_SECONDS, self.interval)
        if self._woken:
            return
        # A plain sleep (wake() cancels it), which test harnesses recognise as idle.
        self._nap = asyncio.ensure_future(asyncio.sleep(delay))
        try:
            await self._nap
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # the poller itself is being stopped
        finally:
            self._nap = None

    # --- one round ------------------------------------------------------------------------

    async def poll_due(self) -> list[PollReport]:
        """Poll every feed that is due, a few at a time."""
        async with self._round:  # one round at a time: a feed is never polled twice at once
            due = self.state.due(self.clock())
            return list(await asyncio.gather(*(self._gated(feed) for feed in due)))

    async def _gated(self, feed: Feed) -> PollReport:
        async with self._feeds_gate:
            try:
                return await self.poll_feed(feed)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug or a full disk: back off like any failure
                log.exception("polling %s failed", feed.url)
                report = PollReport(feed.id, feed.url)
                return await self._failed(feed, report, f"internal error ({type(exc).__name__})")

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = open_session(self.limits)
        return self._session

    async def poll_feed(self, feed: Feed) -> PollReport:
        """Fetch one feed and handle its new entries; never raises for a bad feed."""
        report = PollReport(feed.id, feed.url)
        subscriptions = self.state.subscriptions(feed.id)
        # A subscription's first poll needs the entries even if the feed has not changed.
        conditional = all(s.primed for s in subscriptions)
        try:
            result = await fetch(
                feed.url,
                limits=self.limits,
                session=self._http(),
                etag=feed.etag if conditional else None,
                last_modified=feed.last_modified if conditional else None,
                accept="feed",
            )
            parsed = None if result.not_modified else parse_feed(result.body, result.final_url)
        except (FetchError, NotAFeed) as exc:
            return await self._failed(feed, report, getattr(exc, "reason", None) or str(exc))
        now = self.clock()
        if parsed is None:
            report.not_modified = True
            self.state.record_success(
                feed.id,
                now=now,
                next_poll=self._next(now),
                etag=result.etag or feed.etag,
                last_modified=result.last_modified or feed.last_modified,
            )
            return report
        report.entries = len(parsed.entries)
        articles: dict[str, asyncio.Task[ExtractedArticle | None]] = {}
        try:
            for subscription in subscriptions:
                await self._deliver(feed, parsed, subscription, articles, report)
        finally:
            for task in articles.values():
                task.cancel()  # only those never awaited, after a failure
        self.state.record_success(
            feed.id,
            now=self.clock(),
            next_poll=self._next(self.clock()),
            etag=result.etag,
            last_modified=result.last_modified,
            title=parsed.title,
            site=parsed.site,
        )
        if report.written and self.after_write is not None:
            await self.after_write()
        return report

    async def _failed(self, feed: Feed, report: PollReport, reason: str) -> PollReport:
        now = self.clock()
        backoff = min(self.interval * 2 ** min(feed.failures, 20), MAX_BACKOFF_SECONDS)
        failures, paused = self.state.record_failure(
            feed.id,
            reason,
            now=now,
            next_poll=now + self._jittered(backoff),
            pause_after=self.pause_after,
        )
        report.error, report.paused = reason, paused
        log.warning("feed %s failed (%d in a row): %s", feed.url, failures, reason)
        if paused:
            for subscription in self.state.subscriptions(feed.id):
                await self.announcer.notice(
                    subscription.channel_id,
                    f"I stopped checking the feed <{feed.url}> after {failures} failed "
                    f"attempts in a row (last: {reason}). Someone with Manage Server can "
                    "`/feed resume` it once the site is back.",
                )
        return report

    def _next(self, now: float) -> float:
        return now + self._jittered(self.interval)

    def _jittered(self, seconds: float) -> float:
        return seconds * self.rng.uniform(1 - JITTER, 1 + JITTER)

    # --- entries ---------------------------------------------------------------------------

    async def _deliver(
        self,
        feed: Feed,
        parsed: ParsedFeed,
        subscription: Subscription,
        articles: dict[str, asyncio.Task[ExtractedArticle | None]],
        report: PollReport,
    ) -> None:
        by_mark = {entry.mark: entry for entry in parsed.entries}
        fresh = [by_mark[m] for m in self.state.unseen(subscription.id, list(by_mark))]
        for entry in fresh:  # fetch and extract every page, a few at a time, once per poll
            if entry.entry_id not in articles:
                articles[entry.entry_id] = asyncio.create_task(self._article(entry, parsed.site))
        folder = self.articles_dir / guild_folder(subscription.guild_id) / _folder_name(feed)
        written: list[tuple[FeedEntry, _Written | None]] = []
        for entry in fresh:
            extracted = await articles[entry.entry_id]
            written.append((entry, await self._write(extracted, folder) if extracted else None))
        kept = [w for _, w in written if w is not None]
        report.written += len(kept)
        report.keys.extend(w.key for w in kept)
        # A new subscription posts its newest article only; later polls every new one,
        # oldest first, up to a cap (the rest are kept without a post).
        posting = kept[-(self.max_posts if subscription.primed else 1) :]
        for entry, article in written:  # remembered before posting: at most once
            post = article is not None and article in posting
            self.state.mark_seen(
                subscription.id,
                entry.mark,
                article_key=article.key if article else None,
                posted=post,
            )
            if post and article is not None and await self._announce(subscription, article):
                report.posted += 1
        if not subscription.primed:
            self.state.set_primed(subscription.id)

    async def _article(self, entry: FeedEntry, site: str) -> ExtractedArticle | None:
        """The entry's article: its page extracted, or the entry's own text when the
        page cannot be fetched or gives less; None when neither is an article."""
        page: bytes | None = None
        url = entry.link or None
        if entry.link:
            async with self._pages_gate:
                try:
                    result = await fetch(entry.link, limits=self.limits, session=self._http())
                    page, url = result.body, result.final_url
                except FetchError as exc:
                    log.info("page %s not fetched (%s); using the feed's text", entry.link, exc)
        fallback = EntryText(
            title=entry.title or None,
            content=entry.content or None,
            author=entry.author,
            published=entry.published.isoformat() if entry.published else None,
            site=site or None,
            url=entry.link or None,
        )
        try:
            return await asyncio.to_thread(extract_article, page, url=url, fallback=fallback)
        except ExtractError as exc:
            log.info("entry %s gave no article: %s", entry.link or entry.entry_id, exc)
            return None

    async def _write(self, extracted: ExtractedArticle, folder: Path) -> _Written | None:
        try:
            path = await asyncio.to_thread(
                write_article, extracted, folder, max_bytes=self.max_article_bytes
            )
        except OSError as exc:
            log.error("could not write the article for %s: %s", extracted.url, exc)
            return None
        return _Written(path.relative_to(self.articles_dir).as_posix(), path)

    async def _announce(self, subscription: Subscription, written: _Written) -> bool:
        def read() -> tuple[Article, Analysis]:
            article = read_article(written.path, key=written.key, max_bytes=self.max_article_bytes)
            return article, analyse(article)

        try:
            article, analysis = await asyncio.to_thread(read)
        except Exception:
            log.exception("could not read back %s for its post", written.key)
            return False
        return await self.announcer.announce(subscription.channel_id, article, analysis)


def _folder_name(feed: Feed) -> str:
    """A folder per feed inside the server's folder, named after the feed's host and
    id (stable for the feed's life), so an operator sees where files come from."""
    host = urlsplit(feed.url).hostname or "feed"
    return f"{re.sub(r'[^a-z0-9.-]+', '-', host.lower()).strip('-.')[:60] or 'feed'}-{feed.id}"


def describe(reports: Sequence[PollReport]) -> str:
    """One log line for a round."""
    return (
        f"{len(reports)} feeds: {sum(r.not_modified for r in reports)} unchanged, "
        f"{sum(r.written for r in reports)} articles written, "
        f"{sum(r.posted for r in reports)} posted, {sum(bool(r.error) for r in reports)} failed"
    )
