"""Fit `/ask`'s abstention gate (`bot.articles.qa.rank.GATE_FEATURES`, weights in
bot/articles/qa/abstain_weights.py) on training questions.

Questions no article answers (the training "I don't know" lists) are the positives;
answerable training questions (the `score_ask.py` format, and "question || answer"
lines) the negatives. Only questions the hand rules answer (a sure first answer) are
fitted: the others already get "I don't know". Abstaining on an answerable question
whose answer was right costs a point of answer@1; on one whose answer was wrong it costs
nothing. A logistic regression, L2-regularised, is fitted by Newton's method.

`--folds K` reports K-fold cross-validated figures (answerable questions grouped by
article, those of a plain list and the unanswerable ones by line): for each held-out
fold, the weights and the threshold are chosen on the other folds only (the threshold by
an inner K-fold, as the lowest gate probability that keeps right answers turned into
"I don't know" within `--cost` of the answerable questions), and the held-out fold
counts what the gate adds.

    python -m bench.ask_abstain_fit --folds 5 [--write]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bench.qa_probe import scorer_module

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout, as the README says; a worktree under /work/wt finds it
# one level higher
SHARED = next(
    (d / "shared" for d in (ROOT.parent, ROOT.parent.parent) if (d / "shared").is_dir()),
    ROOT.parent / "shared",
)
GOLD = ROOT / "bench" / "gold"
WEIGHTS_FILE = ROOT / "bot" / "articles" / "qa" / "abstain_weights.py"
UNANSWERABLE = [
    GOLD / "bbc-unanswerable.txt",
    GOLD / "bbc-unanswerable-train2.txt",
    GOLD / "bbc-unanswerable-train3.txt",
    GOLD / "bbc-unanswerable-train4.txt",
    GOLD / "bbc-unanswerable-train5.txt",
    GOLD / "bbc-unanswerable-own.txt",
]
ANSWERABLE = [
    SHARED / "eval" / "bbc-qa-train.json",
    *(GOLD / f"bbc-qa-extra{n}.json" for n in ("", "2", "3", "4", "5", "9")),
    GOLD / "bbc-answerable-own.txt",
]


@dataclass(frozen=True)
class Row:
    """One question the hand rules answer: what the gate reads, whether no article answers
    it (`unanswerable`), whether the answer given is right, and its fold group."""

    features: tuple[float, ...]
    unanswerable: bool
    right: bool
    group: str


def _questions(path: Path) -> list[dict[str, Any]]:
    """The questions of a set, each with `question` and, if answerable, its gold."""
    if path.suffix == ".json":
        return list(json.loads(path.read_text(encoding="utf-8"))["questions"])
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        text, _, answer = line.removeprefix("/ask ").partition("||")
        if text.strip():
            out.append({"question": text.strip(), "answer": answer.strip(), "path": f"{i}"})
    return out


def rows(corpus: Path, scorer: Any) -> tuple[list[Row], int]:
    """The rows of every training set, and how many answerable questions there are."""
    os.environ["ARTICLES_DIR"] = str(corpus.resolve())
    from bot.articles.qa import rank
    from bot.live import build_library
    from config.settings import Settings

    library = build_library(Settings())
    stored, rank.GATE_THRESHOLD = rank.GATE_THRESHOLD, math.inf  # read, never abstain
    try:
        return _read_rows(rank, library, scorer)
    finally:
        rank.GATE_THRESHOLD = stored


def _read_rows(rank: Any, library: Any, scorer: Any) -> tuple[list[Row], int]:
    """What the gate reads of each training question the hand rules answer."""
    out: list[Row] = []
    answerable = 0
    for path in [*UNANSWERABLE, *ANSWERABLE]:
        unanswerable = path in UNANSWERABLE
        for q in _questions(path):
            answerable += not unanswerable
            found = rank.find_answers(q["question"], library.search, library.by_key, limit=3)
            if not found or not found[0].supported:
                continue
            a = found[0]
            line = (
                f"**{a.candidate.text}** — “{a.sentence.text}”" if a.candidate else a.sentence.text
            )
            right = not unanswerable and bool(q["answer"]) and scorer.hit(line, q)
            group = f"{path.name}:{q['path']}"
            out.append(Row(a.gate, unanswerable, right, group))
    return out, answerable


def fit(data: Sequence[Row], l2: float) -> NDArray[np.float64]:
    """Logistic regression by Newton's method; the bias is not regularised."""
    x = np.array([r.features for r in data])
    y = np.array([float(r.unanswerable) for r in data])
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(len(w))
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x.T * (p * (1 - p))) @ x + penalty + 1e-6 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def probabilities(data: Sequence[Row], w: NDArray[np.float64]) -> list[float]:
    """The gate's probability that no story answers, for each row."""
    x = np.array([r.features for r in data])
    return list(1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))))


