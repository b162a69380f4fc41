"""Extractive summaries: the sentences that carry an article, in article order.

How a sentence earns its place:
- centrality: its weighted degree in the sentence-similarity graph, with TextRank's
  similarity (shared content terms, normalised by a logarithm of sentence length, so a
  long sentence that states many of the article's facts counts for more). The
  stationary distribution of a random walk on an undirected graph is proportional to
  degree, so this is TextRank's ranking without the power iterations, and the degree
  factorises through the terms: linear in the article's length, never quadratic;
- a news position prior: the lead usually states the story (inverted pyramid), but a
  later sentence with more of the story still wins;
- overlap with the headline and subhead, which say what the article is about.
Then MMR (maximal marginal relevance) picks the sentences: each next one relevant and
unlike those already taken, direct quotes counting as alike, so a summary is not a
string of quotes. Finally the opening is repaired so that a summary never starts on a
sentence that needs the one before it ("He said...", "But...").
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress

from bot.articles.model import Article, Sentence
from bot.articles.textstats import idf_weights, quoted_fractions, terms_of

LENGTHS: dict[str, int] = {"short": 1, "medium": 3, "long": 5}

# MMR trade-off between relevance and novelty (Carbonell and Goldstein's lambda).
MMR_LAMBDA = 0.75
# MMR picks from the most relevant sentences only; the rest follow by relevance.
MMR_POOL = 150
MMR_PICKS = 50
# Cosine similarity from which a sentence counts as a repeat of one already chosen.
DUPLICATE = 0.9
# How much full overlap with the headline and subhead multiplies a sentence's score by.
HEADLINE_WEIGHT = 0.5

# First words that point back at an earlier sentence.
_ANAPHORIC = frozenset(
    """he she it they we this that these those his her its their them him also but
    however and yet so still nevertheless nonetheless moreover furthermore instead
    besides thus therefore hence meanwhile otherwise""".split()
)
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:(?:he|she|they)\s+(?:said|says|added|adds|told|warned|explained|insisted)|"
    r"(?:said|says|added|adds)\s+(?:he|she|they))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Ranking:
    """The reusable part of an article's summaries, computed once per article.

    `scores`: relevance of each sentence in article order (the best is 1.0);
    `by_score`: sentence indices best first; `order(count)` runs MMR over the pool
    (the first MMR_POOL of `by_score`) only as far as a summary of `count` needs, and
    looks at the terms and quotation of only the sentences it compares.
    """

    scores: tuple[float, ...]
    by_score: tuple[int, ...]
    bags: tuple[list[str], ...]  # the content terms of each sentence
    counts: Mapping[str, int]  # occurrences of each term in the article
    article: Article = field(repr=False, compare=False)

    def order(self, count: int) -> list[int]:
        """The first `count` sentence indices in MMR order (by score after MMR_PICKS)."""
        count = min(max(count, 0), len(self.scores))
        order = _mmr(self, count)
        if len(order) < count:
            taken = set(order)
            order.extend(i for i in self.by_score if i not in taken)
        return order[:count]


def summarize(article: Article, count: int) -> list[Sentence]:
    """`count` sentences that carry the article, in article order."""
    return summary_from_ranking(article, rank(article), count)


def rank_sentences(article: Article) -> list[int]:
    """All sentence indices, best first: the order summaries draw from."""
    return rank(article).order(len(article.sentences))


def rank(article: Article) -> Ranking:
    """Score every sentence: the work that summaries of every length share."""
    sentences = article.sentences
    if not sentences:
        return Ranking((), (), (), {}, article)
    heading = " ".join(x for x in (article.title, article.subtitle) if x)
    heading_terms, *bags = terms_of([heading, *(s.text for s in sentences)])
    counts = Counter(chain.from_iterable(bags))
    central = _centrality(bags)
    heading_idf = idf_weights(counts, len(bags), heading_terms)
    headline = _headline_overlap(heading_idf, bags)
    scores = [
        c * prior * (1 + HEADLINE_WEIGHT * h)
        for c, prior, h in zip(central, _position_priors(len(bags)), headline, strict=True)
    ]
    top = max(scores)
    if top <= 0:  # no sentence shares a term with another: position alone
        scores = _position_priors(len(bags))
        top = max(scores)
    scores = [x / top for x in scores]
    negated = [-x for x in scores]
    by_score = sorted(range(len(scores)), key=negated.__getitem__)  # stable: ties in order
    return Ranking(tuple(scores), tuple(by_score), tuple(bags), counts, article)


def summary_from_ranking(article: Article, ranking: Ranking, count: int) -> list[Sentence]:
    """The best `count` sentences, with a self-contained opening, in article order."""
    sentences = article.sentences
    count = min(max(count, 0), len(sentences))
    if count == 0:
        return []
    chosen = set(ranking.order(count))
    chosen = _fix_opening(sentences, ranking, chosen)
    return [sentences[i] for i in sorted(chosen)]


# --------------------------------------------------------------------------- scoring


def _centrality(bags: Sequence[list[str]]) -> list[float]:
    """Weighted degree with TextRank's similarity: sim(i, j) = sum over terms t of
    tf_i(t) * tf_j(t), divided by g_i * g_j (g: a log of the sentence's length).

    Raw term counts, not in-article IDF: the words many sentences share are the story
    itself, the very links centrality should follow. The normaliser is a product, so
    the degree factorises through the terms: deg_i = (1 / g_i) * sum over the term
    occurrences t of i of (C_t - tf_i(t) / g_i), where C_t sums tf_j(t) / g_j over all
    sentences j (the subtraction removes the self-loop). Linear in the article's length.
    """
    by_length: dict[int, list[list[str]]] = {}
    for bag in bags:
        by_length.setdefault(len(bag), []).append(bag)
    inverse = {length: 1.0 / _length_norm(length) for length in by_length}
    column: dict[str, float] = {}
    for length, group in by_length.items():
        inv = inverse[length]
        if len(group) < 16:
            for bag in group:
                for t in bag:
                    column[t] = column.get(t, 0.0) + inv
        else:  # a long article: count this length's terms at C speed
            for t, tf in Counter(chain.from_iterable(group)).items():
                column[t] = column.get(t, 0.0) + tf * inv
    # Per sentence: the sum of C_t over its occurrences, from prefix sums of one pass.
    prefix = [0.0, *accumulate(map(column.__getitem__, chain.from_iterable(bags)))]
    lengths = list(map(len, bags))
    distinct = list(map(len, map(set, bags)))
    # The self-loop weighs the sum over terms of tf(t)^2: the length if none repeats.
    tf2 = [
        n if d == n else _sum_of_squares(bag)
        for bag, n, d in zip(bags, lengths, distinct, strict=True)
    ]
    return [
        inverse[n] * (prefix[end] - prefix[end - n] - inverse[n] * q)
        for n, end, q in zip(lengths, accumulate(lengths), tf2, strict=True)
    ]


def _sum_of_squares(bag: list[str]) -> int:
    """Sum over the distinct terms of a bag of their count squared."""
    if len(bag) <= 32:  # quadratic, but in C and on a short list
        return sum(map(bag.count, bag))
    return sum(v * v for v in Counter(bag).values())


def _length_norm(length: int) -> float:
    """A log of the term count, as in TextRank's normaliser (log |i| + log |j| there;
    here their product, which factorises). +2 keeps one- and zero-term sentences sane."""
    return math.log(length + 2)


def _position_priors(count: int) -> list[float]:
    """News is written lead first: a gentle harmonic bonus that fades with position
    (x1.5 for the lead, x1.25 for the second sentence, ... towards x1)."""
    return [1.0 + 0.5 / (index + 1) for index in range(count)]


def _headline_overlap(heading_idf: dict[str, float], bags: Sequence[list[str]]) -> list[float]:
    """Share of the headline's and subhead's term weight each sentence repeats (0..1).
    Only heading words that occur in the body count: others cannot tell sentences apart."""
    total = sum(heading_idf.values())
    if not total:
        return [0.0] * len(bags)
    heading, weights = list(heading_idf), list(heading_idf.values())
    return [sum(compress(weights, map(bag.__contains__, heading))) / total for bag in bags]


def _quoted(article: Article, paragraphs: Sequence[int]) -> dict[int, float]:
    """Share of each sentence of the given paragraphs (ascending) inside quotation marks,
    by sentence index. A quote can run on across sentences, so each paragraph is read
    from its start; adjacent paragraphs are read in one pass."""
    members = [s for number in paragraphs for s in article.paragraphs[number].sentences]
    spans = [(s.start, s.end) for s in members]
    shares = quoted_fractions(article.text, spans, [s.paragraph for s in members])
    return {s.index: share for s, share in zip(members, shares, strict=True)}


# --------------------------------------------------------------------------- MMR


def _mmr(ranking: Ranking, count: int) -> list[int]:
    """Greedy MMR: up to min(count, MMR_PICKS) picks from the pool.

    Similarity is the cosine of idf-weighted term sets, or, when larger, the product of
    the two sentences' quoted shares: a second direct quote repeats the first one's
    kind, so a summary does not become a string of quotes. A candidate's MMR value only
    falls as sentences are taken, so the heap holds upper bounds and only the candidate
    on top is compared with the picks it has not seen yet (lazy greedy): most pairs of
    sentences are never compared, and only compared sentences are looked at closely.
    """
    scores, bags, counts = ranking.scores, ranking.bags, ranking.counts
    n = len(bags)
    sets: dict[int, frozenset[str]] = {}
    norms: dict[int, float] = {}
    quoted: dict[int, float] = {}

    def terms_of(i: int) -> frozenset[str]:
        if i not in sets:
            sets[i] = frozenset(bags[i])
        return sets[i]

    # Squared inverse sentence frequency (as idf_weights computes it), by term count.
    top = max(counts.values(), default=0)
    by_count = [0.0, *((math.log((n + 1) / min(c, n)) + 0.1) ** 2 for c in range(1, top + 1))]

    def weights2(terms: frozenset[str]) -> Iterator[float]:
        return map(by_count.__getitem__, map(counts.__getitem__, terms))

    def norm(i: int) -> float:
        if i not in norms:
            norms[i] = math.sqrt(math.fsum(weights2(terms_of(i)))) or 1.0
        return norms[i]

    def quote(i: int) -> float:
        if i not in quoted:
            article = ranking.article
            if n <= MMR_POOL:  # a short article: read it all in one pass
                quoted.update(_quoted(article, range(len(article.paragraphs))))
            else:
                quoted.update(_quoted(article, (article.sentences[i].paragraph,)))
        return quoted[i]

    pool = ranking.by_score[:MMR_POOL]
    closest = dict.fromkeys(pool, 0.0)
    checked = dict.fromkeys(pool, 0)  # how many picks each candidate was compared with
    heap = [(-MMR_LAMBDA * scores[i], i) for i in pool]
    heapq.heapify(heap)
    order: list[int] = []
    limit = min(count, MMR_PICKS)
    while heap and len(order) < limit:
        _, i = heapq.heappop(heap)
        if checked[i] == len(order):
            order.append(i)
            continue
        for j in order[checked[i] :]:
            similar = quote(i) * quote(j)
            shared = terms_of(i) & terms_of(j)
            if shared:
                dot = math.fsum(weights2(shared))  # exact whatever the set order
                similar = max(similar, dot / (norm(i) * norm(j)))
            closest[i] = max(closest[i], similar)
        checked[i] = len(order)
        if closest[i] < DUPLICATE:  # a restatement adds nothing: only a filler, if needed
            heapq.heappush(heap, (-(MMR_LAMBDA * scores[i] - (1 - MMR_LAMBDA) * closest[i]), i))
    return order


# --------------------------------------------------------------------------- opening


def needs_previous(sentence: Sentence) -> bool:
    """True when the sentence leans on the one before: an anaphoric or connective first
    word (He, It, But, However...) or a pronoun for its speaker ("..., he said")."""
    if sentence.index == 0:  # the headline introduces the first sentence
        return False
    first = _FIRST_WORD.match(sentence.text)
    if first and first.group(1).lower() in _ANAPHORIC and sentence.text[:1] not in "\"“‘'":
        return True
    return bool(_PRONOUN_SPEAKER.search(sentence.text))


def _fix_opening(sentences: Sequence[Sentence], ranking: Ranking, chosen: set[int]) -> set[int]:
    """Swap until the earliest chosen sentence stands on its own, keeping the count.

    Two repairs, whichever loses less relevance: bring in the opener's antecedent (the
    sentence before it, if that one stands on its own) in place of the weakest other
    choice, or replace the opener with the best self-contained sentence not chosen.
    Either leaves one dangling sentence fewer at the front, and the first sentence of
    an article always stands on its own, so the loop ends with a sound opening.
    """
    scores = ranking.scores
    while needs_previous(sentences[first := min(chosen)]):
        options: list[tuple[float, set[int]]] = []
        before = first - 1
        if len(chosen) >= 2 and not needs_previous(sentences[before]):
            weakest = min(chosen - {first}, key=lambda i: (scores[i], -i))
            options.append((scores[before] - scores[weakest], chosen - {weakest} | {before}))
        spare = next(
            (i for i in ranking.by_score if i not in chosen and not needs_previous(sentences[i])),
            None,
        )
        if spare is not None:
            options.append((scores[spare] - scores[first], chosen - {first} | {spare}))
        if not options:  # cannot happen: sentence 0 is chosen or spare
            break
        chosen = max(options, key=lambda option: option[0])[1]
    return chosen


# --------------------------------------------------------------------------- key points

_CLAUSE_BREAK = re.compile(
    r"\s*[,;:]\s|\s+[-–—]+\s+|\s+(?=(?:and|but|or|while|whereas|although|though|because|"
    r"which|who|after|before|as|when|where|with|amid)\s)"
)
ELLIPSIS = "…"


def key_points(sentences: Sequence[Sentence], max_chars: int = 200) -> list[str]:
    """Each sentence as a bullet text of at most `max_chars` characters, cut at a clause
    boundary (or failing that a word boundary) with an ellipsis when it is too long."""
    return [trim_text(s.text, max_chars) for s in sentences]


def trim_text(text: str, max_chars: int = 200) -> str:
    """`text` if it fits, else its longest clause-bounded prefix that fits, plus '…'."""
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
    """End of the last clause that fits in `budget`, if it keeps at least half of it."""
    best = None
    for match in _CLAUSE_BREAK.finditer(text, 0, budget + 1):
        if match.start() > budget:
            break
        best = match.start()
    if best is not None and best >= budget // 2:
        return best
    return None
