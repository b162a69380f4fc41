"""Extractive summaries: the sentences that carry an article, in article order.

How a sentence earns its place:
- a model (bot/articles/summary_model.py) gives each sentence the probability that an
  editor keeps it, from its centrality in TextRank's similarity graph, the frequency of
  its words in the article, its position, its overlap with the headline, its quotation
  and its length;
- the picker maximises the summary's expected ROUGE-style F1 against such an editor's
  summary: a sentence's value is its length times (2p - t), where t is the F1 the
  summary reaches (Dinkelbach's method for a ratio objective). A long sentence likely
  to be kept is worth more than a short one; a long doubtful one costs more;
- hard rules (bot/articles/summary_rules.py): never two sentences that say the same
  thing (and of the two, the article's first telling is preferred when it is worth
  half as much), never a sentence that leans on another ("But...", "It...", "He
  says...") unless that one is in the summary too (for "he"/"she": the latest sentence
  that names someone, with no other name chosen between), never half a quotation
  (a sentence whose quotation runs on into the next comes in only with that one, and
  that one leans on it), and never a reader's first-person aside unless the article
  itself is written in the first person. The rules never relax (but that a summary is
  never empty: an article that is one long quotation still gives its first sentence):
  an article with too few acceptable sentences gets a shorter summary, and the reply
  says so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.articles.model import Article, Sentence
from bot.articles.summary_model import SentenceStats, features, probabilities
from bot.articles.summary_rules import (
    DUPLICATE,
    antecedent,
    comment_section,
    containment,
    first_person_aside,
    names_someone,
    needs_previous,
)
from bot.articles.textstats import idf_weights

__all__ = [
    "LENGTHS",
    "Ranking",
    "antecedent",
    "key_points",
    "needs_previous",
    "rank",
    "rank_sentences",
    "summarize",
    "summary_from_ranking",
    "trim_text",
]

LENGTHS: dict[str, int] = {"short": 1, "medium": 3, "long": 5}

# The picker looks at the best POOL (or 4 x count) sentences by value first, and at
# the others only when these run out.
POOL = 150
# Dinkelbach steps: t settles after two or three.
STEPS = 3
# rank_sentences orders this many by the picker, the rest by value.
RANKED_PICKS = 50
# A restatement gives way to the first telling when that is worth this share of it.
TWIN = 0.5
# A dangling sentence brings in its antecedent when that is worth this share of it.
PAIR = 0.5


@dataclass(frozen=True, slots=True)
class Ranking:
    """The reusable part of an article's summaries, computed once per article.

    `scores`: each sentence's probability of being kept, in article order; `words`:
    its length; `banned`: readers' and writers' asides, never chosen. The other rules'
    tests run only on the sentences the picker looks at, once each.
    `order(count)` runs the picker for a summary of `count` sentences.
    """

    scores: tuple[float, ...]
    words: tuple[int, ...]
    banned: frozenset[int]
    stats: SentenceStats = field(repr=False, compare=False)
    article: Article = field(repr=False, compare=False)
    _sets: dict[int, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _idf: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    _leans: dict[int, int | None] = field(default_factory=dict, repr=False, compare=False)
    _names: dict[int, bool] = field(default_factory=dict, repr=False, compare=False)
    _twins: dict[int, int | None] = field(default_factory=dict, repr=False, compare=False)
    _likely: list[int] = field(default_factory=list, repr=False, compare=False)
    _pairs: dict[tuple[int, int], bool] = field(default_factory=dict, repr=False, compare=False)

    def order(self, count: int) -> list[int]:
        """The `count` sentence indices of the summary, in the order they were picked."""
        count = min(max(count, 0), len(self.scores))
        if count == 0:
            return []
        expected = math.fsum(p * n for p, n in zip(self.scores, self.words, strict=True))
        t = 0.5
        picked: list[int] = []
        for _ in range(STEPS):
            picked = self._pick(count, t)
            kept = math.fsum(self.scores[i] * self.words[i] for i in picked)
            length = sum(self.words[i] for i in picked)
            t = 2 * kept / (length + expected) if length + expected else 0.0
        # An article that is one quotation of more sentences than asked for still has
        # its opening: the only place a rule gives way (the lead leans on nothing).
        return picked or [0]

    def _pick(self, count: int, t: float) -> list[int]:
        """Greedy by value under the rules. The rules never relax: an article with fewer
        acceptable sentences than asked for gets a shorter summary."""
        values = [n * (2 * p - t) for p, n in zip(self.scores, self.words, strict=True)]
        by_value = sorted(range(len(values)), key=lambda i: (-values[i], i))
        chosen: list[int] = []
        taken: set[int] = set()
        for candidates in (by_value[: max(POOL, 4 * count)], by_value):
            progress = True
            while progress and len(chosen) < count:
                progress = False
                for i in candidates:
                    if i in taken or self._runs_on(i) or not self._fits(i, taken, chosen):
                        continue  # a quotation cut off mid-speech comes in only before its end
                    twin = self._earlier_twin(i)
                    if (
                        twin is not None
                        and not self._runs_on(twin)
                        and values[twin] >= TWIN * values[i]
                        and self._fits(twin, taken, chosen)
                        and self._reads_on(twin, taken, chosen)
                    ):
                        i = twin  # the first telling of a fact, not its restatement
                    if not self._reads_on(i, taken, chosen):
                        # bring in what it leans on too, if that is worth its place
                        before = self._lean(i)
                        if (
                            before is None
                            or len(chosen) + 2 > count
                            or values[before] < PAIR * values[i]
                            or not self._fits(before, taken, chosen)
                            or not self._reads_on(before, taken, chosen)
                            or self._repeats(i, [before])
                        ):
                            continue
                        pair = [*chosen, before]
                        if not self._reads_on(i, {*taken, before}, pair):
                            continue  # another name between them
                        chosen.append(before)
                        taken.add(before)
                    chosen.append(i)
                    taken.add(i)
                    progress = True
                    break
        return chosen

    def _fits(self, i: int, taken: set[int], chosen: Sequence[int]) -> bool:
        """Whether sentence i may join the chosen ones: not an aside, not a repeat, and
        not a name between a chosen "he"/"she" and the sentence it leans on."""
        if self._banned(i) or self._repeats(i, chosen):
            return False
        if self._named(i):
            for j in chosen:
                before = self._lean(j)
                if before is not None and before < i < j and before != j - 1:
                    return False
        return True

    def _reads_on(self, i: int, taken: set[int], chosen: Sequence[int]) -> bool:
        """Whether sentence i reads right after the chosen ones: it leans on nothing, or
        what it leans on is chosen, with (for "he"/"she") no other name chosen between."""
        before = self._lean(i)
        if before is None:
            return True
        if before not in taken:
            return False
        if before == i - 1:
            return True
        return not any(before < j < i and self._named(j) for j in chosen)

    def _earlier_twin(self, i: int) -> int | None:
        """The first earlier sentence (among the likeliest POOL) that says what sentence
        i says: the story's own telling of the fact, where i restates it."""
        if i not in self._twins:
            if not self._likely:
                self._likely.extend(
                    sorted(range(len(self.scores)), key=lambda j: -self.scores[j])[:POOL]
                )
            earlier = sorted(j for j in self._likely if j < i)
            self._twins[i] = next((j for j in earlier if self._alike(i, j)), None)
        return self._twins[i]

    def _lean(self, i: int) -> int | None:
        """The sentence i leans on: the one whose quotation it finishes, or its
        antecedent (summary_rules.antecedent)."""
        if i not in self._leans:
            if i and self.stats.runs_on[i - 1]:
                self._leans[i] = i - 1
            else:
                self._leans[i] = antecedent(self.article.sentences, i)
        return self._leans[i]

    def _runs_on(self, i: int) -> bool:
        """Whether sentence i leaves a quotation open that the next sentence goes on
        with: alone, it would stop mid-speech."""
        return self.stats.runs_on[i]

    def _named(self, i: int) -> bool:
        if i not in self._names:
            self._names[i] = names_someone(self.article.sentences[i])
        return self._names[i]

    def _banned(self, i: int) -> bool:
        return i in self.banned

    def _repeats(self, i: int, chosen: Sequence[int]) -> bool:
        """Whether sentence i says what a chosen sentence already says."""
        return any(self._alike(i, j) for j in chosen)

    def _alike(self, i: int, j: int) -> bool:
        """Whether sentences i and j say the same thing (cached: the picker runs the
        same comparisons at each Dinkelbach step)."""
        key = (i, j) if i < j else (j, i)
        if key not in self._pairs:
            weights = self._weights()
            self._pairs[key] = containment(self._terms(i), self._terms(j), weights) >= DUPLICATE
        return self._pairs[key]

    def _terms(self, i: int) -> frozenset[str]:
        if i not in self._sets:
            self._sets[i] = frozenset(self.stats.bags[i])
        return self._sets[i]

    def _weights(self) -> dict[str, float]:
        if not self._idf:
            counts = self.stats.counts
            self._idf.update(idf_weights(counts, len(self.scores), counts))
        return self._idf