def folds(data: Sequence[Row], k: int, by_set: bool = False) -> list[list[int]]:
    """Row indices of each fold, by group: one article's questions stay together; with
    `by_set`, each set of unanswerable questions too (5 sets in 5 folds: one a fold)."""

    def group(r: Row) -> str:
        return r.group.split(":")[0] if by_set and r.unanswerable else r.group

    if by_set:
        answerable = sorted({r.group for r in data if not r.unanswerable})
        sets = sorted({group(r) for r in data if r.unanswerable})
        at = {g: i % k for i, g in enumerate(answerable)} | {g: i % k for i, g in enumerate(sets)}
    else:
        at = {g: i % k for i, g in enumerate(sorted({r.group for r in data}))}
    return [[i for i, r in enumerate(data) if at[group(r)] == f] for f in range(k)]


def threshold(data: Sequence[Row], k: int, l2: float, allowed: float) -> float:
    """The lowest gate probability above which abstaining, by an inner K-fold on `data`,
    turns at most `allowed` right answers into "I don't know"."""
    scored: list[tuple[float, Row]] = []
    for held in folds(data, k):
        keep = set(held)
        w = fit([r for i, r in enumerate(data) if i not in keep], l2)
        test = [data[i] for i in held]
        scored.extend(zip(probabilities(test, w), test, strict=True))
    rights = sorted((p for p, r in scored if r.right), reverse=True)
    lost = int(allowed)
    return rights[lost] + 1e-9 if lost < len(rights) else 0.0  # all may go: any abstains


def _counts(data: Sequence[Row], probs: Sequence[float], cut: float) -> tuple[int, int, int]:
    """Unanswerable questions the gate turns to "I don't know", right and wrong answers
    it turns too."""
    gated = [(r, p >= cut) for r, p in zip(data, probs, strict=True)]
    return (
        sum(g for r, g in gated if r.unanswerable),
        sum(g for r, g in gated if r.right),
        sum(g for r, g in gated if not r.unanswerable and not r.right),
    )


def write(w: NDArray[np.float64], cut: float) -> None:
    from bot.articles.qa.rank import GATE_FEATURES

    lines = [
        f'    "{name}": {round(float(v), 4)!r},' for name, v in zip(GATE_FEATURES, w, strict=True)
    ]
    text = WEIGHTS_FILE.read_text(encoding="utf-8")
    head = text[: text.index("WEIGHTS: Final")]
    body = "WEIGHTS: Final[dict[str, float]] = {\n" + "\n".join(lines) + "\n}\n"
    text = f"{head}{body}THRESHOLD: Final[float] = {round(float(cut), 4)!r}\n"
    WEIGHTS_FILE.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "bbc")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cost", type=float, default=0.008, help="share of answerable")
    parser.add_argument("--by-set", action="store_true", help="hold out whole unanswerable sets")
    parser.add_argument("--write", action="store_true", help="write abstain_weights.py")
    args = parser.parse_args(argv)
    scorer = scorer_module(SHARED / "eval" / "score_ask.py")
    data, answerable = rows(args.corpus, scorer)
    unanswerable = sum(len(_questions(p)) for p in UNANSWERABLE)
    answered = sum(r.unanswerable for r in data)
    right = sum(r.right for r in data)
    print(
        f"hand rules: {unanswerable - answered}/{unanswerable} unanswerable get 'I don't know'; "
        f"{right}/{answerable} answerable right, {len(data) - answered - right} answered wrong"
    )
    if args.folds:
        gained = lost = spared = 0
        for held in folds(data, args.folds, args.by_set):
            keep = set(held)
            train = [r for i, r in enumerate(data) if i not in keep]
            share = len(train) / len(data)
            cut = threshold(train, args.folds, args.l2, args.cost * answerable * share)
            test = [data[i] for i in held]
            g, lo, sp = _counts(test, probabilities(test, fit(train, args.l2)), cut)
            gained, lost, spared = gained + g, lost + lo, spared + sp
        print(
            f"{args.folds}-fold held-out: hand + gate {unanswerable - answered + gained}/"
            f"{unanswerable} unanswerable get 'I don't know' (+{gained}); right answers "
            f"lost {lost}/{answerable} ({100 * lost / answerable:.1f} points of answer@1); "
            f"wrong answers turned to 'I don't know' {spared}"
        )
    w = fit(data, args.l2)
    cut = threshold(data, args.folds or 5, args.l2, args.cost * answerable)
    g, lo, sp = _counts(data, probabilities(data, w), cut)
    print(f"on all (threshold {cut:.3f}): +{g} unanswerable, -{lo} right, {sp} wrong gated")
    from bot.articles.qa.rank import GATE_FEATURES

    for name, v in zip(GATE_FEATURES, w, strict=True):
        print(f"    {v:+.3f}  {name}")
    if args.write:
        write(w, cut)
    return 0


if __name__ == "__main__":
    sys.exit(main())
