"""`python -m bot fetch [--json] URL...`: each URL's extracted article as one JSON line,
in the `inspect --json` format plus "url" (as given) and "source" (the site), or
{"url", "error"}. Nothing is saved. This is how extraction quality is measured."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from bot.inspect_cli import describe
from bot.web.extract import ExtractedArticle
from bot.web.fetch import FetchLimits, open_session
from bot.web.links import LinkError, article_from_url, as_article

# Pages fetched at once (the fetcher also limits each host on its own).
PARALLEL = 8


async def fetch_records(
    urls: Sequence[str], limits: FetchLimits, *, summary_sentences: int = 3
) -> list[dict[str, Any]]:
    """One record per URL, in the order given. Every page is fetched and extracted
    first, then described: the engine's work must not eat the fetches' time limits."""
    gate = asyncio.Semaphore(PARALLEL)
    async with open_session(limits) as session:

        async def one(url: str) -> ExtractedArticle | str:
            async with gate:
                try:
                    return await article_from_url(url, limits=limits, session=session)
                except LinkError as exc:
                    return exc.reason

        fetched = await asyncio.gather(*(one(url) for url in urls))
    records: list[dict[str, Any]] = []
    for url, outcome in zip(urls, fetched, strict=True):
        try:
            if isinstance(outcome, str):
                raise LinkError(outcome)
            article = as_article(outcome)
        except LinkError as exc:
            records.append({"url": url, "error": exc.reason})
            continue
        record = describe(article, summary_sentences)
        record.update(url=url, source=article.source, final_url=outcome.url)
        records.append(record)
    return records


def fetch_urls(
    urls: Sequence[str],
    limits: FetchLimits,
    *,
    summary_sentences: int = 3,
    out: TextIO | None = None,
) -> int:
    """Print the records (to stdout by default); returns how many URLs gave no article."""
    out = out or sys.stdout
    records = asyncio.run(fetch_records(urls, limits, summary_sentences=summary_sentences))
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sum("error" in record for record in records)
