"""The Library: an immutable snapshot of every loaded article and what the engine found.

Built once (at startup or on reload, off the event loop) and swapped whole, so a
command always sees one consistent snapshot, however long it runs.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import InitVar, dataclass, field
from pathlib import Path
from typing import Any

from bot.articles.analysis import Analysis, analyse
from bot.articles.cache import (
    AnalysisCache,
    Entry,
    FileState,
    articles_identity,
    folder_name,
    paused_gc,
)
from bot.articles.loader import DEFAULT_MAX_BYTES, Skipped, analyse_articles, load_folder
from bot.articles.model import Article, Person, Sentence
from bot.articles.people import PeopleRegistry
from bot.articles.quote_index import QuoteIndex
from bot.articles.search_index import SearchIndex
from bot.articles.summarize import Ranking, rank, summary_from_ranking
from bot.articles.titles import TitleIndex
from bot.scope import scoped
from bot.wording import plural

log = logging.getLogger(__name__)

TITLE_MATCH_CUTOFF = 80.0
AUTOCOMPLETE_LIMIT = 25


def _newest_first(article: Article) -> tuple[float, str]:
    """The order of `Article.date` (published, else the file's time), as a number: a
    datetime per article costs more than the rest of a warm start's sorting."""
    published = article.published
    return (published.timestamp() if published is not None else article.modified, article.key)


@dataclass(frozen=True, slots=True)
class TitleMatch:
    article: Article
    score: float


@dataclass(frozen=True)
class Library:
    """All articles, newest first, with the indexes every command reads; never scans.

    `analyses` None means the quotes have not been read yet (a staged start: articles,
    search and summaries first); `with_quotes()` returns the complete snapshot, reading
    only the articles `cached` (analyses the cache had) does not cover.

    `cache`, `unsaved` and `states` serve the analysis cache: what to write to it once
    the snapshot is served (`save_cache()`), and the files of articles not analysed yet."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()
    folder: Path | None = None
    analyses: Mapping[str, Analysis] | None = field(default=None, repr=False)
    load_seconds: float = 0.0
    reuse: InitVar[Library | None] = None
    cache: AnalysisCache | None = field(default=None, repr=False, compare=False)
    cached: Mapping[str, Analysis] = field(default_factory=dict, repr=False, compare=False)
    unsaved: tuple[Entry, ...] = field(default=(), repr=False, compare=False)
    states: Mapping[str, FileState] = field(default_factory=dict, repr=False, compare=False)
    _by_key: dict[str, Article] = field(init=False, repr=False)
    _titles: TitleIndex = field(init=False, repr=False)
    people: PeopleRegistry = field(init=False, repr=False)
    quotes: QuoteIndex = field(init=False, repr=False)
    search: SearchIndex = field(init=False, repr=False)
    _summaries: dict[tuple[str, int], tuple[Sentence, ...]] = field(init=False, repr=False)
    _rankings: dict[str, Ranking] = field(init=False, repr=False)
    _scopes: dict[object, Any] = field(init=False, repr=False, compare=False)
    _search_stored: bool = field(init=False, repr=False, default=False)

    def __post_init__(self, reuse: Library | None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_scopes", {})  # bot/scope.py's views of this snapshot
        if reuse is not None:  # the same articles, now with quotes: keep their indexes
            ordered = reuse.articles
            names = ("_by_key", "_titles", "search", "_summaries", "_rankings", "_search_stored")
            for name in names:
                setattr_(self, name, getattr(reuse, name))
        else:
            ordered = tuple(sorted(self.articles, key=_newest_first, reverse=True))
            setattr_(self, "_by_key", {a.key: a for a in ordered})
            setattr_(self, "_titles", TitleIndex([a.title for a in ordered]))
            search = self._stored_search(ordered)
            setattr_(self, "_search_stored", search is not None)
            setattr_(self, "search", search or SearchIndex.build(ordered))
            setattr_(self, "_summaries", {})
            setattr_(self, "_rankings", {})
        setattr_(self, "articles", ordered)
        analyses = self.analyses if self.analyses is not None else {}
        people = PeopleRegistry.build(
            (a.key, analyses[a.key].people) for a in ordered if a.key in analyses
        )
        statements = (
            (a.key, q) for a in ordered if a.key in analyses for q in analyses[a.key].quotes
        )
        setattr_(self, "people", people)
        setattr_(self, "quotes", QuoteIndex.build(statements, people))

    def scoped(self, guild_id: int | None) -> Library:
        """What a guild (None: a DM or the console) may see of this snapshot: the shared
        articles and the guild's own, without analysing anything again (bot/scope.py)."""
        return scoped(self, guild_id)

    def _search_name(self) -> str:
        return f"search-{folder_name(self.folder or Path('.'))}"

    def _stored_search(self, ordered: tuple[Article, ...]) -> SearchIndex | None:
        """The search index the cache holds for exactly these articles, if any: read in
        a fraction of the time building it takes."""
        if self.cache is None or not ordered:
            return None
        data = self.cache.load_blob(self._search_name(), articles_identity(ordered))
        if data is None:
            return None
        try:
            return SearchIndex.from_bytes(ordered, data)
        except ValueError as exc:
            self.cache.drop_blob(self._search_name(), str(exc))
            return None

    @property
    def quotes_ready(self) -> bool:
        return self.analyses is not None or not self.articles

    def with_quotes(self, *, progress: Callable[[int, int], None] | None = None) -> Library:
        """This snapshot with every article's people and quotes read (blocking: the
        attribution runs in worker processes for large libraries)."""
        if self.analyses is not None:
            return self
        started = time.perf_counter()
        todo = [a for a in self.articles if a.key not in self.cached]
        with paused_gc():
            return self._with_quotes(todo, progress, started)

    def _with_quotes(
        self,
        todo: list[Article],
        progress: Callable[[int, int], None] | None,
        started: float,
    ) -> Library:
        failed: set[str] = set()
        fresh = analyse_articles(todo, analyse, progress=progress, failed=failed)
        analyses = {**self.cached, **fresh}
        unsaved = [
            Entry(self.states[a.key], a, fresh[a.key])
            for a in todo
            if a.key in self.states and a.key not in failed  # failures: logged each load
        ]
        elapsed = self.load_seconds + time.perf_counter() - started
        return Library(
            self.articles,
            self.skipped,
            self.folder,
            analyses,
            elapsed,
            reuse=self,
            cache=self.cache,
            unsaved=(*self.unsaved, *unsaved),
        )

    def save_cache(self) -> int:
        """Write the analyses the cache does not hold yet (blocking: call it once the
        snapshot is served, off the event loop). Returns how many; never raises."""
        if self.cache is None:
            return 0
        if not self._search_stored and self.articles:
            identity = articles_identity(self.articles)
            self.cache.store_blob(self._search_name(), identity, self.search.to_bytes())
            object.__setattr__(self, "_search_stored", True)
        written = self.cache.store(self.unsaved) if self.unsaved else 0
        if self.folder is not None and self.folder.is_dir():
            root = self.folder.resolve()
            self.cache.prune(root, (os.path.join(root, a.key) for a in self.articles))
        return written

    @classmethod
    def load(
        cls,
        folder: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Callable[[int, int], None] | None = None,
        previous: Library | None = None,
        quotes: bool = True,
        cache: AnalysisCache | None = None,
    ) -> Library:
        """Read `folder` and build a snapshot; unusable files are skipped with reasons.
        With `previous`, files it holds that have not changed are not parsed again.
        `quotes=False` leaves attribution for `with_quotes()`, for a faster start.
        With `cache`, unchanged files are read from it; `save_cache()` stores the rest.
        Large folders use worker processes: scripts must guard `if __name__ == "__main__"`."""
        with paused_gc():
            return cls._load(folder, max_bytes, progress, previous, quotes, cache)

    @classmethod
    def _load(
        cls,
        folder: Path,
        max_bytes: int,
        progress: Callable[[int, int], None] | None,
        previous: Library | None,
        quotes: bool,
        cache: AnalysisCache | None,
    ) -> Library:
        started = time.perf_counter()
        known = {}
        if previous is not None and previous.analyses is not None and quotes:
            known = {a.key: (a, previous.analyses[a.key]) for a in previous.articles}
        result = load_folder(
            folder,
            max_bytes=max_bytes,
            progress=progress,
            analyse=analyse if quotes else None,
            previous=known,
            cache=cache,
        )
        complete = quotes or not result.articles  # staged: the quotes' indexes come next
        library = cls(
            result.articles,
            result.skipped,
            folder,
            result.analyses if complete else None,
            cache=cache,
            cached={} if complete else result.analyses,
            unsaved=result.unsaved,
            states=result.states,
        )
        object.__setattr__(library, "load_seconds", time.perf_counter() - started)
        return library

    def summary(self, article: Article, count: int) -> tuple[Sentence, ...]:
        """`count` summary sentences, computed once per article and length; the
        sentence ranking behind them is computed once per article."""
        key = (article.key, count)
        cached = self._summaries.get(key)
        if cached is None:
            ranking = self._rankings.get(article.key)
            if ranking is None:
                ranking = self._rankings[article.key] = rank(article)
            cached = tuple(summary_from_ranking(article, ranking, count))
            self._summaries[key] = cached
        return cached

    def __len__(self) -> int:
        return len(self.articles)

    def latest(self) -> Article | None:
        return self.articles[0] if self.articles else None

    @property
    def by_key(self) -> Mapping[str, Article]:
        return self._by_key

    def get(self, key: str) -> Article | None:
        return self._by_key.get(key)

    def people_in(self, key: str) -> list[Person]:
        """The people and bodies one article names, each as the library's merged Person
        (one entry per person, in the article's order); none while quotes are unread."""
        analysis = (self.analyses or {}).get(key)
        found: dict[str, Person] = {}
        for local in analysis.people if analysis else ():
            person = self.people.canonical(local.name) or local
            found.setdefault(person.name, person)
        return list(found.values())

    def find_article(self, query: str) -> Article | None:
        """The article a user means: its key (what autocomplete sends) or a title, typos
        tolerated. None when nothing is close enough."""
        query = query.strip()
        if not query:
            return None
        if (article := self._by_key.get(query)) is not None:
            return article
        matches = self.match_titles(query, limit=1, typing=False)
        if matches and matches[0].score >= TITLE_MATCH_CUTOFF:
            return matches[0].article
        return None

    def match_titles(
        self, query: str, limit: int = AUTOCOMPLETE_LIMIT, *, typing: bool = True
    ) -> list[TitleMatch]:
        """Titles ranked by fuzzy similarity; an empty query lists the newest first.
        `typing`: the last word may be unfinished (autocomplete), so it also matches as
        a prefix; a submitted title is taken as whole words."""
        if not query.strip():
            return [TitleMatch(a, 0.0) for a in self.articles[:limit]]
        return [
            TitleMatch(self.articles[position], score)
            for position, score in self._titles.match(query[:300], limit, typing=typing)
        ]

    def summary_line(self) -> str:
        found = (
            f"{plural(len(self.people.people), 'person', 'people')}, "
            f"{plural(len(self.quotes), 'statement')}"
            if self.quotes_ready
            else "quotes still to read"
        )
        return (
            f"{plural(len(self.articles), 'article')} loaded, {len(self.skipped)} skipped, "
            f"{found}, in {self.load_seconds * 1000:.0f} ms"
        )
