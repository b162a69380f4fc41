"""Feeds: RSS 0.9x/2.0, Atom and RDF read with feedparser from the fetched bytes (never
from a URL: every request goes through bot/web/fetch.py's checks), and a site's feed
found through its `<link rel="alternate">`.

Discord-free. Parsing is I/O-free (bytes in, entries out, oldest first); `find_feed`,
for /feed add, fetches through fetch.py.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.state.db import EntryMark
from bot.web.fetch import HTML_TYPES, FetchError, FetchLimits, fetch

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/feed+json",  # found but not readable: feedparser reads XML only
    }
)
_XML_FEED_TYPES = FEED_TYPES - {"application/feed+json"}
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]+>")


class NotAFeed(ValueError):
    """The bytes are not a feed; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry: what identifies it, and what the article file falls back to."""

    entry_id: str
    link: str
    title: str
    published: datetime | None
    content: str  # HTML or text, the entry's own
    author: str | None

    @property
    def mark(self) -> EntryMark:
        return EntryMark(self.entry_id, self.link, content_hash(self.title, self.content))


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    site: str
    entries: tuple[FeedEntry, ...]  # oldest first


def looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        b"<html" in head and b"<rss" not in head and b"<feed" not in head
    )


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """Read a feed's bytes. Raises NotAFeed for a page, malformed XML or anything else
    feedparser cannot make a feed of (it is lenient: a feed with a recoverable flaw and
    its entries is kept)."""
    if not body.strip():
        raise NotAFeed("the feed is empty")
    if looks_like_html(body):
        raise NotAFeed("that is a web page, not a feed")
    import feedparser  # on first use: not part of every start's imports

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version"):
        if parsed.get("bozo"):
            problem = _one_line(parsed.get("bozo_exception"))
            raise NotAFeed(f"the feed is not well-formed XML ({problem})")
        raise NotAFeed("that is not an RSS, Atom or RDF feed")
    entries = [e for e in (_entry(raw, url) for raw in parsed.entries) if e is not None]
    if parsed.get("bozo") and not entries:  # broken, and nothing readable recovered
        problem = _one_line(parsed.get("bozo_exception"))
        raise NotAFeed(f"the feed is not well-formed XML ({problem})")
    info = parsed.get("feed", {})
    title = _text(info.get("title")) or urlsplit(url).hostname or url
    site = urlsplit(str(info.get("link") or url)).hostname or ""
    return ParsedFeed(title[:200], site, tuple(_oldest_first(entries)))


def content_hash(title: str, content: str) -> str:
    """The same story republished under a new id and link is still the same story."""
    words = _SPACE.sub(" ", _TAG.sub(" ", f"{title}\n{content}")).strip().lower()
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:32]


def _entry(raw: Any, feed_url: str) -> FeedEntry | None:
    link = str(raw.get("link") or "").strip()
    if link:
        link = urljoin(feed_url, link)
        if urlsplit(link).scheme not in ("http", "https"):
            link = ""
    title = _text(raw.get("title"))
    content = ""
    for part in raw.get("content") or ():
        if part.get("value"):
            content = str(part["value"])
            break
    content = content or str(raw.get("summary") or raw.get("description") or "")
    if not (title or content or link):
        return None
    entry_id = str(raw.get("id") or "").strip() or link or content_hash(title, content)
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
    author = _text(raw.get("author")) or None
    return FeedEntry(entry_id[:500], link[:2000], title[:300], published, content, author)


def _oldest_first(entries: list[FeedEntry]) -> list[FeedEntry]:
    """By date when every entry has one; otherwise the feed's order reversed (feeds
    list the newest first)."""
    if entries and all(e.published is not None for e in entries):
        order = {id(e): i for i, e in enumerate(entries)}
        return sorted(entries, key=lambda e: (e.published, -order[id(e)]))
    return entries[::-1]


def _text(value: object) -> str:
    if not value:
        return ""
    return _SPACE.sub(" ", _TAG.sub(" ", str(value))).strip()


def _one_line(error: object) -> str:
    text = _SPACE.sub(" ", str(error or "unreadable")).strip()
    return text[:120]


class _AlternateLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (type, href)
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and values.get("href") and self.base is None:
            self.base = values["href"]
        if tag != "link":
            return
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in _XML_FEED_TYPES and values.get("href"):
            self.found.append((kind, values["href"]))


def discover_feeds(page: bytes | str, page_url: str) -> list[str]:
    """The feed URLs a page announces with `<link rel="alternate" type="…rss/atom/rdf…">`,
    absolute, http(s) only, in page order without repeats."""
    text = page.decode("utf-8", errors="replace") if isinstance(page, bytes) else page
    finder = _AlternateLinks()
    try:
        finder.feed(text[:2_000_000])
        finder.close()
    except Exception:  # HTMLParser is lenient; a broken page simply announces nothing
        pass
    base = urljoin(page_url, finder.base) if finder.base else page_url
    urls: list[str] = []
    for _kind, href in finder.found:
        url = urljoin(base, href.strip())
        if urlsplit(url).scheme in ("http", "https") and url not in urls:
            urls.append(url)
    return urls


async def find_feed(
    url: str, *, limits: FetchLimits | None = None, session: aiohttp.ClientSession | None = None
) -> tuple[str, ParsedFeed, str | None]:
    """(feed URL, its feed, the page it was found on or None) for a feed's or a site's
    URL. Raises NotAFeed with a one-line reason (fetch failures included)."""
    try:
        result = await fetch(url, limits=limits, session=session, accept="feed")
        if result.content_type in HTML_TYPES or looks_like_html(result.body):
            found = discover_feeds(result.body, result.final_url)
            if not found:
                raise NotAFeed(
                    "that is a web page, and it names no RSS or Atom feed "
                    '(no <link rel="alternate">)'
                )
            feed_url = found[0]
            feed = await fetch(feed_url, limits=limits, session=session, accept="feed")
            if feed.content_type in HTML_TYPES or looks_like_html(feed.body):
                raise NotAFeed(f"the feed the page names ({feed_url}) is a web page")
            return feed_url, parse_feed(feed.body, feed.final_url), url
    except FetchError as exc:
        raise NotAFeed(exc.reason) from None
    return url, parse_feed(result.body, result.final_url), None
