"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -0.3687,
    "phrase": -0.0743,
    "closeness": -0.0312,
    "support": -0.5345,
    "article": -1.0981,
    "own": 0.5013,
    "candidate": -0.8784,
    "context": -1.0358,
    "runner_up": -0.3565,
    "other_article": 0.7459,
    "second_article": 1.1343,
    "retrieval": -0.8852,
    "names": -0.6289,
    "heaviest_sentence": 0.3797,
    "heaviest_article": 0.1021,
    "rest_sentence": -1.2699,
    "rest_article": -0.8325,
    "strength": -1.1187,
    "rarity": 0.7431,
    "person": 0.9881,
    "quantity": -0.0523,
    "time": 0.4311,
    "place": 0.7526,
}
THRESHOLD: Final[float] = 0.4318
