"""Every quote of the library, searchable the way people remember quotes: roughly.

A user types a half-remembered line with typos, missing or reordered words, straight or
curly marks. An inverted index from words to quotes finds the few quotes that share the
query's rarer words (typos are mapped to nearby index words first), and only those are
scored with rapidfuzz, so a search costs milliseconds however large the library is.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
import struct
import threading
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import BinaryIO, overload

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.articles.lexicon import QUOTE_NEGATIONS, QUOTE_SEARCH_STOPWORDS
from bot.articles.model import Quote
from bot.articles.people import PeopleRegistry, fold

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_KIND_RANK = {"direct": 0, "partial": 1, "indirect": 2}
_COUNT = struct.Struct("<I")  # the stored word index's lengths
_KIND_BONUS = {"direct": 2.0, "partial": 1.0, "indirect": 0.0}
THRESHOLD = 72.0
# A match must also hold this share of the query's content words (a typo counts): "we
# will not be raising taxes" is no match for "we will be raising it with the parties"
COVERAGE = 2 / 3
WORD_ALIKE = 75  # fuzz.ratio of a query word and a quote word that stand for each other
_MAX_QUERY = 300  # characters of a query that are looked at
_MAX_CANDIDATES = 150
_COMMON_POSTINGS = 3000
UPDATE_MAX_ARTICLES = 200  # more changed articles than this (or a fiftieth): build


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """One answer to /whosaid: the quote (speaker canonical), how well it matched (0-100),
    and the spans of quote.text that matched the query, for bolding."""

    article_key: str
    quote: Quote
    score: float
    highlights: tuple[tuple[int, int], ...]


def _norm(text: str) -> str:
    if text.isascii():
        return text.lower()
    return fold(text).replace("‘", "'").replace("“", '"').replace("”", '"')


def _words(text: str) -> list[str]:
    return [w.replace("'", "") for w in _WORD.findall(_norm(text))]


def _joined_words(text: str) -> str:
    """ " ".join(_words(text)), with one replace over the result instead of one a word
    (and an ASCII-only pattern, faster, when the folded text is ASCII)."""
    norm = _norm(text)
    pattern = _ASCII_WORD if norm.isascii() else _WORD
    return " ".join(pattern.findall(norm)).replace("'", "")


class _Entries(Sequence[tuple[str, Quote]]):
    """The index's (article key, statement) pairs, held as two lists: a tuple a pair
    cost 64 bytes, 50 MB at 100,000 articles. Reading a pair makes the tuple."""

    __slots__ = ("_keys", "_quotes")

    def __init__(self, pairs: Iterable[tuple[str, Quote]] = ()) -> None:
        self._keys: list[str] = []
        self._quotes: list[Quote] = []
        for key, quote in pairs:
            self._keys.append(key)
            self._quotes.append(quote)

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> tuple[str, Quote]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, Quote]]: ...
    def __getitem__(self, index: int | slice) -> tuple[str, Quote] | list[tuple[str, Quote]]:
        if isinstance(index, slice):
            return list(zip(self._keys[index], self._quotes[index], strict=True))
        return self._keys[index], self._quotes[index]

    def __iter__(self) -> Iterator[tuple[str, Quote]]:
        return zip(self._keys, self._quotes, strict=True)


class QuoteIndex:
    """The library's quotes with an inverted word index for fuzzy /whosaid and autocomplete."""

    def __init__(self, pairs: Iterable[tuple[str, Quote]]) -> None:
        self._entries = entries = _Entries(pairs)
        # Entries are numbered as listed here; an updated index keeps the numbers of
        # unchanged articles' entries and numbers new ones after them, so it also holds
        # each live entry's place in library order (`_rank`, and `_by_rank` the other
        # way), and the entries of removed or changed articles stay unreachable (`_dead`).
        everything = array("i", range(len(entries)))
        self._rank: array = everything
        self._by_rank: array = everything
        self._dead: frozenset[int] = frozenset()
        # The word index serves only /whosaid and its autocomplete, so it is built on
        # first use (or by warm()), not while the library loads.
        self._lock = threading.Lock()
        self._ready = False
        self._postings: dict[str, array] = {}
        self._vocab: list[str] = []
        self._idf: dict[str, float] = {}
        # A quotation inside a reported sentence of the same speaker is part of that
        # statement: searchable on its own words, but counted and listed once.
        self._parent = nested_in(entries)
        by_speaker: dict[str, list[int]] = {}
        by_article: dict[str, Counter[str]] = {}
        for i, (key, q) in enumerate(entries):
            if q.speaker and attributed(q) and i not in self._parent:
                by_speaker.setdefault(q.speaker, []).append(i)
                by_article.setdefault(key, Counter())[q.speaker] += 1
        self._by_speaker: dict[str, Sequence[int]] = dict(by_speaker)
        # The same statement in two articles (one wire story filed twice, a report
        # updated under a new headline) is one statement of the speaker: listed and
        # counted once across the library, yet still in each article's own list.
        self._repeats: frozenset[int] = frozenset(
            i for ids in by_speaker.values() for i in _repeated(entries, ids)
        )
        self._speaker_order: dict[str, list[int]] = {}  # by_speaker's order, memoised
        self._folded_speakers: dict[str, str] | None = None
        self._by_article = by_article
        self._order: array = array("q")
        self._popular: list[int] = []
        self._finish()

    def _finish(self) -> None:
        """The suggestion order (direct, then partial, then indirect; library order
        within) and what the empty prefix suggests: direct quotes of the most quoted."""
        n, rank, entries = len(self._entries), self._rank, self._entries
        # arrays, not lists of ints: an int above 256 is an object of 28 bytes, and at
        # 100,000 articles these hold millions of them
        self._order = array(
            "q", [_KIND_RANK[q.kind] * n + r for (_, q), r in zip(entries, rank, strict=True)]
        )
        self._by_speaker = {
            s: ids if type(ids) is array else array("i", ids) for s, ids in self._by_speaker.items()
        }
        counts = Counter({s: len(ids) for s, ids in self._by_speaker.items()})
        for i in self._repeats:
            counts[entries[i][1].speaker or ""] -= 1
        self._popular = [
            i
            for s, _ in counts.most_common(50)
            for i in [j for j in self._by_speaker[s][:4] if j not in self._repeats][:3]
            if entries[i][1].kind == "direct"
        ]

    @classmethod
    def build(cls, entries: Iterable[tuple[str, Quote]], registry: PeopleRegistry) -> QuoteIndex:
        """Index (article key, quote) pairs, naming speakers by the registry's canonical
        names so every spelling of one person gathers under one name."""
        cache: dict[tuple[str, str], str] = {}
        out: list[tuple[str, Quote]] = []
        for key, quote in entries:
            if quote.speaker:
                name = cache.get((key, quote.speaker))
                if name is None:
                    person = registry.canonical(quote.speaker, key)
                    name = person.name if person else quote.speaker
                    cache[key, quote.speaker] = name
                if name != quote.speaker:
                    quote = replace(quote, speaker=name)
            out.append((key, quote))
        index = cls(out)
        index._registry = registry
        registry.rank_by_quotes(index.count_by_speaker())
        return index

    _registry: PeopleRegistry | None = None

    def __getstate__(self) -> dict[str, object]:
        """Stored by the analysis cache: without the lock (a new one on reading) and
        without the word index's postings, which `write_postings` stores after the
        pickle (read into their arrays directly, they are never held twice)."""
        state = dict(self.__dict__)
        del state["_lock"]
        state["_postings"] = {}
        state["_ready"] = False  # until read_postings
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def write_postings(self, file: BinaryIO) -> None:
        """The word index's postings, word after word in `_vocab` order, each as its
        length and its entries (int32); nothing if the index is not built."""
        if not self._ready:
            file.write(_COUNT.pack(0))
            return
        file.write(_COUNT.pack(len(self._vocab)))
        for word in self._vocab:
            ids = self._postings[word]
            file.write(_COUNT.pack(len(ids)))
            ids.tofile(file)

    def read_postings(self, file: BinaryIO) -> None:
        """What `write_postings` wrote, into this index read from a pickle. ValueError
        if the file does not hold them."""
        try:
            (words,) = _COUNT.unpack(file.read(_COUNT.size))
            if words == 0:
                return
            if words != len(self._vocab):
                raise ValueError("postings of another word index")
            postings: dict[str, array] = {}
            for word in self._vocab:
                (size,) = _COUNT.unpack(file.read(_COUNT.size))
                ids = array("i")
                ids.fromfile(file, size)
                postings[word] = ids
        except (EOFError, struct.error) as exc:
            raise ValueError(f"torn postings ({exc})") from exc
        self._postings = postings
        self._ready = True

    def warm(self) -> None:
        """Build the word index now (it is otherwise built by the first search). Safe to
        call from a background thread while other threads search."""
        if self._ready:
            return
        with self._lock:
            if self._ready:
                return
            grouped: defaultdict[str, list[int]] = defaultdict(list)
            entries = self._entries
            for i in self._by_rank:  # postings list entries in library order
                for w in set(_joined_words(entries[i][1].text).split()):
                    grouped[w].append(i)
            # arrays: half the size of lists; a plain dict: a miss must not insert a key
            postings = {w: array("i", ids) for w, ids in grouped.items()}
            n = max(1, len(self._by_rank))
            self._idf = {w: math.log(1 + n / len(ids)) for w, ids in postings.items()}
            self._vocab = sorted(postings)
            self._postings = postings
            self._ready = True  # last: readers that see it see everything above

    @classmethod
    def updated(
        cls,
        old: QuoteIndex,
        articles: Sequence[tuple[str, Sequence[Quote]]],
        registry: PeopleRegistry,
        changed: Collection[str],
    ) -> QuoteIndex | None:
        """The index `build` makes of `articles` (article key, its statements, in library
        order) named by `registry`, derived from `old`: the index of the same articles
        but those in `changed` (new, changed or removed), the rest in the same relative
        order. Only the changed articles' statements, and those of articles whose
        speakers' canonical names changed, are indexed again; `old`'s word index, if
        built, is updated too. When `registry` is `old`'s registry updated
        (PeopleRegistry.updated), it says which articles' names it may have changed
        (`remerged_since`): only theirs are looked up again, not the whole library's.
        None when too much changed (then build). `old` is left as it is."""
        if len(changed) > max(UPDATE_MAX_ARTICLES, len(articles) // 50):
            return None
        remerged = registry.remerged_since(old._registry)
        names: dict[tuple[str, str], str] = {}

        def name_of(key: str, raw: str) -> str:
            name = names.get((key, raw))
            if name is None:
                person = registry.canonical(raw, key)
                name = names[key, raw] = person.name if person else raw
            return name

        entries = list(old._entries)
        ranges = _article_ranges(entries, old._by_rank)
        redo = set(changed)
        for key, quotes in articles:
            if key in redo or (remerged is not None and key not in remerged):
                continue
            span = ranges.get(key)
            if span is not None and _renamed(entries, span, key, quotes, name_of):
                redo.add(key)
        dead = set(old._dead)
        killed: list[tuple[int, int]] = []
        for key in redo:
            span = ranges.pop(key, None)
            if span is not None:
                killed.append(span)
                dead.update(range(*span))
        fresh: list[tuple[int, int]] = []
        for key, quotes in articles:
            if key not in redo or not quotes:
                continue
            start = len(entries)
            for quote in quotes:
                if quote.speaker and name_of(key, quote.speaker) != quote.speaker:
                    quote = replace(quote, speaker=names[key, quote.speaker])
                entries.append((key, quote))
            ranges[key] = (start, len(entries))
            fresh.append((start, len(entries)))
        if len(dead) > len(entries) // 4:
            return None  # compact: built afresh, without the dead entries
        rank = array("i", bytes(4 * len(entries)))  # a dead entry's rank is never read
        by_rank = array("i")
        for key, _ in articles:
            span = ranges.get(key)
            if span is not None:
                lo, hi = span
                rank[lo:hi] = array("i", range(len(by_rank), len(by_rank) + hi - lo))
                by_rank.extend(range(lo, hi))
        self = cls.__new__(cls)
        self._entries, self._rank, self._by_rank = _Entries(entries), rank, by_rank
        self._dead = frozenset(dead)
        self._lock = threading.Lock()
        self._ready = False
        self._postings, self._vocab, self._idf = {}, [], {}
        parent = {i: group for i, group in old._parent.items() if i not in dead}
        for lo, hi in fresh:
            for at, holding in nested_in(entries[lo:hi]).items():
                parent[lo + at] = tuple(lo + h for h in holding)
        self._parent = parent
        touched = {entries[i][1].speaker for lo, hi in (*killed, *fresh) for i in range(lo, hi)}
        kept: dict[str, Sequence[int]] = {}  # untouched speakers' ids, shared with old
        redone: dict[str, list[int]] = {}
        for speaker, ids in old._by_speaker.items():
            if speaker in touched:
                redone[speaker] = [i for i in ids if i not in dead]
            elif ids:
                kept[speaker] = ids
        by_article = {k: c for k, c in old._by_article.items() if k not in redo}
        for lo, hi in fresh:
            for i in range(lo, hi):
                key, q = entries[i]
                if q.speaker and attributed(q) and i not in parent:
                    redone.setdefault(q.speaker, []).append(i)
                    by_article.setdefault(key, Counter())[q.speaker] += 1
        for ids in redone.values():
            ids.sort(key=rank.__getitem__)
        repeats = {
            i for i in old._repeats if i not in dead and entries[i][1].speaker not in touched
        }
        for ids in redone.values():
            repeats.update(_repeated(entries, ids))
        self._repeats = frozenset(repeats)
        by_speaker: dict[str, Sequence[int]] = {**kept, **{s: i for s, i in redone.items() if i}}
        # in the order of each speaker's first statement, as a build meets them
        self._by_speaker = dict(sorted(by_speaker.items(), key=lambda item: rank[item[1][0]]))
        self._by_article = by_article
        self._speaker_order = {}
        self._folded_speakers = None
        self._finish()
        self._registry = registry
        registry.rank_by_quotes(self.count_by_speaker())
        if old._ready:
            self._update_words(old, killed, fresh)
        return self

    def _update_words(
        self, old: QuoteIndex, killed: list[tuple[int, int]], fresh: list[tuple[int, int]]
    ) -> None:
        """The word index of `old` without the `killed` entries and with the `fresh`
        ones, each posting still in library order: what `warm()` would build."""
        entries, rank, old_rank = self._entries, self._rank, old._rank
        postings = dict(old._postings)
        for lo, hi in killed:  # an article's entries: consecutive places in old's order
            first = old_rank[lo]
            words = {w for i in range(lo, hi) for w in _joined_words(entries[i][1].text).split()}
            for word in words:
                posting = postings[word]
                start = bisect.bisect_left(posting, first, key=old_rank.__getitem__)
                end = bisect.bisect_left(posting, first + hi - lo, key=old_rank.__getitem__)
                posting = posting[:start] + posting[end:]
                if posting:
                    postings[word] = posting
                else:
                    del postings[word]
        copied: set[str] = set()  # postings this index owns (never change old's)
        for lo, hi in fresh:
            for i in range(lo, hi):
                for word in set(_joined_words(entries[i][1].text).split()):
                    found = postings.get(word)
                    if found is None:
                        postings[word] = array("i", (i,))
                        copied.add(word)
                        continue
                    posting = found if word in copied else array("i", found)
                    postings[word] = posting
                    copied.add(word)
                    posting.insert(bisect.bisect_left(posting, rank[i], key=rank.__getitem__), i)
        n = max(1, len(self._by_rank))
        self._idf = {w: math.log(1 + n / len(ids)) for w, ids in postings.items()}
        same = len(postings) == len(old._postings) and postings.keys() == old._postings.keys()
        self._vocab = old._vocab if same else sorted(postings)
        self._postings = postings
        self._ready = True

    def __len__(self) -> int:
        """How many statements: a quotation inside a reported sentence is not one more."""
        return len(self._by_rank) - len(self._parent)

    def _statement(self, i: int) -> tuple[int, ...]:
        """The statement an entry belongs to: itself, or the reported sentences holding it."""
        return self._parent.get(i, (i,))

    def _one_a_statement(self, ids: Iterable[int], limit: int) -> list[int]:
        """The first `limit` ids, skipping any whose statement is already listed, so a
        quotation and the reported sentence around it never show up as two answers, nor
        the same words of the same speaker from a story filed twice."""
        seen: set[int] = set()
        said: set[tuple[str | None, str, str]] = set()
        out: list[int] = []
        for i in ids:
            if len(out) >= limit:
                break
            group = self._statement(i)
            quote = self._entries[i][1]
            words = (quote.speaker, quote.kind, " ".join(quote.text.split()).casefold())
            if seen.isdisjoint(group) and words not in said:
                seen.update(group)
                said.add(words)
                out.append(i)
        return out

    # ------------------------------------------------------------ search
    def match(self, query: str, limit: int = 4, article_key: str | None = None) -> list[QuoteMatch]:
        """Quotes that match the query above the confidence threshold, best first."""
        self.warm()
        ranked = self._search(query, article_key)
        return self._matches(self._close(query, ranked), limit, query)

    def _close(
        self, query: str, ranked: list[tuple[float, float, int]]
    ) -> Iterator[tuple[float, float, int]]:
        """The ranked entries close enough to be the quote asked for: above the threshold,
        holding most of the query's content words and saying what it says (negated or
        not). A high fuzzy score alone is no match: it shares small words. Lazy: only the
        few entries shown are checked."""
        words = _words(query[:_MAX_QUERY])[:40]
        for r in ranked:
            if r[1] >= THRESHOLD and _agrees(words, self._entries[r[2]][1].text):
                yield r

    def closest(self, query: str, limit: int = 3) -> list[QuoteMatch]:
        """The best candidates even below the threshold (for "no quote matched")."""
        self.warm()
        return self._matches(self._search(query, None), limit, query)

    def match_or_closest(
        self, query: str, limit: int = 4, closest: int = 3
    ) -> tuple[list[QuoteMatch], list[QuoteMatch]]:
        """(`match`, []) when a quote is close enough, else ([], `closest`): one search
        answers both, as /whosaid needs."""
        self.warm()
        ranked = self._search(query, None)
        matches = self._matches(self._close(query, ranked), limit, query)
        if matches:
            return matches, []
        return [], self._matches(ranked, closest, query)

    def _matches(
        self, ranked: Iterable[tuple[float, float, int]], limit: int, query: str
    ) -> list[QuoteMatch]:
        """QuoteMatch objects (with highlights) for the top `limit` statements only
        (`ranked` is read only as far as they need)."""
        score_of: dict[int, float] = {}

        def ids() -> Iterator[int]:
            for _, score, i in ranked:
                score_of[i] = score
                yield i

        top = self._one_a_statement(ids(), max(0, limit))
        if not top:
            return []
        terms = self._terms(_words(query[:_MAX_QUERY])[:40])
        out = []
        for i in top:
            key, quote = self._entries[i]
            score = score_of[i]
            out.append(QuoteMatch(key, quote, round(score, 1), _highlights(quote.text, terms)))
        return out

    def _search(self, query: str, article_key: str | None) -> list[tuple[float, float, int]]:
        """(rank score, match score, entry index), best first."""
        words = _words(query[:_MAX_QUERY])[:40]
        if not words:
            return []
        terms = self._terms(words)
        if not terms:
            return []
        candidates = self._candidates(terms, article_key)
        qtext = " ".join(words)
        results = []
        for i in candidates:
            quote = self._entries[i][1]
            # the words of only these few candidates: not kept for every quote
            score = self._score(qtext, _joined_words(quote.text))
            results.append((score + _KIND_BONUS[quote.kind], score, i))
        rank = self._rank
        results.sort(key=lambda r: (-r[0], _KIND_RANK[self._entries[r[2]][1].kind], rank[r[2]]))
        return results

    def _candidates(self, terms: dict[str, float], article_key: str | None) -> list[int]:
        """The entries sharing the most (idf-weighted) query words, at most
        _MAX_CANDIDATES; equal weights in the order the words' postings met them.
        Summed over an array of every entry (numpy): a stop-word query's postings
        hold a good share of the library's quotes."""
        size = len(self._entries)
        weights = np.zeros(size)
        met = np.full(size, -1, dtype=np.intp)  # when an entry was first weighed
        seen = 0
        ordered = sorted(terms.items(), key=lambda kv: -kv[1])
        for n, (term, weight) in enumerate(ordered):
            posting = self._postings.get(term)
            if posting is None or not len(posting):
                continue
            ids = np.frombuffer(posting, dtype=np.intc)
            if n and len(ids) > _COMMON_POSTINGS and seen:
                # a very common word only re-ranks what the rarer words found
                ids = ids[met[ids] >= 0]
            else:
                fresh = ids[met[ids] < 0]
                met[fresh] = np.arange(seen, seen + len(fresh))
                seen += len(fresh)
            weights[ids] += weight
        found = np.flatnonzero(met >= 0)
        if article_key is not None:
            entries = self._entries
            found = found[[entries[i][0] == article_key for i in found.tolist()]]
        if len(found) > _MAX_CANDIDATES:  # sort only what ties with the last candidate
            kept = weights[found]
            kth = np.partition(kept, len(found) - _MAX_CANDIDATES)[len(found) - _MAX_CANDIDATES]
            found = found[kept >= kth]
        order = np.lexsort((met[found], -weights[found]))[:_MAX_CANDIDATES]
        return found[order].tolist()

    @staticmethod
    def _score(query: str, text: str) -> float:
        """Partial alignment for a fragment, token-set for missing or reordered words."""
        if not text:
            return 0.0
        a = fuzz.partial_ratio(query, text) if len(query) <= len(text) else fuzz.ratio(query, text)
        b = fuzz.token_set_ratio(query, text)
        best = max(a, 0.95 * b)
        # a two-word query matching inside a long quote is weak evidence
        short = len(query.split())
        if short <= 2:
            best *= 0.85
        return float(best)

    def _terms(self, words: list[str]) -> dict[str, float]:
        """Query words mapped to index words (itself, or its nearest spellings) with idf."""
        terms: dict[str, float] = {}
        content = [w for w in words if w not in QUOTE_SEARCH_STOPWORDS] or words
        for w in dict.fromkeys(content):
            if w in self._postings:
                terms[w] = self._idf[w]
                continue
            for near in self._near(w):
                terms[near] = max(terms.get(near, 0.0), 0.8 * self._idf[near])
        return terms

    def _near(self, word: str, limit: int = 3) -> list[str]:
        """Index words within a typo of `word` (sharing its first letter, for speed)."""
        if len(word) < 3:
            return []
        lo = bisect.bisect_left(self._vocab, word[0])
        hi = bisect.bisect_left(self._vocab, word[0] + "\U0010ffff")
        hits = process.extract(
            word, self._vocab[lo:hi], scorer=fuzz.ratio, score_cutoff=78, limit=limit
        )
        return [self._vocab[lo + pos] for _, _, pos in hits]

    # ------------------------------------------------------------ autocomplete
    def suggest(self, prefix: str, limit: int = 25) -> list[QuoteMatch]:
        """Quotes for autocomplete as the user types: all but the last word must match
        (or nearly match) a word of the quote, the last may be unfinished."""
        limit = max(0, min(limit, 100))
        words = _words(prefix[:_MAX_QUERY])[-8:]
        if not words:
            return [self._as_match(i, {}) for i in self._popular[:limit]]
        self.warm()
        last = words[-1]
        sets: list[set[int]] = []
        terms: dict[str, float] = {}
        earlier = [w for w in dict.fromkeys(words[:-1]) if w not in QUOTE_SEARCH_STOPWORDS]
        # the rarest few words narrow best; very common ones add cost, not precision
        earlier.sort(key=lambda w: len(self._postings.get(w, ())) or 1)
        for w in earlier[:3]:
            if len(self._postings.get(w, ())) > _COMMON_POSTINGS and sets:
                continue
            ids, near = self._word_ids(w)
            terms.update(dict.fromkeys(near, 1.0))
            if ids:
                sets.append(ids)
        ids, near = self._prefix_ids(last)
        terms.update(dict.fromkeys(near, 1.0))
        if ids:
            sets.append(ids)
        if not sets:
            return []
        sets.sort(key=len)
        found = set(sets[0])
        for other in sets[1:]:
            narrowed = found & other
            if not narrowed:
                break  # tolerate a word that matches nothing alongside the rest
            found = narrowed
        ranked = heapq.nsmallest(2 * limit + 10, found, key=self._order.__getitem__)
        return [self._as_match(i, terms) for i in self._one_a_statement(ranked, limit)]

    def _word_ids(self, word: str) -> tuple[set[int], list[str]]:
        if word in self._postings:
            return set(self._postings[word][:_COMMON_POSTINGS]), [word]
        near = self._near(word)
        ids: set[int] = set()
        for w in near:
            ids.update(self._postings[w][:_COMMON_POSTINGS])
        return ids, near

    def _prefix_ids(self, prefix: str, cap: int = 200) -> tuple[set[int], list[str]]:
        lo = bisect.bisect_left(self._vocab, prefix)
        words = []
        for w in self._vocab[lo : lo + cap]:
            if not w.startswith(prefix):
                break
            words.append(w)
        if not words:
            return self._word_ids(prefix)
        ids: set[int] = set()
        for w in sorted(words, key=lambda w: len(self._postings[w]))[:20]:
            ids.update(self._postings[w][:300])
            if len(ids) >= 2000:
                break
        return ids, words

    def _as_match(self, i: int, terms: dict[str, float]) -> QuoteMatch:
        key, quote = self._entries[i]
        return QuoteMatch(key, quote, 100.0, _highlights(quote.text, terms))

    # ------------------------------------------------------------ by speaker
    def by_speaker(self, name: str, article_key: str | None = None) -> list[tuple[str, Quote]]:
        """What one person said: direct quotes first, then partial, then reported speech,
        each in article order."""
        speaker = self._speaker_name(name, article_key)
        if speaker is None:
            return []
        ordered = self._speaker_order.get(speaker)
        if ordered is None:  # once per speaker: ids ascend, so a stable sort by kind
            ids = self._by_speaker.get(speaker, [])
            ordered = sorted(ids, key=lambda i: _KIND_RANK[self._entries[i][1].kind])
            self._speaker_order[speaker] = ordered
        entries, repeats = self._entries, self._repeats
        if article_key is None:
            return [entries[i] for i in ordered if i not in repeats]
        return [entries[i] for i in ordered if entries[i][0] == article_key]

    def _speaker_name(self, name: str, article_key: str | None = None) -> str | None:
        if not name or not name.strip():
            return None
        if self._registry is not None and article_key is not None:
            person = self._registry.canonical(name, article_key)  # as that article means it
            if person is not None:
                return person.name
        if name in self._by_speaker:
            return name
        if self._registry is not None:
            person = self._registry.canonical(name)
            if person is not None:
                return person.name
        if self._folded_speakers is None:  # built once, not at every miss
            self._folded_speakers = {fold(s): s for s in self._by_speaker}
        return self._folded_speakers.get(fold(name.strip()))

    def count_by_speaker(self, article_key: str | None = None) -> dict[str, int]:
        """How many statements (of any kind) each canonical speaker has, in the whole
        library or in one article."""
        if article_key is None:
            counts = {s: len(ids) for s, ids in self._by_speaker.items()}
            for i in self._repeats:
                counts[self._entries[i][1].speaker or ""] -= 1
            return counts
        return dict(self._by_article.get(article_key, {}))


def _repeated(entries: Sequence[tuple[str, Quote]], ids: Sequence[int]) -> list[int]:
    """Among one speaker's statements in library order, those saying again, in another
    article, what an earlier one said: the same kind and the same words."""
    seen: dict[tuple[str, str], str] = {}
    out = []
    for i in ids:
        key, q = entries[i]
        said = (q.kind, " ".join(q.text.lower().split()))  # a copy: the same words
        first = seen.setdefault(said, key)
        if first != key:
            out.append(i)
    return out


def _renamed(
    entries: Sequence[tuple[str, Quote]],
    span: tuple[int, int],
    key: str,
    quotes: Sequence[Quote],
    name_of: Callable[[str, str], str],
) -> bool:
    """Whether an unchanged article's statements (`quotes`, as the engine named their
    speakers), indexed at entries[lo:hi] in the same order, now name a speaker by
    another canonical name than the index holds. The names the engine gave are read
    from the article, not kept: a cache of them would be one more map the size of the
    library."""
    lo, hi = span
    if hi - lo != len(quotes):
        return True  # (not the statements indexed: index them again)
    for quote, (_, held) in zip(quotes, entries[lo:hi], strict=True):
        if quote.speaker and name_of(key, quote.speaker) != held.speaker:
            return True
    return False


def attributed(quote: Quote) -> bool:
    """A statement counts for a speaker only when the article attributes it to one."""
    return bool(quote.speaker) and quote.how != "unattributed"


def _article_ranges(
    entries: list[tuple[str, Quote]], live: Iterable[int]
) -> dict[str, tuple[int, int]]:
    """Each article's entries among the `live` ones as a range of their numbers (an
    article's entries are numbered together). Worked out when an update needs it rather
    than kept: a dictionary the size of the library, for each snapshot."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i in live:
        key = entries[i][0]
        first.setdefault(key, i)
        last[key] = i
    return {key: (lo, last[key] + 1) for key, lo in first.items()}


def nested_in(entries: Sequence[tuple[str, Quote]]) -> dict[int, tuple[int, ...]]:
    """Entry index -> indexes of the reported sentences holding it, for every quotation
    that lies inside a reported sentence of the same speaker in the same article: 'He
    reiterated that Moscow has "never threatened the Ukrainian people"' is one statement,
    not two. The engine's own output keeps both; this is how the bot counts them."""
    reported: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
    for i, (key, q) in enumerate(entries):
        if q.kind == "indirect" and q.speaker:
            reported[key, q.speaker].append((q.start, q.end, i))
    parents: dict[int, tuple[int, ...]] = {}
    if not reported:
        return parents
    for i, (key, q) in enumerate(entries):
        if q.kind == "indirect" or not q.speaker:
            continue
        spans = reported.get((key, q.speaker), ())
        holding = tuple(at for start, end, at in spans if start <= q.start and q.end <= end)
        if holding:
            parents[i] = holding
    return parents


def _agrees(query_words: list[str], text: str) -> bool:
    """Whether a quote says what the query says: where the two line up, both are negated
    or neither is ("it should be enough" is not "it shouldn't be enough"; "do not" and
    "don't" agree); and at least COVERAGE of the content words of the shorter of the two
    (the query, or a partial quote shorter than it) are in the other, a word alike
    ("taxes" for "tax", a typo) counting."""
    words = [w.replace("’", "") for w in _words(text)]
    asked = [w.replace("’", "") for w in query_words]
    asked_part, quote_part = _aligned(asked, words)
    if _negated(asked_part) != _negated(quote_part):
        return False
    short, long = _content(asked), _content(words)
    other = set(words)
    if len(long) < len(short):
        short, other = long, set(asked)
    if not short:
        return True
    found = sum(1 for w in short if w in other or _alike(w, other))
    return found >= COVERAGE * len(short)


def _negated(words: list[str]) -> bool:
    """Whether the words hold a negation. Only a negation stands for a negation: "can"
    is not "can't", however alike the letters."""
    return any(w in QUOTE_NEGATIONS for w in words)


def _alike(word: str, words: set[str]) -> bool:
    """Whether one of `words` stands for `word`: another form ("taxes", "tax") or a typo,
    swapped letters counting as one ("veiw", "view")."""
    if process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=WORD_ALIKE):
        return True
    swapped = process.extractOne(
        word, words, scorer=OSA.normalized_similarity, score_cutoff=WORD_ALIKE / 100
    )
    return swapped is not None