def summarize(article: Article, count: int) -> list[Sentence]:
    """`count` sentences that carry the article, in article order."""
    return summary_from_ranking(article, rank(article), count)


def rank_sentences(article: Article) -> list[int]:
    """All sentence indices, best first: the picker's order for the first RANKED_PICKS,
    then by probability."""
    ranking = rank(article)
    order = ranking.order(min(RANKED_PICKS, len(article.sentences)))
    taken = set(order)
    rest = sorted(
        (i for i in range(len(article.sentences)) if i not in taken),
        key=lambda i: (-ranking.scores[i], i),
    )
    return order + rest


def rank(article: Article) -> Ranking:
    """Score every sentence: the work that summaries of every length share."""
    sentences = article.sentences
    rows, stats = features(article)
    scores = probabilities(rows)
    words = tuple(max(n, 1) for n in stats.words)
    if max(stats.counts.values(), default=0) <= 1:  # no sentence shares a term: lead first
        scores = [1 / (i + 2) for i in range(len(sentences))]
        words = (1,) * len(sentences)
    return Ranking(tuple(scores), words, _asides(article, stats.quoted), stats, article)


def _asides(article: Article, quoted: Sequence[float]) -> frozenset[int]:
    """Sentences kept out of the summary: first-person asides, and the whole of a
    readers' comment section at the end; none when the lead itself speaks in the first
    person (a first-person piece, whose voice is the story)."""
    asides = [first_person_aside(s, q) for s, q in zip(article.sentences, quoted, strict=True)]
    if any(asides[:2]):
        return frozenset()
    banned = {i for i, aside in enumerate(asides) if aside}
    starts = [p.sentences[0].index for p in article.paragraphs if p.sentences]
    start = comment_section(starts, asides)
    if start is not None:
        banned.update(range(start, len(asides)))
    return frozenset(banned)


