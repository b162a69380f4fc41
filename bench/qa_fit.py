"""Fit weights for the features of `/ask`'s sentence score (`bot.articles.qa.rank.FEATURES`)
on train questions.

For each question of a gold file (the `score_ask.py` format; use the train split only),
the engine's best sentences are read with their features; a sentence is right when its
reply line would hold the gold answer and it is sure enough to be given. A conditional
logit (a softmax over each question's sentences, L2-regularised) is fitted by Newton's
method; questions where no sentence is right teach nothing and are left out. `--folds K`
reports answer@1 of the fitted weights on held-out articles (K-fold, grouped by article),
beside the hand-set score on the same folds, which is what tells a real gain from a fit
to the train questions.

    python -m bench.qa_fit ../shared/eval/bbc-qa-train.json ../shared/corpora/bbc --folds 5
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.qa_probe import scorer_module


def _rows(gold: list[dict[str, Any]], scorer: ModuleType, corpus: Path) -> list[Any]:
    """Per question: its article path, the features of its sentences, which are right,
    and the hand-set scores."""
    os.environ["ARTICLES_DIR"] = str(corpus.resolve())
    from bot.articles.qa import rank
    from bot.live import build_library
    from config.settings import Settings

    library = build_library(Settings())
    out = []
    for q in gold:
        found = rank.find_answers(
            q["question"], library.search, library.by_key, limit=rank.READ_SENTENCES
        )
        feats, right, hand = [], [], []
        for a in found:
            line = (
                f"**{a.candidate.text}** — “{a.sentence.text}”" if a.candidate else a.sentence.text
            )
            feats.append(a.features)
            right.append(bool(a.supported and scorer.hit(line, q)))
            hand.append(rank._score(a.features))
        out.append((q["path"], feats, right, hand))
    return out


def fit(rows: list[Any], l2: float) -> Any:
    import numpy as np

    data = [(np.array(f), np.array(r)) for _, f, r, _ in rows if f and any(r)]
    w = np.zeros(len(data[0][0][0]))
    for _ in range(30):
        gradient = l2 * w
        hessian = l2 * np.eye(len(w))
        for x, right in data:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            q = p * right
            q /= q.sum()
            mean_p = p @ x
            gradient = gradient + mean_p - q @ x
            hessian = (
                hessian
                + (x.T * p) @ x
                - np.outer(mean_p, mean_p)
                - ((x.T * q) @ x - np.outer(q @ x, q @ x))
            )
        step = np.linalg.solve(hessian + 1e-6 * np.eye(len(w)), gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def _at1(rows: list[Any], score: Any) -> int:
    hits = 0
    for _, feats, right, hand in rows:
        if not feats:
            continue
        values = [score(f, h) for f, h in zip(feats, hand, strict=True)]
        hits += bool(right[max(range(len(values)), key=values.__getitem__)])
    return hits


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--scorer", type=Path, default=None, help="score_ask.py (beside GOLD)")
    args = parser.parse_args(argv)
    import numpy as np

    from bot.articles.qa import rank

    scorer = scorer_module(args.scorer or args.gold.parent / "score_ask.py")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))["questions"]
    rows = _rows(gold, scorer, args.corpus)
    n = len(rows)
    reachable = sum(any(r) for _, _, r, _ in rows)
    print(f"{n} questions, a right sentence among the read ones for {reachable}")
    print(f"hand-set score: {_at1(rows, lambda f, h: h)}/{n}")
    if args.folds:
        paths = sorted({p for p, *_ in rows})
        hand = learned = 0
        for k in range(args.folds):
            held = {p for i, p in enumerate(paths) if i % args.folds == k}
            w = fit([r for r in rows if r[0] not in held], args.l2)
            test = [r for r in rows if r[0] in held]
            learned += _at1(test, lambda f, h, w=w: float(np.dot(w, f)))
            hand += _at1(test, lambda f, h: h)
        print(f"{args.folds}-fold held-out: hand {hand}/{n}, learned {learned}/{n}")
    w = fit(rows, args.l2)
    print(f"learned on all: {_at1(rows, lambda f, h: float(np.dot(w, f)))}/{n}")
    for name, weight in zip(rank.FEATURES, w, strict=True):
        print(f"    {weight:+.3f},  # {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
