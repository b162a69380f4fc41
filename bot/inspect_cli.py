"""`python -m bot inspect`: what the engine finds in article files, as JSON lines.

This is the interface evaluations drive; its fields are fixed by the issues.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from bot.articles.loader import DEFAULT_MAX_BYTES, analyse_safely, read_article
from bot.articles.model import Article
from bot.articles.parse import ArticleError
from bot.articles.quotes import attribute_article
from bot.articles.summarize import summarize


def describe(article: Article, summary_sentences: int) -> dict[str, Any]:
    people, quotes = analyse_safely(attribute_article, article)  # as the bot: kept, no quotes
    return {
        "path": article.path,
        "title": article.title,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "dateline": article.dateline,
        "published": article.published.isoformat() if article.published else None,
        "paragraphs": [p.text for p in article.paragraphs],
        "sentences": [s.text for s in article.sentences],
        "people": [
            {"name": p.name, "role": p.role, "aliases": list(p.aliases), "kind": p.kind}
            for p in people
        ],
        "quotes": [
            {
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_role": q.speaker_role,
                "cue": q.cue,
                "how": q.how,
                "start": q.start,
                "end": q.end,
            }
            for q in quotes
        ],
        "summary": [s.text for s in summarize(article, summary_sentences)],
    }


def inspect_paths(
    paths: Iterable[str],
    *,
    summary_sentences: int = 3,
    max_bytes: int = DEFAULT_MAX_BYTES,
    out: TextIO = sys.stdout,
) -> int:
    """Write one JSON object per path; returns how many could not be used."""
    failures = 0
    for raw in paths:
        path = Path(raw)
        try:
            article = read_article(path, key=path.name, max_bytes=max_bytes)
            record = describe(article, summary_sentences)
        except (ArticleError, OSError) as exc:
            failures += 1
            record = {"path": str(path), "error": str(exc)}
            print(f"inspect: {path}: {exc}", file=sys.stderr)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return failures
