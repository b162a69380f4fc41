"""Search and answer speed at library scale: index build time, index memory, and
p50/p99 latency of `search`, `sentences`, `answer` and `did_you_mean`.

python -m bench.search_bench [--corpus ../shared/corpora/bbc] [--articles 2225 10000]
                             [--queries 500] [--seed 0]

The corpus is loaded once and replicated in memory (distinct keys, numbered titles) to
each size; queries are made of rarer body words of random articles with one typo each
(as users remember them), of everyday words, and plain questions.
"""

from __future__ import annotations

import argparse
import gc
import random
import string
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS
from bench.timing import peak_rss_mb, percentiles_ms, table, time_calls
from bot.articles.answer import answer
from bot.articles.loader import load_folder
from bot.articles.model import Article
from bot.articles.search_index import SearchIndex
from bot.articles.textnorm import STOP_WORDS, tokens


def replicate(articles: list[Article], count: int) -> list[Article]:
    out = []
    for number in range(count):
        article = articles[number % len(articles)]
        copy = number // len(articles)
        if copy:
            article = replace(
                article, key=f"copy{copy}/{article.key}", title=f"{article.title} ({copy + 1})"
            )
        out.append(article)
    return out


def typo(word: str, rng: random.Random) -> str:
    """One random edit after the first letter: delete, insert, substitute or transpose."""
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice("dist")
    if op == "d":
        return word[:i] + word[i + 1 :]
    if op == "i":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    if op == "s":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def make_queries(articles: list[Article], n: int, rng: random.Random) -> dict[str, list[str]]:
    frequency: Counter[str] = Counter()
    for article in articles[:500]:
        frequency.update(w for s in article.sentences for w in tokens(s.text))
    everyday = [w for w, _ in frequency.most_common(400) if w not in STOP_WORDS and w.isalpha()]
    typed, common, questions, phrases = [], [], [], []
    for _ in range(n):
        article = rng.choice(articles)
        words = sorted(
            {w for s in article.sentences for w in tokens(s.text) if len(w) >= 5 and w.isalpha()},
            key=lambda w: (frequency[w], w),
        )
        picks = words[:8] or ["nothing"]
        typed.append(
            " ".join(
                typo(w, rng) if len(w) > 4 else w for w in rng.sample(picks, min(3, len(picks)))
            )
        )
        common.append(" ".join(rng.sample(everyday, 3)))
        sentence = rng.choice(article.sentences).text if article.sentences else "news"
        content = [w for w in tokens(sentence) if w not in STOP_WORDS][:4]
        lead = rng.choice(("how many", "when did", "where did", "who", "why did", "what"))
        questions.append(f"{lead} {' '.join(content)}?")
        words = tokens(sentence)
        at = rng.randrange(max(1, len(words) - 2))
        phrases.append('"' + " ".join(words[at : at + 3]) + '"')
    return {
        "typo words": typed,
        "everyday words": common,
        "questions": questions,
        "quoted phrases": phrases,
    }


def measure(articles: list[Article], queries: dict[str, list[str]]) -> list[tuple[str, ...]]:
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    index = SearchIndex.build(articles)
    build, cpu = time.perf_counter() - started, time.process_time() - cpu
    tracemalloc.start()
    traced = SearchIndex.build(articles)
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del traced
    by_key = {a.key: a for a in articles}
    n = len(articles)
    rows: list[tuple[str, ...]] = [
        (
            str(n),
            "build",
            f"{build:.2f} s",
            f"(cpu {cpu:.2f} s)",
            f"{size / 2**20:.1f} MB index",
            f"{index.vocabulary_size:,} words, {index.postings_count():,} postings",
        ),
    ]
    calls = {
        "search": lambda q: index.search(q, 10),
        "sentences": lambda q: index.sentences(q, 5),
        "did_you_mean": lambda q: index.did_you_mean(q),
    }
    for kind, texts in queries.items():
        for name, call in calls.items():
            if name == "did_you_mean" and kind != "typo words":
                continue
            p50, p99 = percentiles_ms(time_calls(call, texts))
            rows.append((str(n), name, f"{p50:.2f} ms", f"{p99:.2f} ms", "", kind))
    p50, p99 = percentiles_ms(time_calls(lambda q: answer(q, index, by_key), queries["questions"]))
    rows.append((str(n), "answer", f"{p50:.2f} ms", f"{p99:.2f} ms", "", "questions"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, nargs="+", default=[2225, 10000])
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    loaded = list(load_folder(args.corpus).articles)
    if not loaded:
        raise SystemExit(f"no articles under {args.corpus}")
    print(
        f"loaded {len(loaded)} articles from {args.corpus} in {time.perf_counter() - started:.1f} s"
    )
    rows = []
    for count in args.articles:
        articles = replicate(loaded, count)
        queries = make_queries(articles, args.queries, random.Random(args.seed))
        rows.extend(measure(articles, queries))
    print(table(rows, ("articles", "what", "p50", "p99", "memory", "notes")))
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB (articles, two indexes, tracing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
