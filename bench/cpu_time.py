"""CPU time of the engine's two hot paths, for comparing two commits on a busy machine.

Wall-clock benches swing 10-30% when other jobs share the CPUs; process time does not
count the time this process waits for a CPU, so two trees run one after the other (from
each tree's root: `PYTHONPATH=. python -m bench.cpu_time`) compare fairly.

- extract: `attribute_article` over every article of the corpus, ms/article, best of N
  warm passes.
- ask: `find_answers` over the reader questions of the gold files given with --questions
  (JSON files with a "questions" list, or text files with one question a line) plus 300
  "where <three words of a sentence>?" questions, per question, the best of N passes for
  each question.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, source_files
from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa.rank import find_answers
from bot.articles.quotes import attribute_article
from bot.articles.search_index import SearchIndex

SAMPLED_QUESTIONS = 300


def _articles(corpus: Path) -> dict[str, Article]:
    out = {}
    for path in source_files(corpus):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        key = path.relative_to(corpus).as_posix()
        out[key] = parse_article(text, key=key)
    return out


def _questions(files: list[Path], articles: list[Article]) -> list[str]:
    out: list[str] = []
    for path in files:
        if path.suffix == ".json":
            out += [q["question"] for q in json.loads(path.read_text())["questions"]]
        else:
            out += [line.strip() for line in path.read_text().splitlines() if line.strip()]
    rng = random.Random(7)
    for _ in range(SAMPLED_QUESTIONS):
        words = rng.choice(rng.choice(articles).sentences).text.split()
        i = rng.randrange(max(1, len(words) - 3))
        out.append("where " + " ".join(words[i : i + 3]) + "?")
    return out


def extract_ms(articles: list[Article], passes: int) -> float:
    for article in articles:  # warm: regexes compiled, caches filled
        attribute_article(article)
    best = float("inf")
    for _ in range(passes):
        t = time.process_time()
        for article in articles:
            attribute_article(article)
        best = min(best, time.process_time() - t)
    return 1000 * best / len(articles)


def ask_ms(articles: dict[str, Article], questions: list[str], passes: int) -> list[float]:
    index = SearchIndex.build(list(articles.values()))
    for q in questions:
        find_answers(q, index, articles)
    best = [float("inf")] * len(questions)
    for _ in range(passes):
        for i, q in enumerate(questions):
            t = time.process_time()
            find_answers(q, index, articles)
            best[i] = min(best[i], 1000 * (time.process_time() - t))
    return sorted(best)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("what", choices=["extract", "ask"])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--questions", type=Path, nargs="*", default=[])
    args = ap.parse_args(argv)
    articles = _articles(args.corpus)
    if not articles:
        raise SystemExit(f"no .txt articles under {args.corpus}")
    if args.what == "extract":
        print(f"extraction CPU {extract_ms(list(articles.values()), args.passes):.3f} ms/article")
        return 0
    times = ask_ms(articles, _questions(args.questions, list(articles.values())), args.passes)
    mean = sum(times) / len(times)
    p50, p99 = times[len(times) // 2], times[int(len(times) * 0.99)]
    print(f"/ask CPU over {len(times)} questions: mean {mean:.2f} p50 {p50:.2f} p99 {p99:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
