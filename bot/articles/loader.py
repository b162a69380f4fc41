"""Read an articles folder: find files, decode them, parse them, and give a reason for
every file that cannot be used instead of failing the whole load."""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from stat import S_ISREG
from typing import Any

from bot.articles.cache import AnalysisCache, Entry, FileState, content_digest, relocated
from bot.articles.model import Article, Paragraphs
from bot.articles.parse import ArticleError, parse_article

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".md"})
DEFAULT_MAX_BYTES = 1_000_000
# Below these many files, starting worker processes (and shipping results back) costs
# more than it saves: parsing alone is cheap, attributing quotes is not.
PARALLEL_PARSE_FROM = 5000
PARALLEL_ANALYSE_FROM = 1000
MAX_WORKERS = 4
CHUNK = 64
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What a load found. `analyses` holds every analysis known: all articles' when the
    load analysed, else those the cache had. `unsaved`: analysed articles the cache does
    not hold yet (written after the snapshot is served); `states`: the file state of
    every article parsed but not analysed, for storing once it is."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    analyses: dict[str, Any] = field(default_factory=dict)
    unsaved: tuple[Entry, ...] = ()
    states: dict[str, FileState] = field(default_factory=dict)
    failed: frozenset[str] = frozenset()  # analyses that raised (kept without quotes)


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes -> text. UTF-8 (BOM removed), else a fallback with a warning to log."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        for encoding in _FALLBACK_ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return text, f"not UTF-8 ({exc.reason} at byte {exc.start}); decoded as {encoding}"
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def read_article(path: Path, *, key: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Load one file. Raises ArticleError (or OSError) with the reason it cannot be used."""
    return read_article_bytes(path, key=key, max_bytes=max_bytes)[0]


def read_article_bytes(
    path: Path, *, key: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Article, bytes]:
    """The article and the very bytes it was parsed from (what the cache digests)."""
    stat = path.stat()  # a symlink loop or a vanished file raises OSError with its reason
    if not S_ISREG(stat.st_mode):
        raise ArticleError("not a regular file (a folder named like an article?)")
    if stat.st_size > max_bytes:
        raise ArticleError(f"too large ({stat.st_size:,} bytes; the limit is {max_bytes:,})")
    data = path.read_bytes()
    if len(data) > max_bytes:
        raise ArticleError(f"too large (over {max_bytes:,} bytes)")
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (contains NUL bytes)")
    text, warning = decode(data)
    if _mostly_control(text):
        raise ArticleError("binary file (mostly control characters)")
    article = parse_article(text, key=key, path=str(path), modified=stat.st_mtime)
    article = replace(
        article,
        size=stat.st_size,
        warnings=(warning, *article.warnings) if warning else article.warnings,
    )
    return article, data


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _mostly_control(text: str) -> bool:
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > len(sample) // 10


NOT_ARTICLES = frozenset(
    {"README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "CHANGES", "AUTHORS"}
)


def is_article_name(name: str) -> bool:
    """An article by its file name: .txt or .md, not hidden (editors' and atomic
    writers' temporary files are), and not a folder's documentation (README.TXT,
    LICENSE.md …), which sits beside articles in downloaded corpora."""
    stem, suffix = os.path.splitext(name)  # strings, not a Path per file: see below
    if name.startswith(".") or suffix.lower() not in ARTICLE_SUFFIXES:
        return False
    return stem.upper() not in NOT_ARTICLES


def find_article_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """(path, key) for every .txt/.md below `folder`, sorted, without following links
    into directories (so a symlink loop cannot trap the walk)."""
    for path, key in _article_names(folder):
        yield Path(path), key


def _article_names(folder: Path) -> list[tuple[str, str]]:
    """`find_article_files` as strings: a library of 100,000 files is walked at every
    start and reload, and most files need no Path (an unchanged file is only stat'ed)."""
    entries: list[tuple[str, str]] = []
    top = os.fspath(folder)
    for root, dirs, files in os.walk(top, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = list(files) + [d for d in dirs if is_article_name(d)]
        prefix = os.path.relpath(root, top).replace(os.sep, "/") + "/" if root != top else ""
        for name in names:
            if is_article_name(name):
                entries.append((os.path.join(root, name), prefix + name))
    entries.sort(key=lambda entry: entry[1])
    return entries


def load_folder(
    folder: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int], None] | None = None,
    analyse: Callable[[Article], Any] | None = None,
    previous: Mapping[str, tuple[Article, Any]] | None = None,
    cache: AnalysisCache | None = None,
    lazy: bool = False,
) -> LoadResult:
    """Load every article under `folder`; each unusable file is logged and listed.

    `analyse` (a module-level function, so it can cross processes) runs on each article
    as it loads; large folders are spread over worker processes, one per core. Files
    unchanged since `previous` (same size and modification time) are reused as they are,
    then those `cache` holds; only the rest are read. An article whose analysis fails is
    kept without quotes, the reason logged (the one failure policy of every load).
    The analyses the cache holds stay Packed (cache.unpacked decodes them) when `lazy`
    or when nothing is analysed (`analyse` None): whoever reads the quotes decodes them."""
    if not folder.is_dir():
        reason = "does not exist" if not folder.exists() else "is not a folder"
        log.warning("articles folder %s %s", folder, reason)
        return LoadResult((), (Skipped(str(folder), f"articles folder {reason}"),))
    files = _article_names(folder)
    if not files:
        log.info("articles folder %s is empty: add .txt or .md files to it", folder)
    reused, todo = _reuse_unchanged(files, previous or {})
    articles: list[Article] = []
    skipped: list[Skipped] = []
    analyses: dict[str, Any] = {}
    unsaved: list[Entry] = []
    states: dict[str, FileState] = {}
    failures: set[str] = set()
    for article, analysis in reused:
        articles.append(article)
        if analyse is not None:
            analyses[article.key] = analysis
    if cache is not None:
        packed = lazy or analyse is None
        todo = _from_cache(cache, folder, todo, articles, analyses, unsaved, states, packed)
    jobs = [(path, key, max_bytes, analyse) for path, key in todo]
    threshold = PARALLEL_PARSE_FROM if analyse is None else PARALLEL_ANALYSE_FROM
    preload = analyse.__module__ if analyse is not None else __name__
    results = _map(_load_one, jobs, size=len(jobs), threshold=threshold, preload=preload)
    known = len(files) - len(todo)
    for done, (key, outcome, analysis, digest) in enumerate(results, 1):
        if isinstance(outcome, str):
            log.warning("skipped %s: %s", key, outcome)
            skipped.append(Skipped(key, outcome))
        else:
            for warning in outcome.warnings:
                log.warning("%s: %s", key, warning)
            failed = isinstance(analysis, _Failed)
            if isinstance(analysis, _Failed):
                log.warning("analysing %s failed (%s)", key, analysis.error)
                failures.add(key)
                analysis = analyse_safely(analyse, outcome) if analyse is not None else None
            articles.append(outcome)
            state = states.pop(key, None)
            if state is not None:
                state = FileState(state.path, state.size, state.mtime_ns, digest)
                if analyse is None:
                    states[key] = state
                elif not failed:  # a failure is not cached: its reason is logged each load
                    unsaved.append(Entry(state, outcome, analysis))
            if analyse is not None:
                analyses[key] = analysis
        if progress is not None:
            progress(known + done, len(files))
    for key in [k for k, s in states.items() if s.digest is None]:
        del states[key]  # skipped files: nothing to store
    return LoadResult(
        tuple(articles), tuple(skipped), analyses, tuple(unsaved), states, frozenset(failures)
    )


def _from_cache(
    cache: AnalysisCache,
    folder: Path,
    todo: list[tuple[Path, str]],
    articles: list[Article],
    analyses: dict[str, Any],
    unsaved: list[Entry],
    states: dict[str, FileState],
    lazy: bool,
) -> list[tuple[Path, str]]:
    """Take what the cache holds for `todo` (into the lists given); the files left to read.
    Every file left gets its state (path, size, mtime) in `states`, for storing later."""
    root = folder.resolve()
    stats: dict[str, FileState] = {}
    mtimes: dict[str, float] = {}
    for path, key in todo:
        try:
            stat = path.stat()
        except OSError:
            continue  # the read reports why
        stats[key] = FileState(os.path.join(root, key), stat.st_size, stat.st_mtime_ns)
        mtimes[key] = stat.st_mtime
    hits = cache.lookup(root, list(stats.values()), lazy=lazy)
    left = []
    for path, key in todo:
        state = stats.get(key)
        hit = hits.get(state.path) if state is not None else None
        if state is None or hit is None:
            left.append((path, key))
            if state is not None:
                states[key] = state
            continue
        article = relocated(
            hit.article, key=key, path=str(path), modified=mtimes[key], size=state.size
        )
        articles.append(article)
        analyses[key] = hit.analysis
        for warning in article.warnings:
            log.warning("%s: %s", key, warning)
        if hit.refresh:  # same bytes, new size or mtime: the row learns the new ones
            state = FileState(state.path, state.size, state.mtime_ns, hit.digest)
            unsaved.append(Entry(state, article, hit.analysis))
    return left


def analyse_articles(
    articles: Sequence[Article],
    analyse: Callable[[Article], Any],
    *,
    progress: Callable[[int, int], None] | None = None,
    parallel_from: int = PARALLEL_ANALYSE_FROM,
    failed: set[str] | None = None,
) -> dict[str, Any]:
    """`analyse` every article: in this process for a few, over worker processes (one per
    core) from `parallel_from` on. Workers receive the loaded articles themselves, in
    chunks: an article pickles as its text and spans (Article.__reduce__), several times
    cheaper than reading and parsing its file again, and what is analysed is exactly
    what was loaded. The keys of articles whose analysis failed go into `failed`."""
    if _workers(len(articles), parallel_from) < 2:
        analyses = {}
        for done, article in enumerate(articles, 1):
            analyses[article.key] = analyse_safely(analyse, article, failed)
            if progress is not None:
                progress(done, len(articles))
        return analyses
    chunks = [tuple(articles[i : i + CHUNK]) for i in range(0, len(articles), CHUNK)]
    jobs = [(analyse, chunk) for chunk in chunks]
    results = _map(
        _analyse_chunk,
        jobs,
        size=len(articles),
        threshold=parallel_from,
        preload=analyse.__module__,
        chunksize=1,
    )
    analyses = {}
    done = 0
    for chunk, data in zip(chunks, results, strict=True):
        for article, analysis in zip(chunk, _chunk_results(data, chunk), strict=True):
            if isinstance(analysis, _Failed):
                log.warning("a worker failed on %s (%s)", article.key, analysis.error)
                analysis = analyse_safely(analyse, article, failed)  # again, logged in full
            analyses[article.key] = analysis
        done += len(chunk)
        if progress is not None:
            progress(done, len(articles))
    return analyses


@dataclass(frozen=True, slots=True)
class _Failed:
    """A worker's analysis that raised: the parent analyses that article again itself."""

    error: str


def _analyse_chunk(job: tuple[Callable[[Article], Any], tuple[Article, ...]]) -> bytes:
    """A worker's share: each article's analysis, or _Failed; never raises. Pickled here
    with references to the chunk's articles (their place in it) where statements refer
    to their article's text: the parent resolves them to its own articles, instead of
    receiving a copy of every text (`_chunk_results`)."""
    analyse, chunk = job
    out: list[Any] = []
    for article in chunk:
        try:
            out.append(analyse(article))
        except Exception as exc:
            out.append(_Failed(f"{type(exc).__name__}: {exc}"))
    places = {id(article.paragraphs): place for place, article in enumerate(chunk)}
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.persistent_id = lambda obj: places.get(id(obj)) if type(obj) is Paragraphs else None  # type: ignore[method-assign]
    pickler.dump(out)
    return buffer.getvalue()


class _ChunkUnpickler(pickle.Unpickler):
    def __init__(self, data: bytes, chunk: Sequence[Article]) -> None:
        super().__init__(io.BytesIO(data))
        self._chunk = chunk

    def persistent_load(self, pid: Any) -> Any:
        if type(pid) is not int or not 0 <= pid < len(self._chunk):
            raise pickle.UnpicklingError(f"unknown reference {pid!r}")
        return self._chunk[pid].paragraphs


def _chunk_results(data: bytes, chunk: Sequence[Article]) -> list[Any]:
    return _ChunkUnpickler(data, chunk).load()


def analyse_safely(
    analyse: Callable[[Article], Any], article: Article, failed: set[str] | None = None
) -> Any:
    """The one failure policy: an article whose analysis fails is kept, analysed as if
    it had no body (so without quotes), and the reason is logged in full (its key is
    added to `failed`, so that the cache does not keep it)."""
    try:
        return analyse(article)
    except Exception:
        if failed is not None:
            failed.add(article.key)
        log.exception("analysing %s failed; it is listed without quotes", article.key)
        return analyse(replace(article, paragraphs=()))


def worker_count() -> int:
    """How many worker processes a large load uses: one per core, at most MAX_WORKERS."""
    return min(os.cpu_count() or 1, MAX_WORKERS)


def _workers(jobs: int, threshold: int) -> int:
    """How many processes to spread `jobs` over: one below the threshold."""
    return worker_count() if jobs >= threshold else 1


def _map(
    fn: Callable[[Any], Any],
    jobs: list[Any],
    *,
    size: int,
    threshold: int,
    preload: str,
    chunksize: int = CHUNK,
) -> Iterator[Any]:
    """`fn` over `jobs`, results in order: in this process below `threshold` articles
    (`size`), over worker processes from there. If the workers fail (a fork server that
    cannot start, a killed worker), the remaining jobs run here: slower, but the load
    completes. `preload` names the module of the function the workers run."""
    done = 0
    workers = _workers(size, threshold)
    if workers >= 2:
        try:
            with ProcessPoolExecutor(workers, mp_context=_context(preload)) as pool:
                for result in pool.map(fn, jobs, chunksize=chunksize):
                    yield result
                    done += 1
            return
        except (OSError, EOFError, BrokenProcessPool) as exc:  # EOF: the fork server died
            log.warning("worker processes failed (%s); going on in this process", exc)
    for job in jobs[done:]:
        yield fn(job)


# Imported by the fork server before any worker starts (see _context)
_ANALYSIS_MODULE = "bot.articles.analysis"


def _context(preload: str) -> multiprocessing.context.BaseContext:
    """How workers start. A fork server where the system has one: it starts with the
    first large load, imports the loader, the engine's analysis and the running program
    once, and forks each worker from itself, ready at once; it is a process of its own,
    so forking is safe even though the bot runs threads. Elsewhere a spawn, which
    imports everything in every worker.

    The program's main module counts because multiprocessing runs it again in every
    worker (as __mp_main__, its `if __name__ == "__main__"` part skipped); imported in
    the server first, its imports cost the workers nothing. `python -m bot` is exempt."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    modules = [__name__, _ANALYSIS_MODULE, preload]
    main = getattr(getattr(sys.modules.get("__main__"), "__spec__", None), "name", None)
    if main and not main.endswith("__main__"):
        modules.append(main)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(dict.fromkeys(modules)))
    return context


def _reuse_unchanged(
    files: list[tuple[str, str]], previous: Mapping[str, tuple[Article, Any]]
) -> tuple[list[tuple[Article, Any]], list[tuple[Path, str]]]:
    """Split files into (article, analysis) pairs still valid and files to (re)load."""
    reused, todo = [], []
    stat = os.stat
    for path, key in files:
        known = previous.get(key)
        if known is not None:
            try:
                found = stat(path)
            except OSError:
                pass
            else:
                if (known[0].modified, known[0].size) == (found.st_mtime, found.st_size):
                    reused.append(known)
                    continue
        todo.append((Path(path), key))
    return reused, todo


def _load_one(
    job: tuple[Path, str, int, Callable[[Article], Any] | None],
) -> tuple[str, Article | str, Any, bytes | None]:
    """(key, article or the reason it was skipped, analysis or _Failed, digest of the
    file's bytes): never raises."""
    path, key, max_bytes, analyse = job
    try:
        article, data = read_article_bytes(path, key=key, max_bytes=max_bytes)
    except ArticleError as exc:
        return key, str(exc), None, None
    except OSError as exc:
        return key, _os_reason(exc), None, None
    except Exception as exc:  # a parser or engine bug must cost one file, not the load
        return key, f"could not be parsed ({type(exc).__name__}: {str(exc)[:200]})", None, None
    digest = content_digest(data)
    if analyse is None:
        return key, article, None, digest
    try:
        return key, article, analyse(article), digest
    except Exception as exc:  # kept without quotes: the parent logs it and retries bare
        return key, article, _Failed(f"{type(exc).__name__}: {str(exc)[:200]}"), digest


def _os_reason(exc: OSError) -> str:
    return f"cannot read ({exc.strerror or type(exc).__name__})"
