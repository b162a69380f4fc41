"""URL -> article, for the link commands and `python -m bot fetch`: fetch safely,
extract in a worker thread (trafilatura is CPU-bound), and turn the result into the
Article the engine reads, through the very text the article file would hold.

    extracted = await article_from_url(url, limits=limits, session=session)
    article = as_article(extracted)            # in memory, nothing saved
    path = save_article(extracted, folder)     # the file the live library picks up
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from bot.articles.model import Article
from bot.articles.parse import ArticleError, parse_article
from bot.web.article_file import article_filename, render_article, write_article
from bot.web.extract import EntryText, ExtractedArticle, ExtractError, extract_article
from bot.web.fetch import FetchError, FetchLimits, fetch

__all__ = ["LinkError", "article_from_url", "as_article", "save_article"]


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
            extract_article, result.body, url=result.final_url, fallback=fallback
        )
    except ExtractError as exc:
        raise LinkError(str(exc)) from None


def as_article(extracted: ExtractedArticle, *, key: str | None = None) -> Article:
    """The Article the loader would make of the saved file, without saving it."""
    name = key or article_filename(extracted)
    try:
        return parse_article(render_article(extracted), key=name, path=name)
    except ArticleError as exc:
        raise LinkError(f"the extracted article cannot be read ({exc})") from None


def save_article(extracted: ExtractedArticle, folder: Path) -> Path:
    """Write the article file (atomically) into `folder`; returns its path."""
    return write_article(extracted, folder)
