"""Refit the summary model's weights (bot/articles/summary_model.py WEIGHTS).

Reads article/reference pairs from a BBC summary split in either layout the scorer
knows, labels each sentence of the bot's own parse as kept (1: it is one of the
reference sentences) or not, and fits an L2-regularised logistic regression by Newton's
method. A sentence left out still gets a fractional label: `--partial` times the share
of its words the reference uses, because ROUGE credits a summary for every word it
shares with the reference, not only for whole sentences.
Fit on the train split only; check the result on dev with score_summaries.py.

    python -m bench.summary_fit [--split PATH] [--scorer PATH] [--l2 X]

Needs numpy (a tool for the developer, not a dependency of the bot). The scorer module
is imported for its corpus reader and its splitter of run-together summaries, so the
labels are the ones the scorer's ROUGE is computed against.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

from bot.articles.loader import read_article
from bot.articles.model import Article
from bot.articles.parse import ArticleError
from bot.articles.summary_model import FEATURES, features

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_summaries", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_summaries"] = module  # its dataclasses look themselves up here
    spec.loader.exec_module(module)
    return module


def summary_pairs(scorer: ModuleType, split: Path) -> Iterator[tuple[Article, str, list[str]]]:
    """(article as the bot reads it, the file's text, its reference sentences) for every
    pair of a summary split, read the way the scorer reads them."""
    found = scorer.find_layout(split)
    if not found:
        raise SystemExit(f"{split}: not a summary split")
    layout, articles, summaries = found
    for path in sorted(articles.rglob("*.txt")):
        ref_path = summaries / path.relative_to(articles)
        text, _ = scorer.read_text(path)
        ref_text, _ = scorer.read_text(ref_path) if ref_path.is_file() else (None, "")
        if text is None or ref_text is None:
            continue
        if layout == "lines":
            refs = [" ".join(line.split()) for line in ref_text.splitlines() if line.strip()]
        else:
            refs = scorer.split_extractive(ref_text, text)
        try:
            article = read_article(path, key=path.name)
        except (ArticleError, OSError):
            continue
        yield article, text, refs


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _words(text: str) -> list[str]:
    """Lower-case alphanumeric tokens, as ROUGE counts them."""
    return re.findall(r"[a-z0-9]+", text.lower())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=Path, default=SHARED / "bbc-summary-train")
    parser.add_argument("--scorer", type=Path, default=SHARED / "score_summaries.py")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--partial", type=float, default=0.25)
    args = parser.parse_args(argv)
    import numpy as np

    scorer = _scorer(args.scorer)
    rows: list[list[float]] = []
    labels: list[float] = []
    for article, _, refs in summary_pairs(scorer, args.split):
        kept = {_key(r) for r in refs}
        used = {w for r in refs for w in _words(r)}
        feature_rows, _ = features(article)
        rows.extend(feature_rows)
        for sentence in article.sentences:
            if _key(sentence.text) in kept:
                labels.append(1.0)
            else:
                words = _words(sentence.text)
                share = sum(w in used for w in words) / max(len(words), 1)
                labels.append(args.partial * share)
    x = np.hstack([np.array(rows), np.ones((len(rows), 1))])
    y = np.array(labels)
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + args.l2 * w
        hessian = (x.T * (p * (1 - p))) @ x + args.l2 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    print(f"{len(rows)} sentences, {sum(v == 1.0 for v in labels)} kept")
    for name, weight in zip([*FEATURES, "intercept"], w, strict=True):
        print(f"    {weight:+.3f},  # {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
