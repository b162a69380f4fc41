"""URL -> article, for the link commands and `python -m bot fetch`: fetch safely,
extract in a worker thread (trafilatura is CPU-bound), and turn the result into the
Article the engine reads, through the very text the article file would hold.

    extracted = await article_from_url(url, limits=limits, session=session)
    article = as_article(extracted)            # in memory, nothing saved
    path = save_article(extracted, folder)     # the file the live library picks up

    reader = LinkReader(limits)                # owns one fetch session; close() it
    linked = await reader.read(url, save_to=folder_or_None)   # -> LinkedArticle
    find_links(message_text) -> ["https://...", ...]
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bot.articles.loader import DEFAULT_MAX_BYTES
from bot.articles.model import Article
from bot.articles.parse import ArticleError, parse_article
from bot.web.article_file import article_filename, render_article, write_article
from bot.web.extract import EntryText, ExtractedArticle, ExtractError, extract_article
from bot.web.fetch import FetchError, FetchLimits, FetchResult, fetch, open_session

__all__ = [
    "LinkError",
    "LinkReader",
    "LinkedArticle",
    "article_from_url",
    "as_article",
    "find_links",
    "save_article",
]

# A link in chat text: up to whitespace or an angle bracket (<https://...> hides the
# preview); closing punctuation after it belongs to the sentence, not the link.
_LINK = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"”’»*_~|"


class LinkError(Exception):
    """A link gave no article; `reason` is one line for the user (fetch or extraction)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def article_from_url(
    url: str,
    *,
    limits: FetchLimits | None = None,
    session: aiohttp.ClientSession | None = None,
    fallback: EntryText | None = None,
) -> ExtractedArticle:
    """Fetch `url` and extract its article. Raises LinkError with the reason."""
    try:
        result = await fetch(url, limits=limits, session=session, accept="html")
    except FetchError as exc:
        raise LinkError(exc.reason) from None
    try:
        return await asyncio.to_thread(
            extract_article, page_text(result), url=result.final_url, fallback=fallback
        )
    except ExtractError as exc:
        raise LinkError(str(exc)) from None


def page_text(result: FetchResult) -> bytes | str:
    """The page for the extractor: text when the server named a charset that decodes
    it (HTTP's word beats a guess), else the bytes, for trafilatura to detect."""
    if result.charset:
        try:
            return result.body.decode(result.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return result.body


def as_article(
    extracted: ExtractedArticle,
    *,
    key: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    modified: float | None = None,
) -> Article:
    """The Article the loader would make of the saved file, without saving it."""
    name = key or article_filename(extracted)
    text = render_article(extracted, max_bytes=max_bytes)
    when = time.time() if modified is None else modified
    try:
        return parse_article(text, key=name, path=name, modified=when)
    except ArticleError as exc:
        raise LinkError(f"the extracted article cannot be read ({exc})") from None


def save_article(
    extracted: ExtractedArticle, folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Path:
    """Write the article file (atomically) into `folder`; returns its path."""
    return write_article(extracted, folder, max_bytes=max_bytes)


def find_links(text: str) -> list[str]:
    """The http(s) links in a message, in order, without repeats."""
    found: list[str] = []
    for match in _LINK.finditer(text or ""):
        link = match.group(0).rstrip(_TRAILING)
        while link.endswith(")") and link.count("(") < link.count(")"):
            link = link[:-1].rstrip(_TRAILING)
        if link not in found and len(link) > len("https://x"):
            found.append(link)
    return found


@dataclass(frozen=True, slots=True)
class LinkedArticle:
    article: Article
    extracted: ExtractedArticle
    path: Path | None  # where it was saved; None when it was not


class LinkReader:
    """Reads links for the commands: one fetch session (opened on first use, in the
    running loop), the article parsed as the library would, optionally saved."""

    def __init__(self, limits: FetchLimits, *, max_article_bytes: int = DEFAULT_MAX_BYTES):
        self.limits = limits
        self.max_article_bytes = max_article_bytes
        self._session: aiohttp.ClientSession | None = None

    async def read(self, url: str, *, save_to: Path | None = None) -> LinkedArticle:
        """Fetch, extract and parse `url`; write it into `save_to` when given.
        Raises LinkError with a one-line reason."""
        if self._session is None or self._session.closed:
            self._session = open_session(self.limits)
        extracted = await article_from_url(url, limits=self.limits, session=self._session)
        return await asyncio.to_thread(self._finish, extracted, save_to)

    def _finish(self, extracted: ExtractedArticle, save_to: Path | None) -> LinkedArticle:
        path = None
        if save_to is not None:
            try:
                path = save_article(extracted, save_to, max_bytes=self.max_article_bytes)
            except OSError as exc:
                raise LinkError(f"the article could not be saved ({exc.strerror})") from None
        key = path.name if path is not None else None
        article = as_article(extracted, key=key, max_bytes=self.max_article_bytes)
        return LinkedArticle(article, extracted, path)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
