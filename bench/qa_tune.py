"""Refit the hand-set constants of `/ask`'s sentence score by coordinate descent.

Loads the library once and runs `/ask` in process on the questions of the tuning files
(the `score_ask.py` format: the train split and the extra gold files the project ships,
never a held-out one), counting answer@1 as the scorer does (the gold answer in the first
line of the reply). Each constant of `qa/rank.py` named in `--params` is tried at a few
multiples of its value, one at a time; a move is kept only when it raises the total
number of hits over all tuning files by at least `--min-gain` and no file loses more than
`--max-loss` questions, and when the "I don't know" replies to the unanswerable questions
(`--unanswerable`) do not drop. `--check` files (the dev split) are scored at the start
and the end only, never used to choose. The found constants are printed; copy them into
`qa/rank.py` by hand, after checking dev and the held-out files with the scorer.
`--grid NAME=v1,v2` gives the values to try for a constant (one at 0, a term not yet
in the score, has no multiples); `--start NAME=VALUE` starts from another point;
`--random N` scores N random moves of all the constants at once (each scaled by
exp(N(0, --spread)), or one of its --grid values) and prints the best five, for the
interactions one-at-a-time moves miss. One pass over the ~800 tuning questions takes
about 10 s on the development machine.

    python -m bench.qa_tune ../shared/eval/bbc-qa-train.json bench/gold/bbc-qa-extra.json \
        bench/gold/bbc-qa-extra[2-5].json --corpus ../shared/corpora/bbc \
        --check ../shared/eval/bbc-qa-dev.json --unanswerable bench/gold/bbc-unanswerable.txt
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.qa_probe import scorer_module

PARAMS = (
    "ARTICLE_WEIGHT",
    "CONTEXT_WEIGHT",
    "LOCAL_SHARE",
    "PHRASE_WEIGHT",
    "TYPE_WEIGHT",
    "VARIANT_WEIGHT",
    "NEAR_WORDS",
    "LOCAL_POWER",
)
STEPS = (0.5, 0.7, 0.85, 1.15, 1.4, 2.0)
IDK = "I don't know"


def _get(rank: Any, name: str) -> float:
    if "." in name:
        table, key = name.split(".")
        return float(getattr(rank, table)[key])
    return float(getattr(rank, name))


def _set(rank: Any, name: str, value: float) -> None:
    if "." in name:
        table, key = name.split(".")
        getattr(rank, table)[key] = value
    else:
        # a count ("READ_SENTENCES") stays a whole number; a distance may become a fraction
        whole = isinstance(getattr(rank, name), int) and float(value).is_integer()
        setattr(rank, name, int(value) if whole else value)


def _first_line(library: Any, text: str) -> str:
    from bot.console import answer

    reply = answer(library, f"/ask {text}")
    embed = reply.pages[0] if reply.pages else None
    return ((embed.description if embed else "") or reply.content or "").split("\n", 1)[0]


def _evaluator(
    library: Any, scorer: Any, sets: dict[str, list[dict[str, Any]]], unanswerable: list[str]
) -> Callable[[], tuple[dict[str, int], int]]:
    def run() -> tuple[dict[str, int], int]:
        hits = {
            name: sum(bool(scorer.hit(_first_line(library, q["question"]), q)) for q in gold)
            for name, gold in sets.items()
        }
        unknown = sum(IDK in _first_line(library, q) for q in unanswerable)
        return hits, unknown

    return run


def _load(paths: Sequence[Path]) -> dict[str, list[dict[str, Any]]]:
    return {p.name: json.loads(p.read_text(encoding="utf-8"))["questions"] for p in paths}


def _show(label: str, hits: dict[str, int], sets: dict[str, list[Any]], unknown: int) -> None:
    parts = [f"{name} {hits[name]}/{len(sets[name])}" for name in sets]
    print(f"{label}: total {sum(hits.values())} | " + ", ".join(parts) + f" | idk {unknown}")


def _random_search(
    rank: Any,
    run: Callable[[], tuple[dict[str, int], int]],
    params: list[str],
    grids: dict[str, list[float]],
    args: Any,
    start: tuple[dict[str, int], int],
    sets: dict[str, list[Any]],
) -> None:
    """Random moves of all the constants at once (each scaled by exp(N(0, spread)), or
    one of its --grid values), each scored from the start: the best few are printed."""
    import math
    import random

    rng = random.Random(args.seed)
    base = {name: _get(rank, name) for name in params}
    hits = start[0]
    trials = []
    for k in range(args.random):
        values = {
            name: rng.choice(grids[name])
            if name in grids
            else round(value * math.exp(rng.gauss(0.0, args.spread)), 4)
            for name, value in base.items()
        }
        if "LOCAL_SHARE" in values:
            values["LOCAL_SHARE"] = min(values["LOCAL_SHARE"], 1.0)
        for name, value in values.items():
            _set(rank, name, value)
        tried, tried_unknown = run()
        worst = max(hits[s] - tried[s] for s in hits)
        trials.append((sum(tried.values()), k, values, tried, tried_unknown, worst))
        print(f"  trial {k}: total {sum(tried.values())} worst {-worst:+d} idk {tried_unknown}")
    for name, value in base.items():
        _set(rank, name, value)
    trials.sort(key=lambda t: (-t[0], t[5]))
    for _, k, values, tried, tried_unknown, worst in trials[:5]:
        _show(f"trial {k} (worst set {-worst:+d})", tried, sets, tried_unknown)
        print("    " + " ".join(f"--start {n}={v}" for n, v in values.items()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+", help="tuning files (train, extras)")
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--check", type=Path, action="append", default=[], help="dev files")
    parser.add_argument("--unanswerable", type=Path, default=None)
    parser.add_argument("--params", default=",".join(PARAMS))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--min-gain", type=int, default=2)
    parser.add_argument("--max-loss", type=int, default=1)
    parser.add_argument("--start", action="append", default=[], help="NAME=VALUE to start from")
    parser.add_argument(
        "--grid", action="append", default=[], help="NAME=v1,v2,...: values to try for NAME"
    )
    parser.add_argument("--random", type=int, default=0, help="random trials instead")
    parser.add_argument("--spread", type=float, default=0.15, help="log-scale of a random move")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scorer", type=Path, default=Path("../shared/eval/score_ask.py"))
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    os.environ["ARTICLES_DIR"] = str(args.corpus.resolve())
    scorer = scorer_module(args.scorer)

    from bot.articles.qa import rank
    from bot.live import build_library
    from config.settings import Settings

    library = build_library(Settings())
    sets = _load(args.gold)
    checks = _load(args.check)
    lines = args.unanswerable.read_text(encoding="utf-8").splitlines() if args.unanswerable else []
    unanswerable = [line.removeprefix("/ask ").strip() for line in lines if line.strip()]
    run = _evaluator(library, scorer, sets, unanswerable)
    check = _evaluator(library, scorer, checks, [])
    params = [p for p in args.params.split(",") if p]
    for item in args.start:
        name, value = item.split("=")
        _set(rank, name, float(value))
    grids = {g.split("=")[0]: [float(v) for v in g.split("=")[1].split(",")] for g in args.grid}
    params += [name for name in grids if name not in params]

    hits, unknown = run()
    _show("start", hits, sets, unknown)
    if checks:
        _show("start check", check()[0], checks, 0)
    if args.random:
        _random_search(rank, run, params, grids, args, (hits, unknown), sets)
        return 0
    for round_ in range(args.rounds):
        moved = False
        for name in params:
            base = _get(rank, name)
            best = (sum(hits.values()), base, hits, unknown)
            values = grids.get(name) or [round(base * step, 4) for step in STEPS]
            for value in values:
                if value == base:
                    continue
                if name == "LOCAL_SHARE" and not 0 <= value <= 1:
                    continue
                _set(rank, name, value)
                tried, tried_unknown = run()
                total = sum(tried.values())
                worst = max(hits[k] - tried[k] for k in hits)
                print(f"  {name}={value}: total {total} (worst {-worst:+d}, idk {tried_unknown})")
                if (
                    total >= sum(hits.values()) + args.min_gain
                    and total > best[0]
                    and worst <= args.max_loss
                    and tried_unknown >= unknown
                ):
                    best = (total, value, tried, tried_unknown)
            _set(rank, name, best[1])
            if best[1] != base:
                moved = True
                hits, unknown = best[2], best[3]
                _show(f"round {round_ + 1} {name} {base} -> {best[1]}", hits, sets, unknown)
        if not moved:
            break
    _show("end", hits, sets, unknown)
    if checks:
        _show("end check", check()[0], checks, 0)
    for name in params:
        print(f"{name} = {_get(rank, name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