def summary_from_ranking(article: Article, ranking: Ranking, count: int) -> list[Sentence]:
    """The best `count` sentences, in article order."""
    sentences = article.sentences
    return [sentences[i] for i in sorted(ranking.order(count))]


# --------------------------------------------------------------------------- key points

# Where a clause ends: a semicolon, or a comma before a word that opens a new clause (a
# conjunction, a relative or subordinating word, or a participle: ", warning...").
# A bare comma is not enough: it also separates the items of a list ("swift, severe").
_CLAUSE_BREAK = re.compile(
    r";\s|,\s(?=(?:and|but|or|nor|yet|so|while|whereas|although|though|because|since|"
    r"which|who|whom|whose|where|when|after|before|as|if|unless|until|amid|despite|"
    r"including|according|[a-z]{3,}ing)\b)"
)
ELLIPSIS = "…"


def key_points(sentences: Sequence[Sentence], max_chars: int = 200) -> list[str]:
    """Each sentence as a bullet text: whole when it fits in `max_chars`, else cut where a
    clause ends, with an ellipsis. A sentence that has no clause end to cut at stays whole
    up to twice `max_chars`: a long bullet reads better than one stopped mid-clause."""
    out = []
    for sentence in sentences:
        text = " ".join(sentence.text.split())
        point = trim_text(text, max_chars)
        if point.endswith(ELLIPSIS) and _last_clause_break(text, max_chars - 1) is None:
            point = trim_text(text, 2 * max_chars)
        out.append(point)
    return out


def trim_text(text: str, max_chars: int = 200) -> str:
    """`text` if it fits, else its longest clause-bounded prefix that fits, plus '…'
    (failing any clause end, the longest prefix that ends between words)."""
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    if max_chars < 1:
        return ""
    budget = max_chars - len(ELLIPSIS)
    cut = _last_clause_break(text, budget)
    if cut is None:
        space = text.rfind(" ", 0, budget + 1)
        cut = space if space > 0 else budget  # one huge word: nothing better to do
    head = text[:cut].rstrip(" ,;:-–—(“‘[«")  # no dangling separator or opener
    return head + ELLIPSIS


def _last_clause_break(text: str, budget: int) -> int | None:
    """End of the last whole clause that fits in `budget` (at least a third of it) and
    leaves no bracket or quotation open."""
    best = None
    for match in _CLAUSE_BREAK.finditer(text, 0, budget + 1):
        end = match.start()
        if end > budget:
            break
        if end >= budget // 3 and _balanced(text[:end]):
            best = end
    return best


def _balanced(head: str) -> bool:
    """No bracket or double quotation left open in `head` (single curly quotes are
    also apostrophes, so they cannot tell)."""
    pairs = (("(", ")"), ("[", "]"), ("“", "”"), ("«", "»"))
    if any(head.count(o) > head.count(c) for o, c in pairs):
        return False
    return head.count('"') % 2 == 0
