"""Typo-tolerant BM25 search over articles, built once per library.

One inverted index: for each word, the sentences it occurs in (one entry per occurrence,
in `array('i')`), plus small postings for headlines and subheads. Article frequencies are
derived from the sentence postings (sentences of an article are numbered consecutively),
with headline and subhead words counted several times (a BM25F-style boost), so the same
postings rank articles, pick each hit's best snippet and rank sentences for questions.

Query words reach the vocabulary through exact lookup, rapidfuzz edit distance (one edit
for words of 5-8 letters, two for longer, a transposition counting as one) and a prefix
for the last word; a query never scans text, it reads the postings of the words it matched.
"""

from __future__ import annotations

import functools
import heapq
import io
import math
import pickle
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, BinaryIO

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.articles.model import Article, Sentence
from bot.articles.textnorm import (
    STOP_BYTES,
    STOP_WORDS,
    split_phrases,
    token_spans,
    tokens,
    tokens_per_text,
)

TITLE_WEIGHT = 3  # a headline word counts as this many body occurrences
SUBTITLE_WEIGHT = 2
K1 = 1.2
B = 0.75
SENTENCE_K1 = 1.2
SENTENCE_B = 0.5  # sentences vary less in length than articles; normalise gently
MAX_QUERY_WORDS = 24  # a pasted paragraph is cut to its first distinct words
MAX_WORD_LEN = 40  # longer "words" are matched exactly, never fuzzily
PREFIX_MIN = 3
PREFIX_LIMIT = 8  # the most frequent completions of the last word
FUZZY_WEIGHT = (1.0, 0.7, 0.5, 0.35)  # by edit distance
PREFIX_WEIGHT = 0.6
STORY_OPENING = 3  # sentences: two files whose headline and these agree are one story
FIGURE_POOL = 100  # articles read for a figure of the query ("5m") before the first page
MAX_EXPANSIONS = 16  # vocabulary words per query word
WIDER_FUZZY_MIN = 6  # shorter unknown words get no extra edit: "sales" is not "stakes"
FIRST_LETTER_PENALTY = 0.8  # typos rarely hit the first letter
PHRASE_WEIGHT = 1.5
COORDINATION = 1.0  # exponent of the share of query words an article matches
SNIPPET_CHARS = 300
SHORT_SENTENCE = 140  # a best sentence shorter than this takes its neighbour along
SENTENCE_ARTICLES = 30  # sentences are looked for in this many best articles
COMMON_ARTICLES = 0.05  # words in more than this share of articles are probed, not walked
CACHE_POSTINGS = 2000  # article frequencies of words this common are kept once computed
CACHE_ENTRIES = 2_000_000  # at most this many (8 bytes each); then the cache starts over
# Look-alikes of unknown query words kept (a question's typo is looked up by the article
# ranking and again by the search that lists the closest articles); then it starts over
NEAR_CACHE = 4096
MAX_QUERY_CHARS = 2000
MAX_PHRASES = 4
MAX_PHRASE_CHECKS = 200  # articles checked for a quoted phrase, best first


_NO_IDS = np.zeros(0, dtype=np.int32)
_NO_ARTICLES = (_NO_IDS, _NO_IDS)
_STORED_VERSION = 4
_STORED_ARRAYS = (
    "_anorm",
    "_snorm",
    "_sent_article",
    "_first_sid",
    "_key_rank",
    "_alens",
    "_slens",
)
UPDATE_MAX_ARTICLES = 200  # more new or changed articles than this: build afresh
# Sentence ids are handed out in blocks of this many: an article keeps its block while
# an edit leaves its sentence count within it, so its neighbours' ids stay put.
SENTENCE_BLOCK = 16


