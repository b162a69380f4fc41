"""Which articles a server sees: the articles folder's own files everywhere, and the
files under `guilds/<guild id>/` only in that guild. Direct messages and the console
(no guild) see the shared files only.

A scoped view is an ordinary `Library` built from the snapshot's already-analysed
articles (nothing is parsed or analysed again), so every command answers scoped
queries without filtering anything by hand. Building a view builds its indexes, which
costs about half a millisecond and 12 KB per article, so views are cached:

- a snapshot is split by scope once (one pass over its keys);
- one view per guild, reused by every later snapshot that gives the guild the very same
  article objects (the loader reuses unchanged files, so a reload that only touched
  another guild's folder rebuilds nothing here);
- a guild without files of its own gets the shared view, and a snapshot without any
  guild files is its own shared view;
- at most `MEMO_SIZE` views and `MEMO_ARTICLES` articles in them are kept, least
  recently used out, so memory stays bounded however many servers ask.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.articles.model import Article
    from bot.library import Library

GUILDS_FOLDER = "guilds"
MEMO_SIZE = 128
MEMO_ARTICLES = 40_000  # about 500 MB of views' indexes at most
# A guild-scoped key whose folder is not a guild id belongs to no scope at all.
NOWHERE = -1


def guild_of(key: str) -> int | None:
    """The guild an article key belongs to: None for a shared file, `NOWHERE` for a
    file under `guilds/` outside any `guilds/<id>/` folder."""
    if not key.startswith(GUILDS_FOLDER + "/"):
        return None
    parts = key.split("/", 2)
    if len(parts) < 3 or not parts[1].isdigit():
        return NOWHERE
    return int(parts[1])


def guild_folder(guild_id: int) -> str:
    """The folder, relative to the articles folder, holding a guild's own articles."""
    return f"{GUILDS_FOLDER}/{int(guild_id)}"


def visible(key: str, guild_id: int | None) -> bool:
    owner = guild_of(key)
    return owner is None or (guild_id is not None and owner == guild_id)


@dataclass(frozen=True, slots=True)
class _Parts:
    """A snapshot split by scope, once: the guilds with files, and who sees what."""

    owners: frozenset[int]
    shared: tuple[Article, ...]
    own: dict[int, tuple[Article, ...]]
    shared_ids: frozenset[int]
    quotes: bool

    def articles(self, guild_id: int | None) -> tuple[Article, ...]:
        if guild_id is None:
            return self.shared
        return self.shared + self.own.get(guild_id, ())

    def signature(self, guild_id: int | None) -> tuple[frozenset[int], frozenset[int], bool]:
        own = self.own.get(guild_id, ()) if guild_id is not None else ()
        return self.shared_ids, frozenset(map(id, own)), self.quotes


@dataclass(slots=True)
class _Memo:
    signature: tuple[frozenset[int], frozenset[int], bool]
    view: Library
    snapshot: weakref.ref[Library]  # the last snapshot this view was checked against


class ScopeCache:
    """Builds and remembers scoped views, least recently used out when there are more
    than `size` views or more than `budget` articles in them (a view's indexes cost
    about 12 KB per article). Thread-safe: views are built off the event loop."""

    def __init__(self, size: int = MEMO_SIZE, budget: int = MEMO_ARTICLES) -> None:
        self.size = size
        self.budget = budget
        self._memo: OrderedDict[int | None, _Memo] = OrderedDict()
        self._lock = threading.Lock()
        self.builds = 0  # how many views were really built (tests and logs)

    def _key(self, library: Library, guild_id: int | None) -> tuple[_Parts, int | None]:
        parts = _parts(library)
        return parts, (guild_id if guild_id in parts.owners else None)

    def view(self, library: Library, guild_id: int | None) -> Library:
        parts, key = self._key(library, guild_id)
        if not parts.owners:
            return library  # nothing is private: every scope sees everything
        signature = parts.signature(key)
        with self._lock:
            memo = self._memo.get(key)
            if memo is not None and (memo.snapshot() is library or memo.signature == signature):
                memo.snapshot = weakref.ref(library)
                self._memo.move_to_end(key)
                return memo.view
        view = _build(library, parts.articles(key), key)  # outside the lock: it takes time
        with self._lock:
            self.builds += 1
            self._memo[key] = _Memo(signature, view, weakref.ref(library))
            self._memo.move_to_end(key)
            while len(self._memo) > 1 and (
                len(self._memo) > self.size
                or sum(len(m.view) for m in self._memo.values()) > self.budget
            ):
                self._memo.popitem(last=False)
        return view

    def ready(self, library: Library, guild_id: int | None) -> bool:
        """True when `view` answers at once (nothing to build or compare)."""
        parts, key = self._key(library, guild_id)
        if not parts.owners:
            return True
        memo = self._memo.get(key)
        return memo is not None and memo.snapshot() is library

    def clear(self) -> None:
        with self._lock:
            self._memo.clear()


CACHE = ScopeCache()


def scoped(library: Library, guild_id: int | None) -> Library:
    """The view of `library` that `guild_id` (None: a DM or the console) may see."""
    return CACHE.view(library, guild_id)


async def scoped_async(library: Library, guild_id: int | None) -> Library:
    """`scoped`, building a missing view off the event loop so no command stalls it."""
    if CACHE.ready(library, guild_id):
        return CACHE.view(library, guild_id)
    return await asyncio.to_thread(CACHE.view, library, guild_id)


def _parts(library: Library) -> _Parts:
    """`library` split by scope, computed once per snapshot (a linear pass over keys)."""
    parts = library._scopes.get("parts")
    if parts is None:
        shared: list[Article] = []
        own: dict[int, list[Article]] = {}
        for article in library.articles:
            owner = guild_of(article.key)
            if owner is None:
                shared.append(article)
            elif owner != NOWHERE:
                own.setdefault(owner, []).append(article)
            else:
                own.setdefault(NOWHERE, [])  # hidden everywhere, but the library is split
        parts = _Parts(
            owners=frozenset(own),
            shared=tuple(shared),
            own={g: tuple(a) for g, a in own.items()},
            shared_ids=frozenset(map(id, shared)),
            quotes=library.analyses is not None,
        )
        library._scopes["parts"] = parts
    return parts


def _build(library: Library, chosen: tuple[Article, ...], guild_id: int | None) -> Library:
    from bot.library import Library

    analyses = None
    if library.analyses is not None:
        analyses = {a.key: library.analyses[a.key] for a in chosen if a.key in library.analyses}
    skipped = tuple(s for s in library.skipped if visible(s.path, guild_id))
    view = Library(chosen, skipped, library.folder, analyses, library.load_seconds)
    if library.analyses is not None:
        view.quotes.warm()
    return view