def _aligned(asked: list[str], words: list[str]) -> tuple[list[str], list[str]]:
    """The words of the query and of the quote that line up: the shorter side whole, and
    the stretch of the longer one it matches best, as whole words ("the response was
    not weak but united, swift and severe" lines up with the partial quote "united,
    swift and severe" only at its end)."""
    query, quote = " ".join(asked), " ".join(words)
    if not query or not quote:
        return asked, words
    if len(query) <= len(quote):
        return asked, _stretch(query, quote, words)
    return _stretch(quote, query, asked), words


def _stretch(short: str, long: str, long_words: list[str]) -> list[str]:
    """The words of `long` (joined from `long_words` by single spaces) that `short` lines
    up with best."""
    where = fuzz.partial_ratio_alignment(short, long)
    if where is None:
        return long_words
    first = long.count(" ", 0, where.dest_start)
    last = long.count(" ", 0, where.dest_end)
    return long_words[first : last + 1]


def _content(words: list[str]) -> list[str]:
    """The words that carry what is said: no small words, no negations."""
    return [
        w
        for w in words
        if len(w) > 2 and w not in QUOTE_SEARCH_STOPWORDS and w not in QUOTE_NEGATIONS
    ]


def _highlights(text: str, terms: dict[str, float]) -> tuple[tuple[int, int], ...]:
    """Spans of the words of `text` that the query matched."""
    if not terms:
        return ()
    spans = []
    for m in _WORD.finditer(text):
        word = m.group()
        low = word.lower().replace("’", "").replace("'", "")
        if low in terms or (not low.isascii() and _norm(word).replace("'", "") in terms):
            spans.append((m.start(), m.end()))
    return tuple(spans)
