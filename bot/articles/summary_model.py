"""How likely an editor is to keep each sentence in an extractive summary.

A logistic model over a dozen cheap, general features of a sentence within its article:
how central it is (TextRank's similarity graph, with and without the sentence's link to
itself, which is how TextRank favours long sentences), how frequent its words are in the
article (Luhn's idea), where it stands, how much of the headline it repeats, how much of
it is quotation, and its length. The weights were fitted by `bench/summary_fit.py` on the
train split of the BBC summary pairs only (never the dev split), so the model carries no
rule for any one article; re-run that script to refit.

Everything is linear in the article's length, except two sorts for the rank features.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress

from bot.articles.lexicon import SUMMARY_SPEECH_VERBS, alternation
from bot.articles.model import Article
from bot.articles.textstats import idf_weights, quotation_states, terms_of

FEATURES = (
    "log_words",  # log(1 + whitespace words)
    "centrality",  # TextRank degree without the self-loop, / the article's best
    "centrality_self",  # TextRank degree with the self-loop, / the article's best
    "mean_tf",  # mean article frequency of the sentence's terms, / the article's best
    "sum_tf",  # sum over distinct terms of (article frequency - 1), / the article's best
    "position",  # index / (sentences - 1)
    "first",  # the article's first sentence
    "second",  # its second
    "headline",  # share of the headline's and subhead's idf weight repeated
    "quoted",  # share of the sentence inside quotation marks
    "centrality_rank",  # log(1 + rank by centrality)
    "tf_rank",  # log(1 + rank by sum_tf)
    "number",  # holds a digit: figures are news
    "capitals",  # capitalised words past the first, per word: names, places, bodies
    "speech",  # a speech verb (said, says, added, told): a reported statement
    "log_sentences",  # log(1 + sentences in the article): calibrates for its length
    "question",  # ends with a question mark
    "opens_quote",  # opens with a quotation mark
)
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"\b[A-Z][a-z]+")
_SPEECH = re.compile(r"\b(?:" + alternation(SUMMARY_SPEECH_VERBS) + r")\b")

# Fitted by bench/summary_fit.py on bbc-summary-train (L2-regularised logistic
# regression, Newton's method, left-out sentences labelled a quarter of their word
# overlap with the reference); the last weight is the intercept.
WEIGHTS = (
    -0.052,
    3.011,
    -2.254,
    1.389,
    -0.444,
    0.096,
    -0.363,
    0.077,
    0.274,
    -0.195,
    -1.123,
    -0.500,
    0.106,
    -0.288,
    0.940,
    1.798,
    0.242,
    -0.085,
    -2.859,
)


@dataclass(frozen=True, slots=True)
class SentenceStats:
    """What ranking an article produces besides the probabilities, for the picker."""

    bags: list[list[str]]  # content terms of each sentence
    counts: Counter[str]  # occurrences of each term in the article
    quoted: list[float]  # share of each sentence inside quotation marks
    words: list[int]  # whitespace words of each sentence
    runs_on: list[bool]  # a quotation left open runs on into the next sentence


def features(article: Article) -> tuple[list[list[float]], SentenceStats]:
    """One feature row per sentence (in FEATURES order), and the statistics behind them."""
    sentences = article.sentences
    n = len(sentences)
    if not n:
        return [], SentenceStats([], Counter(), [], [], [])
    heading = " ".join(x for x in (article.title, article.subtitle) if x)
    heading_terms, *bags = terms_of([heading, *(s.text for s in sentences)])
    counts = Counter(chain.from_iterable(bags))
    degree, self_loop = centrality(bags)
    with_self = [d + s for d, s in zip(degree, self_loop, strict=True)]
    heading_idf = idf_weights(counts, n, heading_terms)
    headline = headline_overlap(heading_idf, bags)
    spans = [(s.start, s.end) for s in sentences]
    states = quotation_states(article.text, spans, [s.paragraph for s in sentences])
    quoted = [share for share, _ in states]
    words = [len(s.text.split()) for s in sentences]
    mean_tf = [sum(map(counts.__getitem__, bag)) / len(bag) if bag else 0.0 for bag in bags]
    sum_tf = [float(sum(counts[t] - 1 for t in set(bag))) for bag in bags]
    centrality_rank = _ranks(degree)
    tf_rank = _ranks(sum_tf)
    top_degree, top_self = max(degree) or 1.0, max(with_self) or 1.0
    top_mean, top_sum = max(mean_tf) or 1.0, max(sum_tf) or 1.0
    last = max(n - 1, 1)
    log_n = math.log1p(n)
    rows = [
        [
            math.log1p(words[i]),
            degree[i] / top_degree,
            with_self[i] / top_self,
            mean_tf[i] / top_mean,
            sum_tf[i] / top_sum,
            i / last,
            float(i == 0),
            float(i == 1),
            headline[i],
            quoted[i],
            math.log1p(centrality_rank[i]),
            math.log1p(tf_rank[i]),
            float(_DIGIT.search(text) is not None),
            len(_CAPITAL.findall(text, 1)) / max(words[i], 1),
            float(_SPEECH.search(text) is not None),
            log_n,
            float(text.endswith("?")),
            float(text[:1] in '"“'),
        ]
        for i, text in enumerate(s.text for s in sentences)
    ]
    return rows, SentenceStats(bags, counts, quoted, words, [runs for _, runs in states])


def probabilities(rows: Sequence[Sequence[float]]) -> list[float]:
    """The model's probability that each sentence belongs in the summary."""
    *weights, bias = WEIGHTS
    out = []
    for row in rows:
        z = bias + sum(map(float.__mul__, weights, row))
        out.append(1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))))
    return out


