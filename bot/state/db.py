"""The bot's state that is not an article: feeds, subscriptions, seen entries and poll
state, in one SQLite database under DATA_DIR. This module alone owns its schema.

The schema is versioned (`PRAGMA user_version`) and moved forward by `MIGRATIONS`, one
transaction each. A database this code cannot trust (corrupt, not ours, or written by a
newer version) raises `StateError`, which stops the bot with a message naming the file:
nothing is ever reset silently. Every change runs in a transaction.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

STATE_FILE = "state.sqlite3"

# Index i takes the schema from version i to i + 1; append, never edit a released one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        added_at REAL NOT NULL
    );
    CREATE TABLE poll_state (
        feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
        etag TEXT,
        last_modified TEXT,
        last_success REAL,
        last_error TEXT,
        last_error_at REAL,
        failures INTEGER NOT NULL DEFAULT 0,
        paused INTEGER NOT NULL DEFAULT 0,
        next_poll REAL NOT NULL DEFAULT 0
    );
    CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guild_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        added_by INTEGER,
        added_at REAL NOT NULL,
        primed INTEGER NOT NULL DEFAULT 0,
        UNIQUE (feed_id, guild_id)
    );
    CREATE TABLE seen (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        link TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        article_key TEXT,
        posted INTEGER NOT NULL DEFAULT 0,
        seen_at REAL NOT NULL
    );
    CREATE INDEX seen_by_entry ON seen (subscription_id, entry_id);
    CREATE INDEX seen_by_link ON seen (subscription_id, link);
    CREATE INDEX seen_by_hash ON seen (subscription_id, content_hash);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StateError(SystemExit):
    """The state database cannot be used; the message names the file and what to do."""


class AlreadySubscribed(ValueError):
    """This server already follows that feed."""


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    title: str
    site: str
    etag: str | None
    last_modified: str | None
    last_success: float | None
    last_error: str | None
    failures: int
    paused: bool
    next_poll: float


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    feed_id: int
    guild_id: int
    channel_id: int
    primed: bool


@dataclass(frozen=True, slots=True)
class FeedStatus:
    """One row of /feed list."""

    feed: Feed
    subscription: Subscription
    articles: int


@dataclass(frozen=True, slots=True)
class EntryMark:
    """What identifies a feed entry for dedupe: any one of the three seen before is enough."""

    entry_id: str
    link: str
    content_hash: str


_FEED_COLUMNS = (
    "f.id, f.url, f.title, f.site, p.etag, p.last_modified, p.last_success, p.last_error, "
    "p.failures, p.paused, p.next_poll"
)
_FEED_FROM = "feeds f JOIN poll_state p ON p.feed_id = f.id"


def _feed(row: sqlite3.Row | tuple) -> Feed:
    return Feed(
        id=row[0],
        url=row[1],
        title=row[2],
        site=row[3],
        etag=row[4],
        last_modified=row[5],
        last_success=row[6],
        last_error=row[7],
        failures=row[8],
        paused=bool(row[9]),
        next_poll=row[10],
    )


def _subscription(row: sqlite3.Row | tuple) -> Subscription:
    return Subscription(row[0], row[1], row[2], row[3], bool(row[4]))


_SUB_COLUMNS = "s.id, s.feed_id, s.guild_id, s.channel_id, s.primed"


class State:
    """The open database. Use from one thread (the event loop's): every call is short."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, data_dir: Path, *, name: str = STATE_FILE, timeout: float = 10.0) -> State:
        """Open (creating on first run) `data_dir/name`, in WAL mode, migrated to the
        current schema. Raises StateError for a file it must not touch."""
        path = Path(data_dir) / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"cannot create the data folder {path.parent}: {exc}") from None
        try:
            connection = sqlite3.connect(path, isolation_level=None, timeout=timeout)
        except sqlite3.Error as exc:
            raise StateError(f"cannot open the state database {path}: {exc}") from None
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            cls._check(connection, path)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            cls._migrate(connection, path)
        except sqlite3.OperationalError as exc:  # read-only, locked, no space: not damage
            connection.close()
            raise StateError(
                f"cannot use the state database {path} ({exc}). Nothing was changed: check "
                "that the bot may write there and that no other program holds it."
            ) from None
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StateError(
                f"the state database {path} is damaged or is not a database ({exc}). "
                "Nothing was changed: restore it from a backup, or move it away to start "
                "with no feeds."
            ) from None
        except StateError:
            connection.close()
            raise
        return cls(connection, path)

    @staticmethod
    def _check(connection: sqlite3.Connection, path: Path) -> None:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StateError(
                f"the state database {path} was written by a newer version of the bot "
                f"(schema {version}; this version knows up to {SCHEMA_VERSION}). Nothing "
                "was changed: run the newer version, or restore a backup."
            )
        tables = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        if version == 0 and tables:
            raise StateError(
                f"{path} is a SQLite database, but not this bot's state (it has tables and "
                "no schema version). Nothing was changed: point DATA_DIR elsewhere."
            )
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"integrity check: {result}")

    @staticmethod
    def _migrate(connection: sqlite3.Connection, path: Path) -> None:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        for target in range(version, SCHEMA_VERSION):
            statements = [s for s in MIGRATIONS[target].split(";") if s.strip()]
            connection.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {target + 1}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # --- feeds and subscriptions ---------------------------------------------------------

    def subscribe(
        self,
        url: str,
        *,
        guild_id: int,
        channel_id: int,
        title: str = "",
        site: str = "",
        added_by: int | None = None,
        now: float | None = None,
    ) -> Subscription:
        """Follow `url` in a guild's channel; raises AlreadySubscribed (nothing changed)."""
        now = time.time() if now is None else now
        with self._transaction() as db:
            row = db.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is None:
                feed_id = db.execute(
                    "INSERT INTO feeds (url, title, site, added_at) VALUES (?, ?, ?, ?)",
                    (url, title, site, now),
                ).lastrowid
                db.execute("INSERT INTO poll_state (feed_id) VALUES (?)", (feed_id,))
            else:
                feed_id = row[0]
                taken = db.execute(
                    "SELECT 1 FROM subscriptions WHERE feed_id = ? AND guild_id = ?",
                    (feed_id, guild_id),
                ).fetchone()
                if taken:
                    raise AlreadySubscribed(url)
                if title:
                    db.execute("UPDATE feeds SET title = ? WHERE id = ?", (title, feed_id))
            sub_id = db.execute(
                "INSERT INTO subscriptions (feed_id, guild_id, channel_id, added_by, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (feed_id, guild_id, channel_id, added_by, now),
            ).lastrowid
            assert sub_id is not None and feed_id is not None
        return Subscription(sub_id, feed_id, guild_id, channel_id, False)

    def unsubscribe(self, url: str, *, guild_id: int) -> bool:
        """Stop following `url` in a guild; a feed nobody follows any more is forgotten.
        False when the guild did not follow it (nothing changed)."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT s.id, s.feed_id FROM subscriptions s JOIN feeds f ON f.id = s.feed_id "
                "WHERE f.url = ? AND s.guild_id = ?",
                (url, guild_id),
            ).fetchone()
            if row is None:
                return False
            db.execute("DELETE FROM subscriptions WHERE id = ?", (row[0],))
            others = db.execute(
                "SELECT 1 FROM subscriptions WHERE feed_id = ?", (row[1],)
            ).fetchone()
            if others is None:
                db.execute("DELETE FROM feeds WHERE id = ?", (row[1],))
        return True

    def guild_feeds(self, guild_id: int) -> list[FeedStatus]:
        """A guild's feeds with their poll state and article counts, oldest added first."""
        rows = self._db.execute(
            f"SELECT {_FEED_COLUMNS}, {_SUB_COLUMNS}, "
            "(SELECT count(*) FROM seen WHERE subscription_id = s.id AND article_key IS NOT NULL) "
            f"FROM {_FEED_FROM} JOIN subscriptions s ON s.feed_id = f.id "
            "WHERE s.guild_id = ? ORDER BY s.added_at, s.id",
            (guild_id,),
        ).fetchall()
        return [FeedStatus(_feed(r[:11]), _subscription(r[11:16]), r[16]) for r in rows]

    def find_guild_feed(self, guild_id: int, url: str) -> FeedStatus | None:
        return next((s for s in self.guild_feeds(guild_id) if s.feed.url == url), None)

    def feed(self, feed_id: int) -> Feed | None:
        row = self._db.execute(
            f"SELECT {_FEED_COLUMNS} FROM {_FEED_FROM} WHERE f.id = ?", (feed_id,)
        ).fetchone()
        return _feed(row) if row else None

    def feeds(self) -> list[Feed]:
        rows = self._db.execute(f"SELECT {_FEED_COLUMNS} FROM {_FEED_FROM} ORDER BY f.id")
        return [_feed(r) for r in rows]

    def due(self, now: float) -> list[Feed]:
        """Feeds to poll now: not paused, their next poll time reached, earliest first."""
        rows = self._db.execute(
            f"SELECT {_FEED_COLUMNS} FROM {_FEED_FROM} "
            "WHERE p.paused = 0 AND p.next_poll <= ? ORDER BY p.next_poll, f.id",
            (now,),
        )
        return [_feed(r) for r in rows]

    def next_due(self) -> float | None:
        row = self._db.execute("SELECT min(next_poll) FROM poll_state WHERE paused = 0").fetchone()
        return row[0]

    def subscriptions(self, feed_id: int) -> list[Subscription]:
        rows = self._db.execute(
            f"SELECT {_SUB_COLUMNS} FROM subscriptions s WHERE s.feed_id = ? ORDER BY s.id",
            (feed_id,),
        )
        return [_subscription(r) for r in rows]

    # --- poll state ------------------------------------------------------------------------

    def poll_now(self, feed_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE poll_state SET next_poll = 0 WHERE feed_id = ?", (feed_id,))

    def record_success(
        self,
        feed_id: int,
        *,
        now: float,
        next_poll: float,
        etag: str | None,
        last_modified: str | None,
        title: str | None = None,
        site: str | None = None,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE poll_state SET etag = ?, last_modified = ?, last_success = ?, "
                "failures = 0, next_poll = ? WHERE feed_id = ?",
                (etag, last_modified, now, next_poll, feed_id),
            )
            if title:
                db.execute("UPDATE feeds SET title = ? WHERE id = ?", (title, feed_id))
            if site:
                db.execute("UPDATE feeds SET site = ? WHERE id = ?", (site, feed_id))

    def record_failure(
        self, feed_id: int, error: str, *, now: float, next_poll: float, pause_after: int
    ) -> tuple[int, bool]:
        """Count a failed poll; (failures so far, True when this one paused the feed)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE poll_state SET last_error = ?, last_error_at = ?, "
                "failures = failures + 1, next_poll = ? WHERE feed_id = ?",
                (error[:300], now, next_poll, feed_id),
            )
            row = db.execute(
                "SELECT failures, paused FROM poll_state WHERE feed_id = ?", (feed_id,)
            ).fetchone()
            if row is None:
                return 0, False
            failures, paused = row
            pausing = not paused and failures >= pause_after
            if pausing:
                db.execute("UPDATE poll_state SET paused = 1 WHERE feed_id = ?", (feed_id,))
        return failures, pausing

    def resume(self, feed_id: int) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE poll_state SET paused = 0, failures = 0, next_poll = 0 WHERE feed_id = ?",
                (feed_id,),
            )

    # --- seen entries ----------------------------------------------------------------------

    def unseen(self, subscription_id: int, marks: Iterable[EntryMark]) -> list[EntryMark]:
        """The entries the subscription has not met by id, link or content, in order
        (a repeat inside `marks` counts as seen too)."""
        fresh: list[EntryMark] = []
        taken: set[str] = set()
        for mark in marks:
            keys = {f"i:{mark.entry_id}", f"l:{mark.link}", f"h:{mark.content_hash}"}
            if keys & taken:
                continue
            row = self._db.execute(
                "SELECT 1 FROM seen WHERE subscription_id = ? AND "
                "(entry_id = ? OR (link != '' AND link = ?) OR content_hash = ?) LIMIT 1",
                (subscription_id, mark.entry_id, mark.link, mark.content_hash),
            ).fetchone()
            if row is None:
                fresh.append(mark)
            taken |= keys
        return fresh

    def mark_seen(
        self,
        subscription_id: int,
        mark: EntryMark,
        *,
        article_key: str | None,
        posted: bool,
        now: float | None = None,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO seen (subscription_id, entry_id, link, content_hash, article_key, "
                "posted, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    subscription_id,
                    mark.entry_id,
                    mark.link,
                    mark.content_hash,
                    article_key,
                    int(posted),
                    time.time() if now is None else now,
                ),
            )

    def set_primed(self, subscription_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE subscriptions SET primed = 1 WHERE id = ?", (subscription_id,))
