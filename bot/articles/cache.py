"""The analysis cache: each article's parse and analysis, stored once under DATA_DIR so a
start, a reload or `ask` analyses only new or changed files.

One SQLite file (stdlib; transactions make a crash mid-write harmless, WAL lets several
shard processes on one machine read and write it at once). A row is one file: its
absolute path, size, mtime (ns), a BLAKE2b digest of its bytes, the engine version that
analysed it and the pickled (Article, analysis) pair (Article pickles compactly through
its own __reduce__).

A row is trusted when the file's size and mtime match, as git trusts its index, unless
the mtime is within MTIME_SLACK_NS of when the row was written (a file rewritten in the
same clock tick could keep both): then its digest decides. A file whose size or mtime
changed but whose digest is known (touched, copied, moved) reuses that analysis.

The engine version is a hash of every source file of the engine (bot/articles/, read
once at import), so any change to the engine invalidates exactly the rows it made,
without anyone bumping a number. Anything wrong with the file (truncated, corrupt, not
ours, unreadable payload) is logged in one line and the cache is rebuilt; the cache is
never trusted over the articles and never stops a load.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import io
import logging
import os
import pickle
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from bot.articles.model import Article

log = logging.getLogger(__name__)

CACHE_FILE = "analysis-cache.sqlite3"
FORMAT = 2  # the layout of this file; the engine's own version is computed, see below
APPLICATION_ID = 0x41525443  # "ARTC": a foreign SQLite file is recognised as such
MTIME_SLACK_NS = 2_000_000_000
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32_768  # SQLite's page cache per connection: a large write spills less
_ENGINE_DIR = Path(__file__).resolve().parent
_BLOB_MAGIC = b"article-bot index\n"


def engine_version(folder: Path = _ENGINE_DIR) -> str:
    """A digest of every engine source file (names and bytes) and the Python version:
    whatever changes what an analysis contains changes this."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{FORMAT} {sys.version_info[:2]}".encode())
    for path in sorted(folder.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


ENGINE_VERSION = engine_version()


def content_digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def articles_identity(articles: Iterable[Article]) -> bytes:
    """Which articles, in which order, with which file size and time: what a stored
    library-wide index was built from."""
    digest = hashlib.blake2b(digest_size=16)
    for article in articles:
        digest.update(f"{article.key}\0{article.size}\0{article.modified!r}\n".encode())
    return digest.digest()


def folder_name(folder: Path) -> str:
    """A short, file-name-safe name for an articles folder."""
    return hashlib.blake2b(str(folder.resolve()).encode(), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class FileState:
    """What identifies one article file's content: path, size, mtime, digest."""

    path: str
    size: int
    mtime_ns: int
    digest: bytes | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One article to store: its file and what the engine made of it."""

    state: FileState
    article: Article
    analysis: Any


@dataclass(frozen=True, slots=True)
class Hit:
    """A cached analysis; `refresh`: valid, but its row has the file's old size or mtime."""

    article: Article
    analysis: Any
    digest: bytes
    refresh: bool = False


class Packed:
    """An analysis still in its pickled form: a staged start serves the articles before
    it needs any analysis, so these are decoded only when the quotes are read (or never,
    when a stored quotes index covers the whole library). Its statements refer to its
    article's text (`ARTICLE_REF`), which `article` supplies when decoded."""

    __slots__ = ("article", "data")

    def __init__(self, data: bytes, article: Article) -> None:
        self.data = data
        self.article = article


ARTICLE_REF = "article"  # the persistent id, in an analysis pickle, of its article's text


class _AnalysisUnpickler(pickle.Unpickler):
    def __init__(self, file: BinaryIO, article: Article) -> None:
        super().__init__(file)
        self._layout = article.paragraphs

    def persistent_load(self, pid: Any) -> Any:
        if pid != ARTICLE_REF:
            raise pickle.UnpicklingError(f"unknown reference {pid!r}")
        return self._layout


def dumps_analysis(value: Any, article: Article) -> bytes:
    """`value` pickled with its statements' references to `article`'s text written as
    one persistent id (the article is stored, and read back, apart)."""
    layout = article.paragraphs
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.persistent_id = lambda obj: ARTICLE_REF if obj is layout else None  # type: ignore[method-assign]
    pickler.dump(value)
    return buffer.getvalue()


def loads_analysis(data: bytes, article: Article) -> Any:
    return _AnalysisUnpickler(io.BytesIO(data), article).load()


def unpacked(value: Any) -> Any:
    """The analysis itself (a Packed one decoded); None if its bytes are unreadable."""
    if type(value) is not Packed:
        return value
    try:
        cls, analysis = loads_analysis(value.data, value.article)
        return cls(*analysis) if cls is not None else analysis
    except Exception as exc:
        log.warning("analysis cache: an unreadable analysis (%s); analysing again", exc)
        return None


class CacheCorrupt(Exception):
    """The cache file cannot be trusted: it is rebuilt."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest BLOB NOT NULL,
    engine TEXT NOT NULL,
    written_ns INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_digest ON entries (digest, engine);
"""


class AnalysisCache:
    """The cache file of one DATA_DIR. Thread-safe: one connection per call, so a
    background write never shares a connection with a load."""

    def __init__(self, path: Path, engine: str = ENGINE_VERSION) -> None:
        self.path = path
        self.engine = engine
        self._lock = threading.Lock()
        self._ready = False

    @classmethod
    def in_folder(cls, data_dir: Path) -> AnalysisCache:
        return cls(data_dir / CACHE_FILE)

    # ------------------------------------------------------------------ reading

    def lookup(
        self, folder: Path, states: Sequence[FileState], *, lazy: bool = False
    ) -> dict[str, Hit]:
        """Cached analyses by path, for those of `states` (size and mtime from a fresh
        stat) still valid; `lazy`: the analyses left Packed (see `unpacked`). Never
        raises: a bad cache is logged, rebuilt, and a miss."""
        if not states:
            return {}
        try:
            return self._lookup(folder, states, lazy)
        except (sqlite3.Error, CacheCorrupt, OSError) as exc:
            self._reset(exc)
            return {}

    def _lookup(self, folder: Path, states: Sequence[FileState], lazy: bool) -> dict[str, Hit]:
        wanted = {s.path: s for s in states}
        found: dict[str, Hit] = {}
        with self._connect() as db, paused_gc():
            low, high = _prefix_range(str(folder))
            rows = db.execute(
                "SELECT path, size, mtime_ns, digest, written_ns, payload FROM entries "
                "WHERE path >= ? AND path < ? AND engine = ?",
                (low, high, self.engine),
            )
            for path, size, mtime_ns, digest, written_ns, payload in rows:
                state = wanted.get(path)
                if state is None:
                    continue
                same = (state.size, state.mtime_ns) == (size, mtime_ns)
                if not same or mtime_ns >= written_ns - MTIME_SLACK_NS:
                    # touched, or rewritten in the tick the row was written: bytes decide
                    now = _digest_of(path)
                    if now != digest:
                        continue
                article, analysis = _unpack(payload, path)
                if not lazy:
                    analysis = unpacked(analysis)
                    if analysis is None:
                        continue
                found[path] = Hit(article, analysis, digest, refresh=not same)
        return found

    def __len__(self) -> int:
        try:
            with self._connect() as db:
                return int(db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
        except (sqlite3.Error, CacheCorrupt, OSError) as exc:
            self._reset(exc)
            return 0

    # ------------------------------------------------------------------ writing

    def store(self, entries: Iterable[Entry]) -> int:
        """Write `entries` in one transaction (all or none) and drop the rows of other
        engine versions. Returns how many were written; never raises."""
        started = time.perf_counter()
        rows = [  # in key order: appended to the B-tree, not spread over its pages
            (
                e.state.path,
                e.state.size,
                e.state.mtime_ns,
                e.state.digest or b"",
                self.engine,
                time.time_ns(),
                _pack(e.article, e.analysis),
            )
            for e in sorted(entries, key=lambda e: e.state.path)
            if e.state.digest is not None
        ]
        if not rows:
            return 0
        try:
            with self._connect() as db, _transaction(db):
                db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                db.execute("DELETE FROM entries WHERE engine != ?", (self.engine,))
        except (sqlite3.Error, CacheCorrupt, OSError) as exc:
            self._reset(exc)
            return 0
        log.info(
            "analysis cache: %d article(s) written in %.0f ms",
            len(rows),
            (time.perf_counter() - started) * 1000,
        )
        return len(rows)

    def prune(self, folder: Path, keep: Iterable[str]) -> int:
        """Drop the rows of files below `folder` (resolved) that are not in `keep`: files
        deleted or renamed since. Returns how many; never raises."""
        kept = set(keep)
        try:
            with self._connect() as db:
                low, high = _prefix_range(str(folder))
                rows = db.execute(
                    "SELECT path FROM entries WHERE path >= ? AND path < ?", (low, high)
                )
                gone = [(path,) for (path,) in rows if path not in kept]
                if gone:
                    with _transaction(db):
                        db.executemany("DELETE FROM entries WHERE path = ?", gone)
            return len(gone)
        except (sqlite3.Error, CacheCorrupt, OSError) as exc:
            self._reset(exc)
            return 0

    # ------------------------------------------------------------------ whole indexes

    def load_blob(self, name: str, identity: bytes) -> bytes | None:
        """A library-wide index stored for exactly the articles `identity` names (by
        `store_blob`), else None. A damaged file is logged in one line and removed."""
        with self.open_blob(name, identity) as file:
            return file.read() if file is not None else None

    @contextlib.contextmanager
    def open_blob(self, name: str, identity: bytes) -> Iterator[BinaryIO | None]:
        """The stored index `name` as an open file positioned after its header, if it
        was stored for exactly the articles `identity` names, else None: read as a
        stream, a large index is never held twice (its bytes and what they make)."""
        try:
            file = self._blob_path(name).open("rb")
        except OSError:
            yield None
            return
        with file:
            head = _BLOB_MAGIC + identity
            try:
                start = file.read(len(head))
            except OSError:
                start = b""
            if start != head:  # another set of articles: the rest is not read
                if not start.startswith(_BLOB_MAGIC):
                    self.drop_blob(name, "not an index of this cache")
                yield None  # rebuilt, and replaced when saved
                return
            yield file

    def has_blob(self, name: str, identity: bytes) -> bool:
        """Whether an index `name` is stored for exactly the articles `identity` names
        (its header only: whether it reads whole is known when it is read)."""
        with self.open_blob(name, identity) as file:
            return file is not None

    def reread(self, folder: Path, articles: Iterable[Article]) -> dict[str, Packed]:
        """The analyses the cache holds for these loaded articles (by key, still packed,
        referring to the articles given): what a staged load let go of when a stored
        quotes index was there, read again when that index turns out unusable."""
        root = folder.resolve()
        by_path: dict[str, Article] = {}
        states: list[FileState] = []
        for article in articles:
            path = os.path.join(root, article.key)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            by_path[path] = article
            states.append(FileState(path, stat.st_size, stat.st_mtime_ns))
        found: dict[str, Packed] = {}
        for path, hit in self.lookup(root, states, lazy=True).items():
            if type(hit.analysis) is Packed:
                article = by_path[path]
                found[article.key] = Packed(hit.analysis.data, article)
        return found

    def store_blob(self, name: str, identity: bytes, data: bytes) -> None:
        """Replace the stored index `name` atomically (readers see the old or the new
        file, never a torn one); never raises."""
        self.store_blob_with(name, identity, lambda file: file.write(data))

    def store_blob_with(
        self, name: str, identity: bytes, write: Callable[[BinaryIO], object]
    ) -> None:
        """`store_blob` for an index that `write` writes into the file itself (a pickler
        streaming into it): no copy of the whole index in memory. Through a temporary
        file, fsynced and renamed over the old one. Never raises; if `write` raises,
        nothing is stored (logged)."""
        path = self._blob_path(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
            )
        except OSError as exc:
            log.warning("analysis cache: could not store %s (%s)", name, exc)
            return
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(_BLOB_MAGIC + identity)
                write(file)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except Exception as exc:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            log.warning("analysis cache: could not store %s (%s)", name, exc)

    def drop_blob(self, name: str, reason: str) -> None:
        log.warning("analysis cache: stored %s unusable (%s); rebuilding it", name, reason)
        with contextlib.suppress(OSError):
            self._blob_path(name).unlink()

    def _blob_path(self, name: str) -> Path:
        return self.path.parent / "indexes" / f"{name}-{self.engine}.bin"

    # ------------------------------------------------------------------ the file

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            db.execute("PRAGMA synchronous = NORMAL")  # per connection; WAL: never torn
            if not self._ready:
                self._prepare(db)
            yield db
        finally:
            db.close()

    def _prepare(self, db: sqlite3.Connection) -> None:
        """Check the file is ours (or new), then create what is missing."""
        with self._lock:
            app = db.execute("PRAGMA application_id").fetchone()[0]
            tables = db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
            if app == 0 and tables == 0:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {FORMAT}")
            elif app != APPLICATION_ID:
                raise CacheCorrupt(f"not an analysis cache (application id {app:#x})")
            elif db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
                raise CacheCorrupt("an analysis cache of another format")
            db.execute("PRAGMA journal_mode = WAL")
            db.executescript(_SCHEMA)
            self._ready = True

    def _reset(self, exc: BaseException) -> None:
        """One line in the log, the file and its journals removed; the next use starts
        a fresh cache. Not for a cache that is only busy (another process writing for
        longer than the busy timeout) or a folder that cannot be written: those are
        logged and this use goes without the cache, which is left as it is."""
        if isinstance(exc, OSError) or (
            isinstance(exc, sqlite3.OperationalError) and not _damaged(exc)
        ):
            log.warning("analysis cache %s not used this time (%s)", self.path, exc)
            return
        log.warning(
            "analysis cache %s unusable (%s: %s); rebuilding it", self.path, type(exc).__name__, exc
        )
        with self._lock:
            self._ready = False
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(f"{self.path}{suffix}")


def _damaged(exc: sqlite3.Error) -> bool:
    """An error that says the file itself is bad (rather than busy or unwritable)."""
    text = str(exc).lower()
    return any(sign in text for sign in ("malformed", "not a database", "corrupt"))


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """All or nothing (the connection is in autocommit mode, so this is explicit); the
    write lock is taken at once, so two writers queue instead of failing half-way."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextlib.contextmanager
def paused_gc(*, freeze: bool = False) -> Iterator[None]:
    """No cyclic garbage collection while a whole library is unpickled: each pass would
    walk every object made so far, for nothing (they are all alive); reading 10,000
    articles takes less than half the time without them.

    `freeze`: then move every object alive to the collector's permanent generation
    (gc.freeze), so that no later collection walks a snapshot's millions of objects
    again (at 100,000 articles each full pass took seconds, in the middle of commands).
    Snapshots hold no reference cycles, so a replaced one is still freed, by reference
    counting; only cyclic garbage among the objects frozen would outlive them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
            release_free_memory()
        if enabled:
            gc.enable()


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(None)
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to ask for
        return None
    return trim


_MALLOC_TRIM = _malloc_trim()


def release_free_memory() -> None:
    """Hand the memory a load freed (the pickles read, the old snapshot's objects) back
    to the system. glibc keeps freed heap pages for reuse; after a library load that
    is tens of megabytes per 10,000 articles that the process would hold until exit."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _prefix_range(folder: str) -> tuple[str, str]:
    """Paths below `folder` as a range of the primary key (a range scan, not a filter)."""
    prefix = folder.rstrip(os.sep) + os.sep
    return prefix, prefix[:-1] + chr(ord(os.sep) + 1)


def _digest_of(path: str) -> bytes | None:
    try:
        return content_digest(Path(path).read_bytes())
    except OSError:
        return None


def _pack(article: Article, analysis: Any) -> bytes:
    """The article and its analysis pickled apart (so the article can be read without
    the analysis), a dataclass analysis as its class and constructor arguments (the
    generic path of frozen slots dataclasses is several times slower to read)."""
    protocol = pickle.HIGHEST_PROTOCOL
    if type(analysis) is Packed:
        packed = analysis.data
    elif is_dataclass(analysis) and not isinstance(analysis, type):
        cls = type(analysis)
        values = tuple(getattr(analysis, f.name) for f in fields(cls) if f.init)
        packed = dumps_analysis((cls, values), article)
    else:
        packed = dumps_analysis((None, analysis), article)
    return pickle.dumps((pickle.dumps(article, protocol=protocol), packed), protocol=protocol)


def _unpack(payload: bytes, path: str) -> tuple[Article, Packed]:
    try:
        article_data, analysis_data = pickle.loads(payload)
        article = pickle.loads(article_data)
    except Exception as exc:  # a torn or foreign payload: the whole file is suspect
        raise CacheCorrupt(f"unreadable entry for {path}: {type(exc).__name__}") from exc
    if not isinstance(article, Article):
        raise CacheCorrupt(f"entry for {path} is not an article")
    return article, Packed(analysis_data, article)


def relocated(article: Article, *, key: str, path: str, modified: float, size: int) -> Article:
    """A cached article as the file at `path` now is (same bytes, other name or time)."""
    if (article.key, article.path, article.modified, article.size) == (key, path, modified, size):
        return article
    return replace(article, key=key, path=path, modified=modified, size=size)
