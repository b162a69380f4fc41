"""The live library: the current snapshot, rebuilt in the background when the articles
folder changes (or on /reload) and swapped in whole.

A command reads `current` once and keeps that snapshot to the end, so a reload never
changes what a command in flight sees. Rebuilds reuse every unchanged file.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from watchfiles import Change, awatch

from bot.articles.cache import AnalysisCache
from bot.articles.loader import ARTICLE_SUFFIXES
from bot.library import Library
from bot.wording import plural
from config.settings import Settings

log = logging.getLogger(__name__)
PROGRESS_EVERY_SECONDS = 3.0


class ProgressLog:
    """A load progress callback that logs "files done of total" every few seconds."""

    def __init__(self, every: float = PROGRESS_EVERY_SECONDS) -> None:
        self.every = every
        self._last = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= self.every and done < total:
            self._last = now
            log.info("loading articles: %d of %d files", done, total)


def settings_cache(settings: Settings) -> AnalysisCache:
    """The analysis cache under DATA_DIR, shared by every process that uses it."""
    return AnalysisCache.in_folder(settings.data_dir)


def build_library(
    settings: Settings, previous: Library | None = None, cache: AnalysisCache | None = None
) -> Library:
    """Load the configured folder (blocking: run it off the event loop), through the
    analysis cache of DATA_DIR."""
    return Library.load(
        settings.articles_dir,
        max_bytes=settings.max_article_bytes,
        progress=ProgressLog(),
        previous=previous,
        cache=cache if cache is not None else settings_cache(settings),
    )


def save_in_background(
    library: Library, after: threading.Thread | None = None
) -> threading.Thread | None:
    """Write what the cache lacks from a thread of its own (once `after`, an earlier
    write, is done), so serving never waits for it; the thread is not a daemon, so a
    program that ends first still finishes it."""
    if library.cache is None:
        return None

    def save() -> None:
        if after is not None:
            after.join()
        library.save_cache()

    thread = threading.Thread(target=save, name="analysis-cache", daemon=False)
    thread.start()
    return thread


def build_warm_library(
    settings: Settings, previous: Library | None = None, cache: AnalysisCache | None = None
) -> Library:
    """A library with its lazily built indexes built too, for swapping in ready to serve."""
    library = build_library(settings, previous, cache)
    library.quotes.warm()
    return library


def complete_library(library: Library) -> Library:
    """The staged start's second half: read every article's quotes, warm their index."""
    complete = library.with_quotes(progress=ProgressLog())
    complete.quotes.warm()
    return complete


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """What a reload changed, by article key."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    skipped: tuple[str, ...]
    articles: int
    seconds: float

    def describe(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.changed)} changed",
            f"{len(self.removed)} removed",
            f"{len(self.skipped)} skipped",
        ]
        articles = plural(self.articles, "article")
        return f"{articles} ({', '.join(parts)}) in {self.seconds * 1000:.0f} ms"


def compare(old: Library, new: Library) -> LibraryChange:
    before, after = old.by_key, new.by_key
    changed = tuple(
        key
        for key in after.keys() & before.keys()
        if (after[key].modified, after[key].size) != (before[key].modified, before[key].size)
    )
    return LibraryChange(
        added=tuple(sorted(after.keys() - before.keys())),
        removed=tuple(sorted(before.keys() - after.keys())),
        changed=tuple(sorted(changed)),
        skipped=tuple(s.path for s in new.skipped),
        articles=len(new),
        seconds=new.load_seconds,
    )


def is_article_change(change: Change, path: str) -> bool:
    """Article files, and folders (moved in or out whole, they arrive as one event);
    hidden files and other file types are ignored."""
    name = Path(path)
    if name.name.startswith("."):
        return False
    return not name.suffix or name.suffix.lower() in ARTICLE_SUFFIXES


class LiveLibrary:
    """Holds the current snapshot; one rebuild at a time, swapped atomically."""

    def __init__(self, settings: Settings, library: Library | None = None) -> None:
        self.settings = settings
        self.current = library if library is not None else Library(())
        self._cache = settings_cache(settings)
        self._lock = asyncio.Lock()
        self._saving: threading.Thread | None = None

    @property
    def cache(self) -> AnalysisCache:
        """The analysis cache of the current settings' DATA_DIR."""
        if self._cache.path != settings_cache(self.settings).path:
            self._cache = settings_cache(self.settings)
        return self._cache

    def _save(self, library: Library) -> None:
        """Store the new analyses after the swap, one writer after the other; never
        waits here (this runs on the event loop)."""
        self._saving = save_in_background(library, after=self._saving) or self._saving

    def cache_health(self) -> str:
        """The analysis cache for /stats and the log: its file, and whether a write is
        under way (reads no rows, so it never waits for a writer)."""
        path = self.cache.path
        try:
            size = f"{path.stat().st_size / 1_000_000:,.1f} MB"
        except OSError:
            size = "not written yet"
        writing = self._saving is not None and self._saving.is_alive()
        return f"{path.name}: {size}" + (", writing new analyses" if writing else "")

    def wait_saved(self) -> None:
        """Block until the last background cache write is done (tests, shutdown)."""
        if self._saving is not None:
            self._saving.join()

    async def start(self) -> None:
        """Serve as soon as articles, search and summaries are ready; the quotes are
        read next, in the background, and swapped in (unless a reload got there first)."""
        async with self._lock:
            self.current = await asyncio.to_thread(
                Library.load,
                self.settings.articles_dir,
                max_bytes=self.settings.max_article_bytes,
                progress=ProgressLog(),
                quotes=False,
                cache=self.cache,
            )
            log.info("ready: %s", self.current.summary_line())
            self._save(self.current)

    async def complete(self) -> None:
        """Read the quotes of the current snapshot and swap the complete one in."""
        async with self._lock:
            partial = self.current
            started = time.perf_counter()
            complete = await asyncio.to_thread(complete_library, partial)
            if self.current is partial:
                self.current = complete
                self._save(complete)
            log.info(
                "quotes ready: %d people, %d statements, in %.0f ms more",
                len(complete.people.people),
                len(complete.quotes),
                (time.perf_counter() - started) * 1000,
            )

    async def reload(self) -> LibraryChange:
        """Rebuild from the folder off the event loop, then swap the new snapshot in."""
        async with self._lock:
            old = self.current
            new = await asyncio.to_thread(build_warm_library, self.settings, old, self.cache)
            # (A snapshot still without quotes is rebuilt whole, quotes included.)
            self.current = new
            self._save(new)
            change = compare(old, new)
            log.info("reloaded: %s", change.describe())
            for path in change.skipped:
                log.warning("still skipped: %s", path)
            return change

    async def watch(self) -> None:
        """Reload whenever an article file is added, changed or removed; runs until
        cancelled, and a failed rebuild is logged without stopping the watch."""
        folder = self.settings.articles_dir
        if not folder.is_dir():
            log.warning("not watching %s: it is not a folder", folder)
            return
        log.info("watching %s for article changes", folder)
        async for changes in awatch(folder, watch_filter=is_article_change):
            log.info("%d article file(s) changed; rebuilding", len(changes))
            try:
                await self.reload()
            except Exception:
                log.exception("rebuilding the library failed; keeping the previous one")
