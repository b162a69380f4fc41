"""Which articles a server sees: the articles folder's own files everywhere, and the
files under `guilds/<guild id>/` only in that guild. Direct messages and the console
(no guild) see the shared files only.

A scoped view is an ordinary `Library` built from the snapshot's already-analysed
articles (nothing is parsed or analysed again), so every command answers scoped
queries without filtering anything by hand. Building a view builds its indexes, which
costs about half a millisecond per article, so views are cached:

- per snapshot and guild (`Library.scoped` asks this module once per snapshot);
- across snapshots: a reload that leaves a guild's articles the very same objects (the
  loader reuses unchanged files) reuses that guild's previous view;
- a guild without files of its own gets the shared view, and a snapshot without any
  guild files is its own shared view.

The cross-snapshot memo keeps at most `MEMO_SIZE` views, least recently used first out.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.library import Library

GUILDS_FOLDER = "guilds"
MEMO_SIZE = 128
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
class _Memo:
    signature: tuple[frozenset[int], bool]
    view: Library


class ScopeCache:
    """Builds and remembers scoped views; thread-safe (views are built off the loop)."""

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._memo: OrderedDict[int | None, _Memo] = OrderedDict()
        self._lock = threading.Lock()
        self.builds = 0  # how many views were really built (tests and logs)

    def view(self, library: Library, guild_id: int | None) -> Library:
        owners = _owners(library)
        if not owners:
            return library  # nothing is private: every scope sees everything
        if guild_id not in owners:
            guild_id = None  # no files of its own: the shared view
        cached = library._scopes.get(guild_id)
        if cached is not None:
            return cached
        articles = [a for a in library.articles if visible(a.key, guild_id)]
        signature = (frozenset(map(id, articles)), library.analyses is not None)
        with self._lock:
            memo = self._memo.get(guild_id)
            if memo is not None and memo.signature == signature:
                self._memo.move_to_end(guild_id)
                view = memo.view
            else:
                view = _build(library, articles, guild_id)
                self.builds += 1
                self._memo[guild_id] = _Memo(signature, view)
                self._memo.move_to_end(guild_id)
                while len(self._memo) > self.size:
                    self._memo.popitem(last=False)
        library._scopes[guild_id] = view
        return view

    def ready(self, library: Library, guild_id: int | None) -> bool:
        """True when `view` would answer without building anything."""
        owners = _owners(library)
        return not owners or (guild_id if guild_id in owners else None) in library._scopes

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


def _owners(library: Library) -> frozenset[int]:
    """The guilds with files of their own in `library` (NOWHERE included), once."""
    owners = library._scopes.get("owners")
    if owners is None:
        owners = frozenset(g for g in (guild_of(a.key) for a in library.articles) if g is not None)
        library._scopes["owners"] = owners
    return owners  # type: ignore[return-value]


def _build(library: Library, articles: Iterable, guild_id: int | None) -> Library:
    from bot.library import Library

    chosen = tuple(articles)
    analyses = None
    if library.analyses is not None:
        analyses = {a.key: library.analyses[a.key] for a in chosen if a.key in library.analyses}
    skipped = tuple(s for s in library.skipped if visible(s.path, guild_id))
    view = Library(chosen, skipped, library.folder, analyses, library.load_seconds)
    if library.analyses is not None:
        view.quotes.warm()
    return view
