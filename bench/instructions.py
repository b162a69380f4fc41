"""Instructions the engine's two hot paths execute, counted by valgrind: a figure that
does not move with the machine's load, for comparing two commits.

CPU and wall time on a shared machine vary by 10-30% from run to run, more than most
changes gain or lose; the instructions one warm pass executes vary by about 0.1%. From
each tree's root (`PYTHONPATH=.` so that the tree's own code runs):

    PYTHONPATH=. python -m bench.instructions extract   # per article, 200 BBC articles
    PYTHONPATH=. python -m bench.instructions ask       # per question, 300 questions

- extract: `attribute_article` over every (n/200)-th article of the corpus, one warm pass
  (a first pass compiles the regexes and fills the caches, uncounted).
- ask: `find_answers` over bench.cpu_time's 300 sampled "where <three words>?" questions
  on the whole corpus, after one uncounted question.

The program runs itself under `valgrind --tool=callgrind --instr-atstart=no` and counts
only between `callgrind_control -i on` and `-i off`; it needs valgrind installed. A run
takes 20 s (extract) to 2 min (ask).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS

ARTICLES = 200
_COLLECTED = re.compile(r"Collected : (\d+)")


def _counting(on: bool) -> None:
    """Turn valgrind's counting on or off for this process."""
    flag = "on" if on else "off"
    subprocess.run(["callgrind_control", "-i", flag, str(os.getpid())], capture_output=True)


def _inside(what: str, corpus: Path, articles: int) -> int:
    """The counted pass, run under valgrind; returns how many items it ran."""
    from bench.cpu_time import _articles, _questions
    from bot.articles.qa.rank import find_answers
    from bot.articles.quotes import attribute_article
    from bot.articles.search_index import SearchIndex

    every = _articles(corpus)
    if what == "extract":
        keys = list(every)
        chosen = [every[k] for k in keys[:: max(1, len(keys) // articles)][:articles]]
        for article in chosen:
            attribute_article(article)
        _counting(True)
        for article in chosen:
            attribute_article(article)
        _counting(False)
        return len(chosen)
    questions = _questions([], list(every.values()))
    index = SearchIndex.build(list(every.values()))
    find_answers("where is the film?", index, every)
    _counting(True)
    for question in questions:
        find_answers(question, index, every)
    _counting(False)
    return len(questions)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("what", choices=["extract", "ask"])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=ARTICLES, help="for extract")
    ap.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.inside:
        print(f"items {_inside(args.what, args.corpus, args.articles)}")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: this bench counts instructions with it")
        return 1
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "bench.instructions",
        args.what,
        "--corpus",
        str(args.corpus),
        "--articles",
        str(args.articles),
        "--inside",
    ]
    run = subprocess.run(command, capture_output=True, text=True)
    counted = _COLLECTED.search(run.stderr)
    items = re.search(r"items (\d+)", run.stdout)
    if run.returncode != 0 or counted is None or items is None or not int(items[1]):
        print(run.stdout + run.stderr)
        return 1
    unit = "article" if args.what == "extract" else "question"
    per = int(counted[1]) / int(items[1])
    print(f"{args.what}: {per / 1e6:.2f}M instructions per {unit} over {items[1]} {unit}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
