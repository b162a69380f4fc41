"""The Library: an immutable snapshot of every loaded article and what the engine found.

Built once (at startup or on reload, off the event loop) and swapped whole, so a
command always sees one consistent snapshot, however long it runs.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.articles.loader import DEFAULT_MAX_BYTES, Skipped, load_folder
from bot.articles.model import Article

log = logging.getLogger(__name__)

TITLE_MATCH_CUTOFF = 80.0
AUTOCOMPLETE_LIMIT = 25
SHORTLIST = 50


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: the form titles are matched in."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _word_score(words: list[str], title: str) -> float:
    """Mean, over the query's words, of each word's best likeness to a title word."""
    title_words = title.split()
    if not words or not title_words:
        return 0.0
    total = 0.0
    for word in words:
        best = process.extractOne(word, title_words, scorer=fuzz.ratio, processor=None)
        total += best[1] if best else 0.0
    return total / len(words)


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
    _folded_titles: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.articles, key=lambda a: (a.date, a.key), reverse=True))
        object.__setattr__(self, "articles", ordered)
        object.__setattr__(self, "_by_key", {a.key: a for a in ordered})
        object.__setattr__(self, "_folded_titles", [fold(a.title) for a in ordered])

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
        """Titles ranked by fuzzy similarity; an empty query lists the newest first.

        rapidfuzz's WRatio shortlists candidates fast; they are then rescored word by
        word, so a query with a typo in every word ("rusia diplomcy") still finds its
        title."""
        folded = fold(query)[:200]
        if not folded:
            return [TitleMatch(a, 0.0) for a in self.articles[:limit]]
        shortlist = process.extract(
            folded,
            self._folded_titles,
            scorer=fuzz.WRatio,
            processor=None,
            limit=max(limit, SHORTLIST),
        )
        words = folded.split()[:12]
        scored = [
            (max(score, _word_score(words, self._folded_titles[index])), -index, index)
            for _, score, index in shortlist
        ]
        scored.sort(reverse=True)
        return [TitleMatch(self.articles[index], score) for score, _, index in scored[:limit]]

    def summary_line(self) -> str:
        return (
            f"{len(self.articles)} articles loaded, {len(self.skipped)} skipped, "
            f"in {self.load_seconds * 1000:.0f} ms"
        )
