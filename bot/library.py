"""The Library: an immutable snapshot of every loaded article and what the engine found.

Built once (at startup or on reload, off the event loop) and swapped whole, so a
command always sees one consistent snapshot, however long it runs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.articles.loader import DEFAULT_MAX_BYTES, Skipped, load_folder
from bot.articles.model import Article
from bot.articles.titles import TitleIndex

log = logging.getLogger(__name__)

TITLE_MATCH_CUTOFF = 80.0
AUTOCOMPLETE_LIMIT = 25


@dataclass(frozen=True, slots=True)
class TitleMatch:
    article: Article
    score: float


@dataclass(frozen=True)
class Library:
    """All articles, newest first, with lookups that never scan the text."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()
    folder: Path | None = None
    load_seconds: float = 0.0
    _by_key: dict[str, Article] = field(init=False, repr=False)
    _titles: TitleIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.articles, key=lambda a: (a.date, a.key), reverse=True))
        object.__setattr__(self, "articles", ordered)
        object.__setattr__(self, "_by_key", {a.key: a for a in ordered})
        object.__setattr__(self, "_titles", TitleIndex([a.title for a in ordered]))

    @classmethod
    def load(
        cls,
        folder: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Callable[[int, int], None] | None = None,
    ) -> Library:
        """Read `folder` and build a snapshot; unusable files are skipped with reasons."""
        started = time.perf_counter()
        result = load_folder(folder, max_bytes=max_bytes, progress=progress)
        library = cls(result.articles, result.skipped, folder)
        elapsed = time.perf_counter() - started
        object.__setattr__(library, "load_seconds", elapsed)
        return library

    def __len__(self) -> int:
        return len(self.articles)

    def latest(self) -> Article | None:
        return self.articles[0] if self.articles else None

    def get(self, key: str) -> Article | None:
        return self._by_key.get(key)

    def find_article(self, query: str) -> Article | None:
        """The article a user means: its key (what autocomplete sends) or a title, typos
        tolerated. None when nothing is close enough."""
        query = query.strip()
        if not query:
            return None
        if (article := self._by_key.get(query)) is not None:
            return article
        matches = self.match_titles(query, limit=1)
        if matches and matches[0].score >= TITLE_MATCH_CUTOFF:
            return matches[0].article
        return None

    def match_titles(self, query: str, limit: int = AUTOCOMPLETE_LIMIT) -> list[TitleMatch]:
        """Titles ranked by fuzzy similarity; an empty query lists the newest first."""
        if not query.strip():
            return [TitleMatch(a, 0.0) for a in self.articles[:limit]]
        return [
            TitleMatch(self.articles[position], score)
            for position, score in self._titles.match(query[:300], limit)
        ]

    def summary_line(self) -> str:
        return (
            f"{len(self.articles)} articles loaded, {len(self.skipped)} skipped, "
            f"in {self.load_seconds * 1000:.0f} ms"
        )
