"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -0.676,
    "phrase": -0.2542,
    "closeness": -0.1536,
    "support": -0.487,
    "article": -1.0668,
    "own": 0.4772,
    "candidate": -0.724,
    "context": -0.9642,
    "runner_up": -0.4834,
    "other_article": 0.7698,
    "second_article": 1.026,
    "retrieval": -0.9172,
    "names": -0.7376,
    "heaviest_sentence": 0.4321,
    "heaviest_article": 0.2715,
    "rest_sentence": -0.9637,
    "rest_article": -0.7438,
    "strength": -1.1197,
    "rarity": 0.8895,
    "person": 0.94,
    "quantity": -0.1104,
    "time": 0.3163,
    "place": 0.0226,
}
THRESHOLD: Final[float] = 0.4552
