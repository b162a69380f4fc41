"""Speed of the who-said engine: extraction over a corpus, then /whosaid, its
autocomplete and people autocomplete over the corpus replicated to 10,000 articles.

    python -m bench.quotes_bench [--corpus PATH] [--articles 10000] [--queries 300] [--passes 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.timing import calibrate, engine_kind
from bot.articles.analysis import analyse
from bot.articles.loader import analyse_articles, load_folder, worker_count
from bot.articles.model import Article, Person, Quote
from bot.articles.people import PeopleRegistry
from bot.articles.quote_index import QuoteIndex
from bot.articles.quotes import attribute_article

ROOT = Path(__file__).resolve().parent.parent


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered), p99, ordered[-1]


def _timed(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - t) * 1000)
    return out


def _typo(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) > 4:
        start = rng.randrange(0, len(words) - 3)
        words = words[start : start + rng.randint(3, 8)]
    if len(words) > 2 and rng.random() < 0.5:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    w = rng.randrange(len(words))
    if len(words[w]) > 3:
        k = rng.randrange(1, len(words[w]) - 1)
        words[w] = words[w][:k] + words[w][k + 1 :]
    return " ".join(words)


def _extract_seconds(articles: Sequence[Article]) -> float:
    t = time.perf_counter()
    for article in articles:
        attribute_article(article)
    return time.perf_counter() - t


def _pooled_seconds(articles: Sequence[Article]) -> float:
    t = time.perf_counter()
    analyse_articles(articles, analyse, parallel_from=1)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--passes", type=int, default=3, help="warm extraction passes")
    args = ap.parse_args(argv)
    rng = random.Random(7)

    articles = load_folder(args.corpus).articles
    if not articles:
        print(f"no articles under {args.corpus}")
        return 1
    t = time.perf_counter()
    extracted = [(a.key, *attribute_article(a)) for a in articles]
    extract_s = time.perf_counter() - t
    # a busy machine adds noise, so the best of a few more passes is the engine's own
    # speed
    warm_best = min(_extract_seconds(articles) for _ in range(args.passes))
    # the bot's own path for a folder this size: analyse_articles over worker processes
    # (the first run also starts the fork server, once per bot process)
    pooled = [_pooled_seconds(articles) for _ in range(args.passes)]

    copies = max(1, -(-args.articles // len(articles)))
    per_article: list[tuple[str, list[Person]]] = []
    entries: list[tuple[str, Quote]] = []
    for c in range(copies):
        for key, people, quotes in extracted:
            if len(per_article) >= args.articles:
                break
            k = f"{c}/{key}"
            per_article.append((k, people))
            entries.extend((k, q) for q in quotes)
    t = time.perf_counter()
    registry = PeopleRegistry.build(per_article)
    registry_s = time.perf_counter() - t
    t = time.perf_counter()
    index = QuoteIndex.build(entries, registry)
    index_s = time.perf_counter() - t
    t = time.perf_counter()
    index.warm()
    warm_s = time.perf_counter() - t

    sample = [q for _, q in entries[: len(entries) // copies] if q.kind != "indirect"]
    queries = [_typo(rng.choice(sample).text, rng) for _ in range(args.queries)]
    prefixes = [q[: rng.randint(1, max(1, len(q)))] for q in queries]
    names = [p.name for p in registry.people]
    name_queries = [
        n[: rng.randint(1, len(n))].lower() for n in rng.sample(names, min(300, len(names)))
    ]
    name_queries += [""]

    rows = [
        ("match (/whosaid)", _timed(index.match, queries)),
        ("closest", _timed(index.closest, queries[:100])),
        ("suggest (autocomplete)", _timed(index.suggest, prefixes)),
        ("people find", _timed(registry.find, name_queries)),
    ]
    hits = sum(bool(index.match(q)) for q in queries[:100])
    n_quotes = len(extracted) and sum(len(q) for _, _, q in extracted)
    print(f"corpus {args.corpus}: {len(articles)} articles, {n_quotes} statements")
    print(f"CPU calibration: 10^7 Python additions in {calibrate()} s")
    print(f"quote engine: {engine_kind()}")
    print(
        f"extraction   {extract_s:7.3f} s total  {1000 * extract_s / len(articles):6.3f} ms/article"
        " (first pass)"
    )
    print(
        f"extraction   {warm_best:7.3f} s total  {1000 * warm_best / len(articles):6.3f} ms/article"
        f" (best of {args.passes} more)"
    )
    print(
        f"extraction   {pooled[0]:7.3f} s total  first, {min(pooled):.3f} s best of {args.passes}:"
        f" the bot's loader on {worker_count()} worker processes"
    )
    print(
        f"replicated   {len(per_article)} articles, {len(entries)} statements, "
        f"{len(registry.people)} people"
    )
    print(f"registry     {registry_s:7.3f} s build")
    print(f"quote index  {index_s:7.3f} s build (at load)")
    print(f"word index   {warm_s:7.3f} s warm() (first /whosaid, or a background thread)")
    print(f"{'operation':24} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, samples in rows:
        p50, p99, worst = _percentiles(samples)
        print(f"{name:24} {p50:8.3f} {p99:8.3f} {worst:8.3f}")
    print(f"typo'd quote fragments matched above threshold: {hits}/100")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