def _ranks(values: Sequence[float]) -> list[int]:
    """Rank of each value, 0 for the largest (ties in article order)."""
    order = sorted(range(len(values)), key=lambda i: -values[i])
    ranks = [0] * len(values)
    for r, i in enumerate(order):
        ranks[i] = r
    return ranks


def centrality(bags: Sequence[list[str]]) -> tuple[list[float], list[float]]:
    """Weighted degree with TextRank's similarity, and each sentence's self-loop.

    sim(i, j) = sum over terms t of tf_i(t) * tf_j(t), divided by g_i * g_j (g: a log of
    the sentence's length). The stationary distribution of a random walk on an undirected
    graph is proportional to degree, so this is TextRank's ranking without the power
    iterations. The normaliser is a product, so the degree factorises through the terms:
    deg_i = (1 / g_i) * sum over the term occurrences t of i of C_t, where C_t sums
    tf_j(t) / g_j over all sentences j; the self-loop tf_i(t)^2 / g_i^2 is returned apart.
    Linear in the article's length, never quadratic.
    """
    by_length: dict[int, list[list[str]]] = {}
    for bag in bags:
        by_length.setdefault(len(bag), []).append(bag)
    inverse = {length: 1.0 / math.log(length + 2) for length in by_length}
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
    prefix = [0.0, *accumulate(map(column.__getitem__, chain.from_iterable(bags)))]
    lengths = list(map(len, bags))
    distinct = list(map(len, map(set, bags)))
    tf2 = [
        n if d == n else _sum_of_squares(bag)
        for bag, n, d in zip(bags, lengths, distinct, strict=True)
    ]
    self_loop = [inverse[n] * inverse[n] * q for n, q in zip(lengths, tf2, strict=True)]
    degree = [
        inverse[n] * (prefix[end] - prefix[end - n]) - s
        for n, end, s in zip(lengths, accumulate(lengths), self_loop, strict=True)
    ]
    return degree, self_loop


def _sum_of_squares(bag: list[str]) -> int:
    """Sum over the distinct terms of a bag of their count squared."""
    if len(bag) <= 32:  # quadratic, but in C and on a short list
        return sum(map(bag.count, bag))
    return sum(v * v for v in Counter(bag).values())


def headline_overlap(heading_idf: dict[str, float], bags: Sequence[list[str]]) -> list[float]:
    """Share of the headline's and subhead's term weight each sentence repeats (0..1).
    Only heading words that occur in the body count: others cannot tell sentences apart."""
    total = sum(heading_idf.values())
    if not total:
        return [0.0] * len(bags)
    heading, weights = list(heading_idf), list(heading_idf.values())
    return [sum(compress(weights, map(bag.__contains__, heading))) / total for bag in bags]