def sentence_capacity(sentences: int) -> int:
    """The sentence ids an article of `sentences` sentences holds: a function of that
    count alone, so an updated index and a built one number sentences alike."""
    return (sentences // SENTENCE_BLOCK + 1) * SENTENCE_BLOCK


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article found: `highlights` are (start, end) spans of matched words in `snippet`."""

    article_key: str
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SentenceHit:
    article_key: str
    sentence: Sentence
    score: float


@dataclass(frozen=True, slots=True)
class _Group:
    """One query word and the vocabulary words it stands for, with their weights."""

    word: str
    terms: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class _Query:
    """Query words (each a group of vocabulary words), quoted phrases of two or more words,
    and the words that must occur as written (quoted ones, and the content of phrases)."""

    groups: tuple[_Group, ...]
    phrases: tuple[tuple[str, ...], ...] = ()
    required: tuple[str, ...] = ()
    figures: frozenset[tuple[str, ...]] = frozenset()  # "1.5bn" as its words ("1", "5bn")

    @property
    def empty(self) -> bool:
        return not self.groups and not self.phrases


@dataclass(frozen=True, slots=True)
class _Scores:
    """The articles a query matched (ids ascending) with their scores, and the order in
    which scoring first met each (`met`, ascending = earlier): where equal scores are not
    ordered by article key, they keep that order, as a dictionary of scores kept it."""

    aids: np.ndarray
    scores: np.ndarray
    met: np.ndarray

    def __len__(self) -> int:
        return len(self.aids)

    def best(self, limit: int, tie: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The `limit` best (article, score), highest first; equal scores by `tie` (a
        value per article id, lowest first), else in the order they were met. Only the
        scores tied with the `limit`-th best are sorted, not every match."""
        count = len(self.aids)
        if limit <= 0 or not count:
            return []
        scores = self.scores
        if count > limit:
            kth = np.partition(scores, count - limit)[count - limit]
            chosen = np.flatnonzero(scores >= kth)
        else:
            chosen = np.arange(count)
        second = tie[self.aids[chosen]] if tie is not None else self.met[chosen]
        order = chosen[np.lexsort((second, -scores[chosen]))][:limit]
        return list(zip(self.aids[order].tolist(), scores[order].tolist(), strict=True))


_NO_SCORES = _Scores(np.zeros(0, dtype=np.intp), np.zeros(0), np.zeros(0, dtype=np.intp))


def edit_budget(word: str) -> int:
    """Edits a query word may be away from a vocabulary word (search-engine convention)."""
    if len(word) < 5 or word.isdigit():
        return 0
    return 1 if len(word) <= 8 else 2


class SearchIndex:
    """Immutable after `build` (apart from a small cache); safe to share between tasks.

    Articles are numbered in key order (what a file's new time does not change), each
    with a block of sentence ids a little larger than it needs (`sentence_capacity`):
    a reload that changes one file then changes only that file's postings.

    Postings are per sentence, one entry per occurrence of a word (so a term's frequency
    in an article is the number of its entries in the article's sentence range); stop
    words are left out of the body postings to keep them small, but headline and subhead
    postings keep every word, so a query made only of stop words still finds headlines.
    """

    def __init__(self) -> None:
        self._articles: list[Article] = []
        self._keys: dict[str, int] = {}
        self._spost: dict[str, array] = {}
        self._tpost: dict[str, array] = {}
        self._anorm: array = array("d")
        self._snorm: array = array("d")
        self._sent_article: array = array("i")
        self._first_sid: array = array("i", [0])
        self._key_rank: array = array("i")
        self._alens: array = array("i")  # article lengths (weighted words), for updates
        self._slens: array = array("i")  # sentence lengths (words); 0 past an article's end
        self._sentences = 0  # sentences indexed (ids beyond an article's own are unused)
        self._vocab: list[str] = []
        self._by_len: dict[tuple[int, int, str], list[str]] = {}
        self._tf_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._cached_entries = 0
        self._near_cache: dict[tuple[str, int], tuple[tuple[str, int], ...]] = {}
        # each article's story mark (see `_stories`), computed on first need: a search
        # that passes many copies would otherwise unpack each one's text every time
        self._story_of: dict[int, int] = {}
        self._views: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, articles: Sequence[Article]) -> SearchIndex:
        """Index every article's headline, subhead and sentences."""
        self = cls()
        self._articles = sorted(articles, key=_by_key)
        spost: dict[bytes, array] = {}
        tpost: dict[bytes, array] = {}
        alens: list[int] = []
        slens: list[int] = []
        first_sid = [0]
        for aid, article in enumerate(self._articles):
            self._keys.setdefault(article.key, aid)
            alens.append(_index_article(article, aid, first_sid[-1], spost, tpost, slens))
            _pad(slens, first_sid, len(article.sentences))
        intern = sys.intern
        self._spost = {intern(w.decode()): p for w, p in spost.items()}
        self._tpost = {intern(w.decode()): p for w, p in tpost.items()}
        self._finish(array("i", alens), array("i", slens), array("i", first_sid))
        self._index_vocabulary()
        return self

    def _finish(
        self, alens: array, slens: array, first_sid: array, layout: SearchIndex | None = None
    ) -> None:
        """Lengths, norms, sentence owners and key ranks, from the articles' lengths;
        `layout`: an index of the same keys and sentence blocks, whose owners and ranks
        these are too."""
        self._alens, self._slens, self._first_sid = alens, slens, first_sid
        self._sentences = sum(a.sentence_count for a in self._articles)
        self._anorm = _norms(alens, K1, B)
        self._snorm = _norms(slens, SENTENCE_K1, SENTENCE_B, self._sentences)
        if layout is not None:
            self._sent_article, self._key_rank = layout._sent_article, layout._key_rank
            return
        sent_article = array("i")
        for aid in range(len(first_sid) - 1):
            sent_article.extend(array("i", (aid,)) * (first_sid[aid + 1] - first_sid[aid]))
        self._sent_article = sent_article
        self._key_rank = array("i", bytes(4 * len(self._articles)))
        by_key = sorted(range(len(self._articles)), key=lambda a: self._articles[a].key)
        for position, aid in enumerate(by_key):
            self._key_rank[aid] = position

    @classmethod
    def updated(cls, old: SearchIndex, articles: Sequence[Article]) -> SearchIndex | None:
        """The index `build(articles)` would make, derived from `old` when `articles` are
        mostly the very article objects `old` indexed, in the same relative order (as a
        reload keeps unchanged files): their postings are shifted to their new sentence
        ids instead of tokenising every article again; only the others are indexed.
        None when too much changed (then build). `old` is left as it is."""
        articles = sorted(articles, key=_by_key)
        if len(articles) == len(old._articles) and all(
            a.key == b.key for a, b in zip(articles, old._articles, strict=True)
        ):
            same = cls._changed_in_place(old, articles)
            if same is not None:
                return same
        position = {id(a): aid for aid, a in enumerate(old._articles)}
        mapping = [position.get(id(a), -1) for a in articles]
        kept = [j for j in mapping if j >= 0]
        fresh = len(articles) - len(kept)
        if not old._articles or fresh > max(UPDATE_MAX_ARTICLES, len(articles) // 50):
            return None
        if any(b <= a for a, b in pairwise(kept)) or len(old._alens) != len(old._articles):
            return None
        self = cls()
        self._articles = list(articles)
        old_first, old_alens, old_slens = old._first_sid, old._alens, old._slens
        alens, slens, first_sid = array("i"), array("i"), array("i", [0])
        # shifts of the old sentence ids and article ids: (old start, old end, delta or
        # None for a dropped article), in old order
        sid_moves: list[tuple[int, int, int | None]] = []
        aid_moves: list[tuple[int, int, int | None]] = []
        spost: dict[bytes, array] = {}
        tpost: dict[bytes, array] = {}
        added: list[tuple[int, int]] = []  # (new aid, first sid) of articles indexed now
        next_old = 0
        for aid, (article, j) in enumerate(zip(self._articles, mapping, strict=True)):
            self._keys.setdefault(article.key, aid)
            sid = first_sid[-1]
            if j < 0:
                scratch: list[int] = []
                alens.append(_index_article(article, aid, sid, spost, tpost, scratch))
                slens.extend(scratch)
                unused = sentence_capacity(len(scratch)) - len(scratch)
                slens.extend(array("i", bytes(4 * unused)))
                added.append((aid, sid))
            else:
                for gone in range(next_old, j):  # old articles not in the new set
                    sid_moves.append((old_first[gone], old_first[gone + 1], None))
                    aid_moves.append((gone, gone + 1, None))
                next_old = j + 1
                lo, hi = old_first[j], old_first[j + 1]
                sid_moves.append((lo, hi, sid - lo))
                aid_moves.append((j, j + 1, aid - j))
                alens.append(old_alens[j])
                slens.extend(old_slens[lo:hi])
            first_sid.append(len(slens))
        for gone in range(next_old, len(old._articles)):
            sid_moves.append((old_first[gone], old_first[gone + 1], None))
            aid_moves.append((gone, gone + 1, None))
        sid_segments = merged_moves(sid_moves)
        aid_segments = merged_moves(aid_moves)
        intern = sys.intern
        tables = (("_spost", sid_segments, spost), ("_tpost", aid_segments, tpost))
        for name, segments, new in tables:
            table: dict[str, array] = {}
            for word, posting in getattr(old, name).items():
                moved = moved_postings(posting, segments)
                if moved:
                    table[word] = moved
            for raw, entries in new.items():
                word = intern(raw.decode())
                current = table.get(word)
                if current is None:
                    table[word] = entries
                    continue
                current = array("i", current)  # never change an array `old` still uses
                for value in ascending_runs(entries):
                    at = bisect_left(current, value[0])
                    current[at:at] = value
                table[word] = current
            setattr(self, name, table)
        self._finish(alens, slens, first_sid)
        self._index_vocabulary()
        return self

    @classmethod
    def _changed_in_place(cls, old: SearchIndex, articles: list[Article]) -> SearchIndex | None:
        """`updated` for the same keys (`articles` sorted like `old`'s), each changed
        article still fitting its block of sentence ids: only the changed articles'
        postings are rewritten, every other one is shared with `old`. None otherwise."""
        changed = [aid for aid, a in enumerate(articles) if a is not old._articles[aid]]
        if len(changed) > UPDATE_MAX_ARTICLES:
            return None
        for aid in changed:
            before, after = len(old._articles[aid].sentences), len(articles[aid].sentences)
            if sentence_capacity(before) != sentence_capacity(after):
                return None
        self = cls()
        self._articles = articles
        self._keys = old._keys
        spost, tpost = dict(old._spost), dict(old._tpost)
        alens, slens = array("i", old._alens), array("i", old._slens)
        first = old._first_sid
        words: set[str] = set()  # the words whose postings change
        for aid in changed:
            lo, hi = first[aid], first[aid + 1]
            gone_s: dict[bytes, array] = {}
            gone_t: dict[bytes, array] = {}
            _index_article(old._articles[aid], aid, lo, gone_s, gone_t, [])
            new_s: dict[bytes, array] = {}
            new_t: dict[bytes, array] = {}
            lengths: list[int] = []
            alens[aid] = _index_article(articles[aid], aid, lo, new_s, new_t, lengths)
            lengths.extend([0] * (hi - lo - len(lengths)))
            slens[lo:hi] = array("i", lengths)
            for table, gone, new, start, end in (
                (spost, gone_s, new_s, lo, hi),
                (tpost, gone_t, new_t, aid, aid + 1),
            ):
                for raw in gone.keys() | new.keys():
                    word = sys.intern(raw.decode())
                    words.add(word)
                    current = table.get(word, array("i"))
                    at, end_at = bisect_left(current, start), bisect_left(current, end)
                    entries = new.get(raw, array("i"))
                    posting = current[:at] + entries + current[end_at:]
                    if posting:
                        table[word] = posting
                    else:
                        table.pop(word, None)
        self._spost, self._tpost = spost, tpost
        self._finish(alens, slens, first, old)
        if all((w in spost or w in tpost) == old.known(w) for w in words):
            self._vocab, self._by_len = old._vocab, old._by_len  # the same vocabulary
        else:
            self._index_vocabulary()
        return self

    def _index_vocabulary(self) -> None:
        self._vocab = sorted(self._spost.keys() | self._tpost.keys())
        for word in self._vocab:
            if not word[0].isdigit() and len(word) > 1:
                self._by_len.setdefault((len(word), 0, word[0]), []).append(word)
                self._by_len.setdefault((len(word), 1, word[1]), []).append(word)

    # ------------------------------------------------------------------ storing

    def to_bytes(self) -> bytes:
        """The index without its articles, compact: each postings table as its words,
        their lengths and one array of every entry (what `from_bytes` reads back)."""
        return pickle.dumps(self._parts(), protocol=pickle.HIGHEST_PROTOCOL)

    def write_to(self, file: BinaryIO) -> None:
        """`to_bytes` written into `file` (what `from_file` reads back)."""
        pickle.dump(self._parts(), file, protocol=pickle.HIGHEST_PROTOCOL)

    def _parts(self) -> dict[str, Any]:
        parts: dict[str, Any] = {"version": _STORED_VERSION, "articles": len(self._articles)}
        for name in ("_spost", "_tpost"):
            table: dict[str, array] = getattr(self, name)
            entries = array("i")
            for posting in table.values():
                entries.extend(posting)
            parts[name] = (
                "\0".join(table),
                array("i", map(len, table.values())).tobytes(),
                entries.tobytes(),
            )
        for name in _STORED_ARRAYS:
            parts[name] = getattr(self, name).tobytes()
        return parts

    @classmethod
    def from_bytes(cls, articles: Sequence[Article], data: bytes) -> SearchIndex:
        """The index `to_bytes` stored, over the same articles in the same order (the
        caller checks they are: only the counts are checked here). ValueError if the
        data is not such an index."""
        return cls.from_file(articles, io.BytesIO(data))

    @classmethod
    def from_file(cls, articles: Sequence[Article], file: BinaryIO) -> SearchIndex:
        """`from_bytes`, read from a file as a stream (the index is never held twice)."""
        try:
            parts = pickle.load(file)
            if parts.get("version") != _STORED_VERSION or parts["articles"] != len(articles):
                raise ValueError("a stored search index of other articles or another layout")
            self = cls()
            self._articles = sorted(articles, key=_by_key)
            self._sentences = sum(a.sentence_count for a in self._articles)
            for aid, article in enumerate(self._articles):
                self._keys.setdefault(article.key, aid)
            intern = sys.intern
            for name in ("_spost", "_tpost"):
                joined, lengths_raw, entries_raw = parts[name]
                words = joined.split("\0") if joined else []
                lengths, entries = array("i"), array("i")
                lengths.frombytes(lengths_raw)
                entries.frombytes(entries_raw)
                if len(words) != len(lengths) or sum(lengths) != len(entries):
                    raise ValueError("a torn stored search index")
                table: dict[str, array] = {}
                at = 0
                for word, length in zip(words, lengths, strict=True):
                    table[intern(word)] = entries[at : at + length]
                    at += length
                setattr(self, name, table)
            for name in _STORED_ARRAYS:
                stored = array(getattr(self, name).typecode)
                stored.frombytes(parts[name])
                setattr(self, name, stored)
        except ValueError:
            raise
        except Exception as exc:  # anything unreadable is "not such an index"
            raise ValueError(f"unreadable stored search index ({type(exc).__name__})") from exc
        if len(self._key_rank) != len(articles) or len(self._first_sid) != len(articles) + 1:
            raise ValueError("a stored search index of other articles")
        self._index_vocabulary()
        return self

    # ------------------------------------------------------------------ stats

    @property
    def vocabulary_size(self) -> int:
        return len(self._vocab)

    @property
    def article_count(self) -> int:
        return len(self._articles)

    @property
    def sentence_count(self) -> int:
        return self._sentences

    def postings_count(self) -> int:
        """Entries in all postings (a memory figure for benchmarks)."""
        return sum(map(len, self._spost.values())) + sum(map(len, self._tpost.values()))

    def known(self, term: str) -> bool:
        return term in self._spost or term in self._tpost

    def frequency(self, term: str) -> int:
        """Occurrences of an index word (headline words counted with their boost)."""
        return len(self._spost.get(term, ())) + len(self._tpost.get(term, ()))

    def df(self, term: str) -> int:
        """Articles containing an index word."""
        return len(self._article_tf(term)[0])

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """numpy views (no copies) of each sentence's article, the articles' BM25 length
        terms and their key ranks, made on first use: these arrays never change once
        the index is made, and a view would stop them growing while it was built."""
        if self._views is None:
            self._views = (
                _ints(self._sent_article),
                np.frombuffer(self._anorm, dtype=np.float64),
                _ints(self._key_rank),
            )
        return self._views

    def _article_tf(self, term: str, only: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(articles, weighted frequencies) of `term`, articles ascending: body count plus
        the boosted headline and subhead counts. Common words keep theirs once computed,
        within a fixed number of entries."""
        body = self._spost.get(term)
        title = self._tpost.get(term)
        if only is not None:
            lo, hi = self._sid_range(only)
            tf = bisect_left(body, hi) - bisect_left(body, lo) if body is not None else 0
            if title is not None:
                tf += bisect_right(title, only) - bisect_left(title, only)
            if not tf:
                return _NO_ARTICLES
            return np.array([only], dtype=np.int32), np.array([tf], dtype=np.int32)
        cached = self._tf_cache.get(term)
        if cached is not None:
            return cached
        # Sentences of an article are numbered together, so a posting's owners ascend:
        # each run of one article is its frequency.
        aids, tfs = _NO_ARTICLES
        if body is not None:
            aids, tfs = _runs(self._arrays()[0][_ints(body)])
        if title is not None:
            title_aids, title_tfs = _runs(_ints(title))
            aids, tfs = _merged(aids, tfs, title_aids, title_tfs)
        found = (aids, tfs)
        if body is not None and len(body) > CACHE_POSTINGS:
            if self._cached_entries + len(aids) > CACHE_ENTRIES:
                self._tf_cache.clear()
                self._cached_entries = 0
            self._tf_cache[term] = found
            self._cached_entries += len(aids)
        return found

    # ------------------------------------------------------------------ query words

    def _parse(self, query: str) -> _Query:
        phrases_raw, rest = split_phrases(query[:MAX_QUERY_CHARS])
        phrases: list[tuple[str, ...]] = []
        required: list[str] = []
        for raw in phrases_raw[:MAX_PHRASES]:
            phrase = tuple(tokens(raw))[:MAX_QUERY_WORDS]
            if len(phrase) > 1:
                phrases.append(phrase)
            required.extend(w for w in phrase if w not in STOP_WORDS or len(phrase) == 1)
        required = _distinct(required)
        if any(not self.known(w) for w in required):
            return _Query((), (), ())  # a quoted word that no article has: nothing matches
        words = [w for w in _distinct(tokens(rest)) if w not in required]
        content = [w for w in words if w not in STOP_WORDS]
        if content or phrases or required:
            words = content
        words = words[:MAX_QUERY_WORDS]
        groups = [_Group(w, ((w, 1.0),)) for w in required]
        for i, word in enumerate(words):
            last = i == len(words) - 1 and not query.rstrip().endswith(('"', "”"))
            terms = self._expand(word, prefix=last)
            groups.append(_Group(word, tuple(terms.items())))
        figures = frozenset(f for m in _FIGURE.finditer(query) if (f := _figure_words(m.group())))
        return _Query(tuple(groups), tuple(phrases), tuple(required), figures)

    def _expand(self, word: str, *, prefix: bool) -> dict[str, float]:
        """Vocabulary words a query word stands for, each with a weight in (0, 1]."""
        terms: dict[str, float] = {}
        known = self.known(word)
        if known:
            terms[word] = 1.0
        if len(word) <= MAX_WORD_LEN and not known:
            # A word the articles contain is taken as meant: "sales" must not also find
            # "Wales". Only unknown words are corrected.
            budget = edit_budget(word)
            found = self._fuzzy(word, budget, terms) if budget else 0
            if not found and len(word) >= WIDER_FUZZY_MIN and not word.isdigit():
                # Nothing within the usual budget: allow one edit more, weighted down.
                self._fuzzy(word, budget + 1, terms)
        if len(word) <= MAX_WORD_LEN and prefix and len(word) >= PREFIX_MIN:
            for term in self._completions(word):
                terms.setdefault(term, PREFIX_WEIGHT)
        if len(terms) > MAX_EXPANSIONS:
            # A short everyday word has dozens of neighbours; keep the closest, and among
            # equally close ones the most frequent (the likelier intended word).
            ranked = sorted(terms.items(), key=lambda tw: (-tw[1], -self.frequency(tw[0])))
            terms = dict(ranked[:MAX_EXPANSIONS])
        return terms

    def _fuzzy(self, word: str, budget: int, terms: dict[str, float]) -> int:
        found = 0
        for term, dist in self._near(word, budget):
            weight = FUZZY_WEIGHT[min(dist, len(FUZZY_WEIGHT) - 1)]
            if term[0] != word[0]:
                weight *= FIRST_LETTER_PENALTY
            if weight > terms.get(term, 0.0):
                terms[term] = weight
                found += 1
        return found

    def _near(self, word: str, budget: int) -> tuple[tuple[str, int], ...]:
        """Vocabulary words within `budget` edits (OSA: a transposition is one edit).

        Only words sharing the query's first or second letter at position 0 or 1 are
        compared: that covers every single edit (one at the start leaves the other letter
        in place) and nearly all double ones, at a fraction of the cost of the whole
        vocabulary."""
        if len(word) < 2:
            return ()
        cached = self._near_cache.get((word, budget))
        if cached is not None:
            return cached
        out: list[tuple[str, int]] = []
        seen: set[str] = set()
        for length in range(max(2, len(word) - budget), len(word) + budget + 1):
            for key in {
                (length, 0, word[0]),
                (length, 0, word[1]),
                (length, 1, word[1]),
                (length, 1, word[0]),
            }:
                bucket = self._by_len.get(key)
                if not bucket:
                    continue
                for term, dist, _ in process.extract(
                    word, bucket, scorer=OSA.distance, score_cutoff=budget, limit=None
                ):
                    if dist and term not in seen:
                        seen.add(term)
                        out.append((term, dist))
        if len(self._near_cache) >= NEAR_CACHE:
            self._near_cache.clear()
        near = self._near_cache[word, budget] = tuple(out)  # (shared: never changed)
        return near

    def _completions(self, word: str) -> list[str]:
        lo = bisect_left(self._vocab, word)
        hi = bisect_left(self._vocab, word + "\U0010ffff", lo)
        found = [t for t in self._vocab[lo:hi] if t != word]
        if len(found) > PREFIX_LIMIT:
            found = heapq.nlargest(PREFIX_LIMIT, found, key=self.frequency)
        return found

    # ------------------------------------------------------------------ articles

    def search(
        self, query: str, limit: int = 10, article_key: str | None = None
    ) -> list[SearchHit]:
        """Articles ranked best first, each with its best snippet and matched words; a
        story filed twice (the same headline and opening) is listed once."""
        if limit <= 0:
            return []
        parsed = self._parse(query)
        if parsed.empty:
            return []
        only = self._keys.get(article_key) if article_key is not None else None
        if article_key is not None and only is None:
            return []
        hits = self._story_hits(parsed, only, limit)
        return [self._hit(aid, score, parsed) for aid, score in hits]

    def _story_hits(self, parsed: _Query, only: int | None, limit: int) -> list[tuple[int, float]]:
        """The best `limit` stories' article ids and scores: `_best`, copies dropped."""
        # an amount ("5m") is also a word of other amounts ("$1.5m"): look further down
        amounts = frozenset(f for f in parsed.figures if not _whole_number(f))
        want = 2 * limit if not amounts else max(2 * limit, FIGURE_POOL)
        while True:
            best = self._best(parsed, only, want)
            if amounts:
                best = self._figures_first(best, amounts)
            stories = self._stories(best, limit)
            if len(stories) == limit or len(best) < want:
                return stories
            want *= 4  # copies filled the list: look further down

    def _figures_first(
        self, best: list[tuple[int, float]], figures: frozenset[tuple[str, ...]]
    ) -> list[tuple[int, float]]:
        """`best` with the articles that hold a figure of the query whole first, in their
        order: "$1.5m" shares the word "5m" with the query "5m" but is another sum."""
        probe = _figure_probe(figures)
        whole = {aid for aid, _ in best if _holds_figure(self._articles[aid], figures, probe)}
        return [b for b in best if b[0] in whole] + [b for b in best if b[0] not in whole]

    def _stories(self, best: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
        """The first `limit` of `best` with each story filed twice (under the same
        headline, with the same opening: a copy, or a version edited further down) kept
        once, the better match: one result, not the same headline twice. A copy under
        another headline stays a result of its own: a reader may be looking for either
        headline (the people card and /ask, which count stories, count it once)."""
        kept: list[tuple[int, float]] = []
        shown: set[int] = set()
        marks = self._story_of
        for aid, score in best:
            story = marks.get(aid)
            if story is None:
                article = self._articles[aid]
                story = marks[aid] = hash((article.title, article.opening_texts(STORY_OPENING)))
            if story in shown:
                continue
            shown.add(story)
            kept.append((aid, score))
            if len(kept) == limit:
                break
        return kept

    def _best(self, parsed: _Query, only: int | None, limit: int) -> list[tuple[int, float]]:
        """The best articles' ids and scores. Equal scores (duplicate stories) go by
        article key: the same order on every machine, whatever the files' timestamps."""
        return self._score_articles(parsed, only, limit).best(limit, self._arrays()[2])

    def search_keys(self, query: str, limit: int = 10) -> list[str]:
        """The keys of the articles `search` finds, in its order (copies dropped), without
        their snippets (for callers that only list the articles)."""
        if limit <= 0:
            return []
        parsed = self._parse(query)
        if parsed.empty:
            return []
        return [self._articles[aid].key for aid, _ in self._story_hits(parsed, None, limit)]

    def article_scores(self, query: str, limit: int = 10) -> list[tuple[str, float]]:
        """The best articles' keys and scores, without snippets, for callers that read
        the articles' sentences themselves (question answering). A word the vocabulary
        knows stands for itself only; unknown words are still matched despite typos."""
        if limit <= 0:
            return []
        words = [w for w in _distinct(tokens(query[:MAX_QUERY_CHARS])) if w not in STOP_WORDS]
        groups = []
        for word in words[:MAX_QUERY_WORDS]:
            terms = {word: 1.0} if self.known(word) else self._expand(word, prefix=False)
            groups.append(_Group(word, tuple(terms.items())))
        parsed = _Query(tuple(groups))
        if parsed.empty:
            return []
        return [(self._articles[aid].key, score) for aid, score in self._best(parsed, None, limit)]

    @staticmethod
    def _idf(df: int, n: int) -> float:
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _score_articles(self, parsed: _Query, only: int | None, need: int) -> _Scores:
        """BM25 per article; a query word scores by its best vocabulary match. Words found
        in very many articles only add to articles that rarer words found already. With
        quoted words or phrases, only articles holding them count; phrases are checked in
        score order until no further article can enter the best `need`.

        Scored a vocabulary word at a time over arrays of every article (numpy), not an
        article at a time: a typo's look-alikes can be common words of most articles."""
        n = len(self._articles)
        norm = self._arrays()[1]
        required = set(parsed.required)
        groups = []
        for group in parsed.groups:
            maps = [(w, *self._article_tf(t, only)) for t, w in group.terms]
            maps = [m for m in maps if len(m[1])]
            if maps:
                size = max(len(m[1]) for m in maps)
                groups.append((group.word not in required, size, maps))
            elif group.word in required:
                return _NO_SCORES
        # Quoted words first: each keeps only the articles that have it.
        groups.sort(key=lambda item: item[:2])
        total = np.zeros(n)
        matched = np.zeros(n, dtype=np.intp)
        met = np.full(n, -1, dtype=np.intp)  # when an article was first scored
        found = np.zeros(n, dtype=bool)
        met_so_far = 0
        for optional, size, maps in groups:
            probe = met_so_far > 0 and (bool(required) or size > COMMON_ARTICLES * max(n, 1))
            best = np.zeros(n)
            for weight, aids, tfs in maps:
                idf = weight * self._idf(len(aids), n) * (K1 + 1)
                if probe:  # only the articles found already
                    keep = found[aids]
                    aids, tfs = aids[keep], tfs[keep]
                tf = tfs.astype(np.float64)
                best[aids] = np.maximum(best[aids], idf * tf / (tf + norm[aids]))
                fresh = aids[met[aids] < 0]
                met[fresh] = np.arange(met_so_far, met_so_far + len(fresh))
                met_so_far += len(fresh)
            hits = best > 0.0
            if not optional and probe:
                found &= hits
                if not found.any():
                    return _NO_SCORES
            total += best
            matched += hits
            found |= hits
        aids = np.flatnonzero(found)
        scores = total[aids]
        if len(groups) > 1:
            # Coordination: the words a reader remembers come from one article, so an
            # article holding all of them beats one holding a single rare look-alike.
            share = 1.0 / len(groups)
            factor = np.array([(m * share) ** COORDINATION for m in range(len(groups) + 1)])
            scores = scores * factor[matched[aids]]
        result = _Scores(aids, scores, met[aids])
        if parsed.phrases:
            result = self._with_phrases(parsed, result, only, need)
        return result

    def _with_phrases(self, parsed: _Query, total: _Scores, only: int | None, need: int) -> _Scores:
        """The best `need` articles holding every phrase, each phrase adding to the score;
        a phrase of stop words only (not in the body postings) is looked for in headlines."""
        rank = self._arrays()[2]
        if parsed.groups:
            ranked = total.best(MAX_PHRASE_CHECKS, rank)
        else:
            candidates = self._title_candidates(parsed.phrases, only)
            ranked = sorted(((a, 0.0) for a in candidates), key=lambda item: rank[item[0]])
            ranked = ranked[:MAX_PHRASE_CHECKS]
        kept: dict[int, float] = {}
        # Each phrase adds less than PHRASE_WEIGHT, so once `need` articles are kept, an
        # article whose score before phrases is that much below the need-th best cannot
        # pass it: the rest are not checked, and the best `need` are exact.
        reach = PHRASE_WEIGHT * len(parsed.phrases)
        best: list[float] = []  # the `need` best scores kept so far, a min-heap
        for aid, score in ranked:
            if len(best) >= need and score + reach <= best[0]:
                break
            counts = [self._phrase_count(phrase, aid) for phrase in parsed.phrases]
            if all(counts):
                bonus = sum(c / (c + self._anorm[aid]) for c in counts)
                kept[aid] = final = score + PHRASE_WEIGHT * bonus
                if len(best) < need:
                    heapq.heappush(best, final)
                elif final > best[0]:
                    heapq.heapreplace(best, final)
        if not kept:
            return _NO_SCORES
        aids = np.fromiter(kept, dtype=np.intp, count=len(kept))
        order = np.argsort(aids)
        scores = np.fromiter(kept.values(), dtype=np.float64, count=len(kept))
        return _Scores(aids[order], scores[order], order)

    def _title_candidates(self, phrases: Sequence[tuple[str, ...]], only: int | None) -> list[int]:
        found = [self._tpost.get(w) for p in phrases for w in set(p)]
        postings = [p for p in found if p is not None]
        if not found or len(postings) < len(found):
            return []
        postings.sort(key=len)
        first = postings[0] if only is None else array("i", (only,))
        return [a for a in dict.fromkeys(first) if all(_has(p, a) for p in postings)]

    def _phrase_count(self, phrase: tuple[str, ...], aid: int) -> int:
        """Sentences (and headline, subhead) of an article holding the phrase."""
        article = self._articles[aid]
        count = len(self._phrase_sentences(phrase, aid))
        for field in (article.title, article.subtitle):
            if field and _contains(tokens(field), phrase):
                count += 1
        return count

    def _phrase_sentences(self, phrase: tuple[str, ...], only: int | None) -> list[int]:
        """Sentences holding the phrase: those with all its content words, verified."""
        content = [w for w in dict.fromkeys(phrase) if w not in STOP_WORDS]
        if not content:
            return []
        lo, hi = self._sid_range(only)
        candidates = self._intersect(content, lo, hi)
        if len(phrase) == 1:
            return candidates
        return [sid for sid in candidates if _contains(tokens(self._sentence(sid).text), phrase)]

    def _intersect(self, words: list[str], lo: int, hi: int) -> list[int]:
        """Sentence ids in [lo, hi) holding every word: walk the rarest, probe the rest."""
        found = [self._spost.get(w) for w in words]
        postings = [p for p in found if p is not None]
        if len(postings) < len(found):
            return []
        postings.sort(key=len)
        first = postings[0]
        window = first[bisect_left(first, lo) : bisect_left(first, hi)]
        return [sid for sid in dict.fromkeys(window) if all(_has(p, sid) for p in postings[1:])]

    # ------------------------------------------------------------------ snippets

    def _sid_range(self, aid: int | None) -> tuple[int, int]:
        if aid is None:
            return 0, len(self._sent_article)
        first = self._first_sid[aid]
        return first, first + len(self._articles[aid].sentences)

    def _sentence(self, sid: int) -> Sentence:
        aid = self._sent_article[sid]
        return self._articles[aid].sentences[sid - self._first_sid[aid]]

    def _hit(self, aid: int, score: float, parsed: _Query) -> SearchHit:
        article = self._articles[aid]
        lo, hi = self._sid_range(aid)
        n = self._sentences
        sentence_scores: dict[int, float] = {}
        matched: set[str] = set()
        for group in parsed.groups:
            best: dict[int, float] = {}
            present: dict[str, float] = {}
            for term, weight in group.terms:
                title = self._tpost.get(term)
                if title is not None and _has(title, aid):
                    present[term] = weight
                posting = self._spost.get(term)
                if posting is None:
                    continue
                window = posting[bisect_left(posting, lo) : bisect_left(posting, hi)]
                if not window:
                    continue
                present[term] = weight
                value = weight * self._idf(len(posting), n)
                for sid in window:
                    if value > best.get(sid, 0.0):
                        best[sid] = value
            for sid, value in best.items():
                sentence_scores[sid] = sentence_scores.get(sid, 0.0) + value
            if present:
                # Bold what the query word most likely meant here, not every look-alike.
                top = max(present.values())
                matched.update(t for t, w in present.items() if w == top)
        for phrase in parsed.phrases:
            for sid in self._phrase_sentences(phrase, aid):
                sentence_scores[sid] = sentence_scores.get(sid, 0.0) + 10.0 * len(phrase)
        if parsed.figures:  # the sentence with the sum asked for, not another with its word
            for sid in range(lo, hi):
                if _has_figure(self._sentence(sid).text, parsed.figures):
                    sentence_scores[sid] = sentence_scores.get(sid, 0.0) + 10.0
        snippet, spans = make_snippet(
            self._snippet_text(article, sentence_scores, lo, hi),
            matched,
            parsed.phrases,
            parsed.figures,
        )
        return SearchHit(article.key, round(score, 6), snippet, spans, tuple(sorted(matched)))

    def _snippet_text(self, article: Article, scores: dict[int, float], lo: int, hi: int) -> str:
        """The best sentence, with the next one when it is short; the lead otherwise."""
        if scores:
            best = max(scores, key=lambda s: (scores[s], -s))
        elif hi > lo:
            best = lo
        else:
            return article.subtitle or article.title
        first = self._sentence(best)
        text = first.text
        if len(text) < SHORT_SENTENCE and best + 1 < hi:
            nxt = self._sentence(best + 1)
            if nxt.paragraph == first.paragraph:
                text = f"{text} {nxt.text}"
        return text

    # ------------------------------------------------------------------ sentences

    def sentences(
        self, query: str, limit: int = 5, article_key: str | None = None
    ) -> list[SentenceHit]:
        """Sentences ranked by BM25 over sentences (typo-tolerant like `search`)."""
        if limit <= 0:
            return []
        scores = self.sentence_scores(query, article_key)
        best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
        return [self.sentence_hit(sid, score) for sid, score in best]

    def sentence_hit(self, sid: int, score: float) -> SentenceHit:
        aid = self._sent_article[sid]
        return SentenceHit(self._articles[aid].key, self._sentence(sid), round(score, 6))

    def sentence_article(self, sid: int) -> Article:
        return self._articles[self._sent_article[sid]]

    def sentence_by_id(self, sid: int) -> Sentence:
        return self._sentence(sid)

    def sentence_scores(self, query: str, article_key: str | None = None) -> dict[int, float]:
        """Sentence id -> BM25 score (over sentences) for the sentences matching the query
        in the best articles for it: ranking articles first keeps a question made of
        everyday words from scoring half the library's sentences one by one."""
        parsed = self._parse(query)
        if parsed.empty:
            return {}
        if article_key is not None:
            only = self._keys.get(article_key)
            if only is None:
                return {}
            aids = [only]
        else:
            scores = self._score_articles(parsed, None, SENTENCE_ARTICLES)
            aids = [aid for aid, _ in scores.best(SENTENCE_ARTICLES)]
        n = self._sentences
        norm = self._snorm
        total: dict[int, float] = {}
        for group in parsed.groups:
            terms = [(w, self._spost[t]) for t, w in group.terms if t in self._spost]
            best_in_group: dict[int, float] = {}
            for weight, posting in terms:
                idf = weight * self._idf(len(posting), n) * (SENTENCE_K1 + 1)
                for aid in aids:
                    lo, hi = self._sid_range(aid)
                    start = bisect_left(posting, lo)
                    end = bisect_left(posting, hi, start)
                    if start == end:
                        continue
                    counts: dict[int, int] = {}
                    for sid in posting[start:end]:
                        counts[sid] = counts.get(sid, 0) + 1
                    for sid, tf in counts.items():
                        s = idf * tf / (tf + norm[sid])
                        if s > best_in_group.get(sid, 0.0):
                            best_in_group[sid] = s
            for sid, s in best_in_group.items():
                total[sid] = total.get(sid, 0.0) + s
        for phrase in parsed.phrases:
            hits = {sid for aid in aids for sid in self._phrase_sentences(phrase, aid)}
            total = {sid: s * 2.0 for sid, s in total.items() if sid in hits} or dict.fromkeys(
                hits, 1.0
            )
        return total

    # ------------------------------------------------------------------ suggestions

    def did_you_mean(self, query: str, limit: int = 3) -> list[str]:
        """Queries rebuilt from the closest vocabulary words, most plausible first."""
        _, rest = split_phrases(query[:MAX_QUERY_CHARS])
        words = _distinct(tokens(rest))[:MAX_QUERY_WORDS]
        content = [w for w in words if w not in STOP_WORDS]
        if not content or limit <= 0:
            return []  # only very common words: no spelling to correct
        options = [self._suggest(word) for word in content]
        # The best correction of every word, then the runner-up of each word in turn.
        best = [opts[0][1] for opts in options]
        candidates = [best]
        for i, opts in enumerate(options):
            for _, alt in opts[1:]:
                candidates.append([*best[:i], alt, *best[i + 1 :]])
        original = " ".join(content)
        suggestions: list[str] = []
        for words_ in candidates:
            text = " ".join(words_)
            if text != original and text not in suggestions:
                suggestions.append(text)
            if len(suggestions) >= limit:
                break
        return suggestions

    def _suggest(self, word: str) -> list[tuple[float, str]]:
        """Up to three (cost, vocabulary word) for a query word; the word itself if known."""
        if self.known(word) or len(word) > MAX_WORD_LEN or word.isdigit():
            return [(0.0, word)]
        budget = max(2, len(word) // 3)
        found: list[tuple[float, str]] = []
        for term, dist in self._near(word, budget):
            first = 0.5 if term[0] != word[0] else 0.0
            found.append((dist + first - 0.1 * math.log1p(self.frequency(term)), term))
        found.sort()
        return found[:3] or [(0.0, word)]


# ---------------------------------------------------------------------- helpers


def _index_article(
    article: Article,
    aid: int,
    sid: int,
    spost: dict[bytes, array],
    tpost: dict[bytes, array],
    slens: list[int],
) -> int:
    """Add one article's headline, subhead and sentences (numbered from `sid`) to the
    postings; its sentences' lengths go to `slens`. Returns its weighted length."""
    fields = [(TITLE_WEIGHT, article.title)]
    if article.subtitle:
        fields.append((SUBTITLE_WEIGHT, article.subtitle))
    # One tokenising pass per article: headline, subhead, then every sentence.
    per_text = tokens_per_text([f for _, f in fields] + [s.text for s in article.sentences])
    stop = STOP_BYTES
    length = 0
    for (weight, _), words in zip(fields, per_text, strict=False):
        length += weight * len(words)
        for word in words:
            try:
                tpost[word].extend((aid,) * weight)
            except KeyError:
                tpost[word] = array("i", (aid,) * weight)
    for words in per_text[len(fields) :]:
        length += len(words)
        slens.append(len(words))
        for word in words:
            if word not in stop:
                try:
                    spost[word].append(sid)
                except KeyError:
                    spost[word] = array("i", (sid,))
        sid += 1
    return length


def merged_moves(moves: list[tuple[int, int, int | None]]) -> list[tuple[int, int, int | None]]:
    """Adjacent ranges with the same shift as one range."""
    out: list[tuple[int, int, int | None]] = []
    for lo, hi, delta in moves:
        if lo == hi:
            continue
        if out and out[-1][2] == delta and out[-1][1] == lo:
            out[-1] = (out[-1][0], hi, delta)
        else:
            out.append((lo, hi, delta))
    return out


def moved_postings(posting: array, segments: list[tuple[int, int, int | None]]) -> array:
    """`posting` (ascending ids) with each id shifted by its range's delta, the ids of
    dropped ranges left out; still ascending, since kept ranges keep their order."""
    if len(segments) == 1 and segments[0][2] == 0:
        return posting  # nothing moved: shared with the old index (never changed)
    out = array("i")
    start = 0
    for lo, hi, delta in segments:
        begin = bisect_left(posting, lo, start)
        end = bisect_left(posting, hi, begin)
        start = end
        if begin == end or delta is None:
            continue
        if delta == 0:
            out.extend(posting[begin:end])
        else:
            out.extend([value + delta for value in posting[begin:end]])
        if end == len(posting):
            break
    return out


def ascending_runs(entries: array) -> list[array]:
    """An ascending posting cut into runs of consecutive values (one article's
    sentences sit together; inserted run by run where they belong)."""
    runs: list[array] = []
    start = 0
    for i in range(1, len(entries) + 1):
        if i == len(entries) or entries[i] < entries[i - 1] or entries[i] > entries[i - 1] + 1:
            runs.append(entries[start:i])
            start = i
    return runs


def _norms(lengths: Sequence[int], k1: float, b: float, count: int | None = None) -> array:
    """k1 * (1 - b + b * len / avg) per document, the BM25 length term, precomputed;
    `count`: how many documents there are (sentences: `lengths` has unused ids too). One
    value per distinct length, then looked up: lengths are small numbers."""
    count = len(lengths) if count is None else count
    avg = (sum(lengths) / count) if count else 1.0
    avg = avg or 1.0
    longest = max(lengths, default=0)
    if longest > len(lengths):  # few long documents: no table
        return array("d", (k1 * (1 - b + b * n / avg) for n in lengths))
    table = [k1 * (1 - b + b * n / avg) for n in range(longest + 1)]
    return array("d", map(table.__getitem__, lengths))


def _by_key(article: Article) -> str:
    return article.key


def _pad(slens: list[int], first_sid: list[int], sentences: int) -> None:
    """Close an article's block of sentence ids: unused ids get length 0."""
    end = first_sid[-1] + sentence_capacity(sentences)
    slens.extend([0] * (end - len(slens)))
    first_sid.append(end)


def _ints(values: array) -> np.ndarray:
    """A numpy view of an array('i') (no copy)."""
    return np.frombuffer(values, dtype=np.intc)


def _merged(
    aids: np.ndarray, tfs: np.ndarray, more: np.ndarray, more_tfs: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Two (ascending ids, counts) added together: the counts of an id in both summed,
    the ids only in `more` inserted in their places."""
    at = np.searchsorted(aids, more)
    inside = at < len(aids)
    inside[inside] = aids[at[inside]] == more[inside]
    tfs = tfs.copy()
    tfs[at[inside]] += more_tfs[inside]
    new = ~inside
    if new.any():
        aids = np.insert(aids, at[new], more[new])
        tfs = np.insert(tfs, at[new], more_tfs[new])
    return aids, tfs


def _runs(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct ids, how many times each) of ascending `ids`, as int32 arrays."""
    if not len(ids):
        return _NO_ARTICLES
    starts = np.flatnonzero(ids[1:] != ids[:-1]) + 1
    counts = np.diff(starts, prepend=0, append=len(ids))
    first = np.concatenate(([0], starts))
    return ids[first].astype(np.int32), counts.astype(np.int32)


def _has(posting: array, value: int) -> bool:
    at = bisect_left(posting, value)
    return at < len(posting) and posting[at] == value


def _distinct(words: list[str]) -> list[str]:
    return list(dict.fromkeys(words))


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    first = phrase[0]
    return any(
        words[i] == first and tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)
    )


def _phrase_spans(
    spans: list[tuple[int, int, str]], terms: set[str], phrases: Sequence[tuple[str, ...]]
) -> Iterator[tuple[int, int]]:
    """The spans to bold: a query word wherever it occurs, a quoted phrase's words only
    where the whole phrase does ("the" and "is" of "imitation is the sincerest" are not
    bolded all over the snippet)."""
    words = [w for _, _, w in spans]
    for s, e, w in spans:
        if w in terms:
            yield s, e
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if words[i] == phrase[0] and tuple(words[i : i + n]) == phrase:
                yield from ((s, e) for s, e, _ in spans[i : i + n])


# A figure as written: a currency sign, digits with the points and commas inside them, a
# unit ("£1.5bn", "$56.5m", "22,201bn", "5m"); its words are split at the point.
_FIGURE = re.compile(r"(?<![\w.,])[£$€¥]?\d+(?:[.,]\d+)*[^\W\d_]*")


@functools.lru_cache(maxsize=4096)
def _figure_words(figure: str) -> tuple[str, ...]:
    """A figure's index words (memoised: the same years and sums recur in every story)."""
    return tuple(w for _, _, w in token_spans(figure))


def _has_figure(text: str, figures: frozenset[tuple[str, ...]]) -> bool:
    """Whether `text` holds one of `figures` whole."""
    return any(_figure_words(m.group()) in figures for m in _FIGURE.finditer(text))


def _whole_number(figure: tuple[str, ...]) -> bool:
    """A figure of digits alone ("2004", "12"): mostly a year or a count, which no other
    figure holds as its decimals in news copy, and which nearly every story holds, so
    that reading the stories for it whole would cost much and reorder little."""
    return len(figure) == 1 and figure[0].isdigit()


def _figure_probe(figures: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """The last words of `figures` as written in any case: a text without one of them
    holds none of the figures, which one regex search over the text tells."""
    return re.compile("|".join(sorted(re.escape(f[-1]) for f in figures)), re.IGNORECASE)


def _holds_figure(
    article: Article, figures: frozenset[tuple[str, ...]], probe: re.Pattern[str]
) -> bool:
    """Whether the headline or a sentence of `article` holds one of `figures` whole. The
    probe over the file's text comes first, so most articles build no sentences (the
    search reads up to FIGURE_POOL of them for one query)."""
    if probe.search(article.text) is None:
        return False
    return _has_figure(article.title, figures) or any(
        probe.search(s.text) is not None and _has_figure(s.text, figures) for s in article.sentences
    )


def _whole_figures(
    text: str, marked: list[tuple[int, int]], figures: frozenset[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """The spans to bold with each figure of `text` taken whole: bolded once, sign and
    all, where it is a figure of the query ("**£1.5bn**", not "£**1**.**5bn**"), and
    not at all where it only shares a word with one ("$1.5m" for "5m")."""
    out = list(marked)
    for m in _FIGURE.finditer(text):
        a, b = m.span()
        inside = [(s, e) for s, e in out if a <= s and e <= b]
        asked = _figure_words(m.group()) in figures
        if not inside and not asked:
            continue
        out = [(s, e) for s, e in out if not (a <= s and e <= b)]
        if asked:
            out.append((a, b))
    return sorted(out)


def make_snippet(
    text: str,
    terms: set[str],
    phrases: Sequence[tuple[str, ...]] = (),
    figures: frozenset[tuple[str, ...]] = frozenset(),
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut `text` to about SNIPPET_CHARS at word boundaries, the first matched word a
    third of the way in ("…" where cut), and give the spans of matched words in it.
    `figures`: the query's figures, each bolded whole (see _whole_figures)."""
    spans = list(token_spans(text))
    marked = list(dict.fromkeys(sorted(_phrase_spans(spans, terms, phrases))))
    if figures or any(c.isdigit() for t in terms for c in t):
        marked = _whole_figures(text, marked, figures)
    start, end = 0, len(text)
    if len(text) > SNIPPET_CHARS:
        anchor = marked[0][0] if marked else 0
        start = max(0, min(anchor - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
        end = start + SNIPPET_CHARS
        if start and not text[start - 1].isspace():
            space = text.find(" ", start, anchor + 1)
            start = space + 1 if space >= 0 else start
        if end < len(text) and not text[end].isspace():
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    body = text[start:end]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start - lead
    highlights = tuple(
        (s + shift, e + shift)
        for s, e in marked
        if s >= start + lead and e <= start + lead + len(body)
    )
    return prefix + body + suffix, highlights
