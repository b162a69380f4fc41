"""Fuzzy title lookup fast enough for autocomplete on every keystroke.

A fuzzy scan of every title per keystroke costs tens of milliseconds at 10,000
articles. Instead each query word is matched against the vocabulary of title words
(typos by edit similarity, the word being typed also as a prefix), and only titles
holding a matched word are scored: the mean of each query word's best likeness, summed
over arrays of every title (numpy), since a common word's titles run to thousands.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from bot.articles import textnorm
from bot.articles.lexicon import TITLE_STOP_WORDS

MAX_QUERY_WORDS = 8
MAX_WORD_CHARS = 40
FUZZY_PER_WORD = 12
PREFIX_PER_WORD = 60
PREFIX_SCORE = 92.0
_PUNCTUATION = re.compile(r"[^\w\s]|_")  # "for_sale_" (markdown) is "for sale"


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation (underscores too: markdown, not words):
    the form titles are matched in."""
    return " ".join(_PUNCTUATION.sub(" ", textnorm.fold(text)).split())


def _min_similarity(word: str) -> float:
    """One typo in a short word costs more similarity than in a long one."""
    if len(word) <= 3:
        return 100.0
    if len(word) <= 5:
        return 75.0
    return 70.0


class TitleIndex:
    """Titles by position; `match` returns (position, score 0-100), best first."""

    def __init__(
        self, titles: Sequence[str], previous: tuple[Sequence[str], TitleIndex] | None = None
    ) -> None:
        """`previous`: the titles and index of the snapshot before (a reload), whose
        folded words are reused: folding is most of the cost, and few titles change."""
        known: dict[str, tuple[str, ...]] = {}
        if previous is not None:
            known = dict(zip(previous[0], previous[1]._words, strict=True))
        self._words: list[tuple[str, ...]] = []
        for title in titles:
            words = known.get(title)
            if words is None:
                # interned: titles share most of their words, one string each
                words = known[title] = tuple(map(sys.intern, fold(title).split()))
            self._words.append(words)
        postings: dict[str, list[int]] = defaultdict(list)
        for position, words in enumerate(self._words):
            for word in set(words):
                postings[word].append(position)
        self._sorted_vocabulary = sorted(postings)
        # Every word's titles in one array, word after word in vocabulary order: a
        # fraction of the size of a list a word.
        self._slot = {word: i for i, word in enumerate(self._sorted_vocabulary)}
        lengths = [len(postings[word]) for word in self._sorted_vocabulary]
        self._starts = np.concatenate(([0], np.cumsum(lengths, dtype=np.int64)))
        self._positions = np.fromiter(
            chain.from_iterable(postings[word] for word in self._sorted_vocabulary),
            dtype=np.int32,
            count=int(self._starts[-1]),
        )
        del postings
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in self._sorted_vocabulary:
            by_length[len(word)].append(word)
        # Words within two letters of each length: the only ones a typo can reach.
        self._near_length = {
            n: [w for m in range(n - 2, n + 3) for w in by_length.get(m, ())]
            for n in range(1, MAX_WORD_CHARS + 1)
        }

    def _similar_words(self, word: str, as_prefix: bool) -> dict[str, float]:
        found: dict[str, float] = {}
        if word in self._slot:
            found[word] = 100.0
        if as_prefix:
            start = bisect.bisect_left(self._sorted_vocabulary, word)
            for candidate in self._sorted_vocabulary[start : start + PREFIX_PER_WORD]:
                if not candidate.startswith(word):
                    break
                found.setdefault(candidate, PREFIX_SCORE + 8.0 * len(word) / len(candidate))
        cutoff = _min_similarity(word)
        if cutoff < 100.0:
            pool = self._near_length.get(len(word), ())
            for candidate, score, _ in process.extract(
                word, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=FUZZY_PER_WORD
            ):
                found[candidate] = max(found.get(candidate, 0.0), score)
        return found

    def match(self, query: str, limit: int, *, typing: bool = True) -> list[tuple[int, float]]:
        """Titles most like `query`; while `typing`, an unfinished last word (no space
        after it) also matches as a prefix."""
        typing = typing and not query[-1:].isspace()
        words = [w[:MAX_WORD_CHARS] for w in fold(query).split()[:MAX_QUERY_WORDS]]
        if not any(w not in TITLE_STOP_WORDS for w in words):
            return self._match_words(words, typing, limit)
        kept = [w for w in words if w not in TITLE_STOP_WORDS]
        if words and words[-1] in TITLE_STOP_WORDS and typing:
            kept.append(words[-1])  # it may be the start of a longer word being typed
        return self._match_words(kept, typing, limit)

    def _match_words(self, words: list[str], typing: bool, limit: int) -> list[tuple[int, float]]:
        if not words or limit <= 0:
            return []
        total = np.zeros(len(self._words))
        for slot, word in enumerate(words):
            as_prefix = typing and slot == len(words) - 1
            # a title keeps the best score among its words
            scores = np.zeros(len(self._words))
            for candidate, score in self._similar_words(word, as_prefix).items():
                i = self._slot[candidate]
                at = self._positions[self._starts[i] : self._starts[i + 1]]
                scores[at] = np.maximum(scores[at], score)
            total += scores
        found = np.flatnonzero(total)  # every likeness is above zero
        if not len(found):
            return []
        means = total[found] / len(words)
        if len(found) > limit:  # sort only what ties with the limit-th best
            kth = np.partition(means, len(found) - limit)[len(found) - limit]
            keep = means >= kth
            found, means = found[keep], means[keep]
        order = np.lexsort((found, -means))[:limit]  # equal means: the newest title
        return list(zip(found[order].tolist(), means[order].tolist(), strict=True))
