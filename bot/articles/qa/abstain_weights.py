"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -0.4406,
    "phrase": -0.1954,
    "closeness": 0.0336,
    "support": -0.2692,
    "article": -1.2058,
    "own": 0.1797,
    "candidate": -1.1223,
    "context": -0.4488,
    "runner_up": -0.4163,
    "other_article": 0.5568,
    "second_article": 0.5457,
    "retrieval": -0.5612,
    "names": -0.6097,
    "heaviest_sentence": 0.5557,
    "heaviest_article": 0.2154,
    "rest_sentence": -0.9699,
    "rest_article": -0.6248,
    "strength": -1.1386,
    "rarity": 1.1349,
    "deed_unsaid": 2.1648,
    "focus_apart": 1.9747,
    "person": 1.1068,
    "quantity": 0.4304,
    "time": 0.2672,
    "place": 0.2167,
}
THRESHOLD: Final[float] = 0.4571
