"""The Library: an immutable snapshot of every loaded article and what the engine found.

Built once (at startup or on reload, off the event loop) and swapped whole, so a
command always sees one consistent snapshot, however long it runs.
"""

from __future__ import annotations

import copyreg
import logging
import os
import pickle
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import InitVar, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from bot.articles.analysis import Analysis, analyse
from bot.articles.cache import (
    AnalysisCache,
    Entry,
    FileState,
    articles_identity,
    folder_name,
    paused_gc,
    unpacked,
)
from bot.articles.loader import DEFAULT_MAX_BYTES, Skipped, analyse_articles, load_folder
from bot.articles.model import (
    SHARED_FROM,
    SHARED_INTS,
    Article,
    Paragraphs,
    Person,
    Quote,
    Sentence,
)
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


def _by_fields(value: Any) -> tuple[type, tuple[Any, ...]]:
    cls = type(value)
    return cls, tuple(getattr(value, name) for name in cls.__match_args__)


class _References:
    """The persistent ids of a stored quotes index: offsets and ids as references to the
    one shared object of their value (a pickle never shares ints, so each of the
    library's million statement offsets would otherwise come back as an object of its
    own, 28 bytes each), and statements' article texts as their article's key (the
    articles are stored, and read back, apart)."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._keys = {id(a.paragraphs): a.key for a in articles}

    def __call__(self, value: object) -> object:
        if type(value) is int:
            return value if SHARED_FROM <= value < len(SHARED_INTS) else None
        if type(value) is Paragraphs:
            return self._keys.get(id(value))
        return None


class _ReferencesUnpickler(pickle.Unpickler):
    def __init__(self, file: BinaryIO, articles: Mapping[str, Article]) -> None:
        super().__init__(file)
        self._articles = articles

    def persistent_load(self, pid: Any) -> Any:
        if type(pid) is int and SHARED_FROM <= pid < len(SHARED_INTS):
            return SHARED_INTS[pid]
        if type(pid) is str and pid in self._articles:
            return self._articles[pid].paragraphs
        raise pickle.UnpicklingError(f"unknown reference {str(pid)[:80]!r}")


def _plain_dump(value: object, file: BinaryIO, articles: Iterable[Article]) -> None:
    """Pickled into `file` with statements, people and analyses as their constructor's
    arguments: read back several times faster than through their own reducers, which
    share strings between separate pickles (in one pickle, the memo already does)."""
    pickler = pickle.Pickler(file, pickle.HIGHEST_PROTOCOL)
    pickler.persistent_id = _References(articles)  # type: ignore[method-assign]
    pickler.dispatch_table = {
        **copyreg.dispatch_table,
        Quote: _by_fields,
        Person: _by_fields,
        Analysis: _by_fields,
    }
    pickler.dump(value)


def _changed_people(base: Library, analyses: Mapping[str, Analysis]) -> dict[str, Any]:
    """Article key -> its people in `base` (None: a new article), for every article
    whose analysis is not the very one `base` holds: new, changed or removed."""
    before = base.analyses or {}
    changed: dict[str, Any] = {}
    for key, analysis in analyses.items():
        old = before.get(key)
        if old is not analysis:
            changed[key] = old.people if old is not None else None
    for key, old in before.items():
        if key not in analyses:
            changed[key] = old.people
    return changed


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
    prebuilt: InitVar[tuple[PeopleRegistry, QuoteIndex] | None] = None
    base: InitVar[Library | None] = None  # the snapshot this one follows (a reload)
    _by_key: dict[str, Article] = field(init=False, repr=False)
    _titles: TitleIndex = field(init=False, repr=False)
    people: PeopleRegistry = field(init=False, repr=False)
    quotes: QuoteIndex = field(init=False, repr=False)
    search: SearchIndex = field(init=False, repr=False)
    _summaries: dict[tuple[str, int], tuple[Sentence, ...]] = field(init=False, repr=False)
    _rankings: dict[str, Ranking] = field(init=False, repr=False)
    _scopes: dict[object, Any] = field(init=False, repr=False, compare=False)
    _search_stored: bool = field(init=False, repr=False, default=False)
    _quotes_stored: bool = field(init=False, repr=False, default=False)
    # articles whose analysis failed: kept without quotes, and never stored whole, so
    # that the failure is logged at every load
    _failed: frozenset[str] = field(init=False, repr=False, default=frozenset())
    # `cached` was let go of because a stored quotes index covers the articles: if that
    # index is unusable after all, with_quotes() reads the analyses from the cache again
    _cached_dropped: bool = field(init=False, repr=False, compare=False, default=False)
    # a reload's snapshot still without quotes: the one before, which with_quotes()
    # updates the people from (the complete snapshot keeps no reference to it)
    _base: Library | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(
        self,
        reuse: Library | None,
        prebuilt: tuple[PeopleRegistry, QuoteIndex] | None,
        base: Library | None,
    ) -> None:
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
            titles = ([a.title for a in base.articles], base._titles) if base is not None else None
            setattr_(self, "_titles", TitleIndex([a.title for a in ordered], titles))
            search = self._stored_search(ordered)
            setattr_(self, "_search_stored", search is not None)
            if search is None and base is not None:  # a reload: update, not rebuild
                search = SearchIndex.updated(base.search, ordered)
            setattr_(self, "search", search or SearchIndex.build(ordered))
            setattr_(self, "_summaries", {})
            setattr_(self, "_rankings", {})
        setattr_(self, "articles", ordered)
        if prebuilt is not None:  # read from the cache for exactly these analyses
            setattr_(self, "people", prebuilt[0])
            setattr_(self, "quotes", prebuilt[1])
            setattr_(self, "_quotes_stored", True)
            return
        analyses = self.analyses if self.analyses is not None else {}
        if self.analyses is None:
            setattr_(self, "_base", base)  # with_quotes() updates from it
        per_article = [(a.key, analyses[a.key].people) for a in ordered if a.key in analyses]
        people = None
        changed = None
        if base is not None and base.analyses is not None and self.analyses is not None:
            changed = _changed_people(base, analyses)
            people = PeopleRegistry.updated(base.people, per_article, changed)
        if people is None:
            people = PeopleRegistry.build(per_article)
        statements = [(a.key, analyses[a.key].quotes) for a in ordered if a.key in analyses]
        quotes = None
        if changed is not None and base is not None and base.quotes_ready:
            quotes = QuoteIndex.updated(base.quotes, statements, people, changed.keys())
        if quotes is None:
            quotes = QuoteIndex.build(((k, q) for k, found in statements for q in found), people)
        setattr_(self, "people", people)
        setattr_(self, "quotes", quotes)

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
        with self.cache.open_blob(self._search_name(), articles_identity(ordered)) as file:
            if file is None:
                return None
            try:
                return SearchIndex.from_file(ordered, file)
            except ValueError as exc:
                error = str(exc)
        self.cache.drop_blob(self._search_name(), error)
        return None

    def _quotes_name(self) -> str:
        return f"quotes-{folder_name(self.folder or Path('.'))}"

    def _stored_quotes(
        self,
    ) -> tuple[dict[str, Analysis], PeopleRegistry, QuoteIndex] | None:
        """Every analysis with the people registry and quote index built from them, as
        the cache holds them for exactly these articles: one read instead of decoding
        each analysis and merging the people and indexing the quotes again."""
        if self.cache is None or not self.articles:
            return None
        with self.cache.open_blob(self._quotes_name(), articles_identity(self.articles)) as file:
            if file is None:
                return None
            try:
                analyses, people, quotes = _ReferencesUnpickler(file, self._by_key).load()
                if not (isinstance(people, PeopleRegistry) and isinstance(quotes, QuoteIndex)):
                    raise ValueError("not a quotes index")
                quotes.read_postings(file)
                if len(analyses) != len(self.articles) or any(
                    a.key not in analyses for a in self.articles
                ):
                    raise ValueError("a stored quotes index of other articles")
                return analyses, people, quotes
            except Exception as exc:  # anything unreadable is rebuilt, never trusted
                error = f"{type(exc).__name__}: {exc}"
        self.cache.drop_blob(self._quotes_name(), error)
        return None

    def _has_stored_quotes(self) -> bool:
        if self.cache is None or not self.articles:
            return False
        return self.cache.has_blob(self._quotes_name(), articles_identity(self.articles))

    @property
    def quotes_ready(self) -> bool:
        return self.analyses is not None or not self.articles

    def with_quotes(self, *, progress: Callable[[int, int], None] | None = None) -> Library:
        """This snapshot with every article's people and quotes read (blocking: the
        attribution runs in worker processes for large libraries)."""
        if self.analyses is not None:
            return self
        started = time.perf_counter()
        with paused_gc(freeze=True):
            stored = self._stored_quotes()
            if stored is not None:
                elapsed = self.load_seconds + time.perf_counter() - started
                return Library(
                    self.articles,
                    self.skipped,
                    self.folder,
                    stored[0],
                    elapsed,
                    reuse=self,
                    cache=self.cache,
                    unsaved=self.unsaved,
                    prebuilt=stored[1:],
                )
            packed: Mapping[str, Any] = self.cached
            if self._cached_dropped and self.cache is not None and self.folder is not None:
                packed = self.cache.reread(self.folder, self.articles)
            cached = {}
            for key, value in packed.items():
                analysis = unpacked(value)
                if analysis is not None:  # unreadable: analysed again below
                    cached[key] = analysis
            todo = [a for a in self.articles if a.key not in cached]
            return self._with_quotes(cached, todo, progress, started)

    def _with_quotes(
        self,
        cached: dict[str, Analysis],
        todo: list[Article],
        progress: Callable[[int, int], None] | None,
        started: float,
    ) -> Library:
        failed: set[str] = set()
        fresh = analyse_articles(todo, analyse, progress=progress, failed=failed)
        analyses = {**cached, **fresh}
        unsaved = [
            Entry(self.states[a.key], a, fresh[a.key])
            for a in todo
            if a.key in self.states and a.key not in failed  # failures: logged each load
        ]
        elapsed = self.load_seconds + time.perf_counter() - started
        library = Library(
            self.articles,
            self.skipped,
            self.folder,
            analyses,
            elapsed,
            reuse=self,
            cache=self.cache,
            unsaved=(*self.unsaved, *unsaved),
            base=self._base,
        )
        object.__setattr__(library, "_failed", self._failed | failed)
        return library

    def save_cache(self) -> int:
        """Write the analyses the cache does not hold yet (blocking: call it once the
        snapshot is served, off the event loop). Returns how many; never raises."""
        if self.cache is None:
            return 0
        if not self._search_stored and self.articles:
            identity = articles_identity(self.articles)
            self.cache.store_blob_with(self._search_name(), identity, self.search.write_to)
            object.__setattr__(self, "_search_stored", True)
        if not self._quotes_stored and self.analyses is not None and self.articles:
            object.__setattr__(self, "_quotes_stored", True)
            if not self._failed:
                self._store_quotes(self.cache)
        written = self.cache.store(self.unsaved) if self.unsaved else 0
        if self.folder is not None and self.folder.is_dir():
            root = self.folder.resolve()
            self.cache.prune(root, (os.path.join(root, a.key) for a in self.articles))
        return written

    def _store_quotes(self, cache: AnalysisCache) -> None:
        """Store every analysis with the people registry and the quote index (its word
        index built first), in one pickle so that they keep sharing their statements."""
        self.quotes.warm()
        analyses = {a.key: self.analyses[a.key] for a in self.articles} if self.analyses else {}
        value = (analyses, self.people, self.quotes)
        identity = articles_identity(self.articles)
        articles = self.articles
        quotes = self.quotes

        def write(file: BinaryIO) -> None:
            _plain_dump(value, file, articles)
            quotes.write_postings(file)

        cache.store_blob_with(self._quotes_name(), identity, write)

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
        with paused_gc(freeze=True):
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
            lazy=True,
        )
        # Staged unless every analysis is at hand: the cached ones are still packed,
        # and with_quotes() reads them (or the stored quotes index) next.
        complete = not result.articles or (quotes and cache is None)
        library = cls(
            result.articles,
            result.skipped,
            folder,
            result.analyses if complete else None,
            cache=cache,
            cached={} if complete else result.analyses,
            unsaved=result.unsaved,
            states=result.states,
            base=previous,
        )
        object.__setattr__(library, "_failed", result.failed)
        if not complete and cache is not None and library.cached and library._has_stored_quotes():
            # the stored quotes index will be read instead: the packed analyses (about
            # 600 bytes an article) need not stay in memory until then
            object.__setattr__(library, "cached", {})
            object.__setattr__(library, "_cached_dropped", True)
        if quotes and not complete:
            library = library.with_quotes()
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
            person = self.people.canonical(local.name, key) or local
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
