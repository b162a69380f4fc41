"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -0.7386,
    "phrase": -0.2643,
    "closeness": -0.1377,
    "support": -0.4513,
    "article": -1.0778,
    "own": 0.5029,
    "candidate": -0.7124,
    "context": -0.9542,
    "runner_up": -0.4675,
    "other_article": 0.7805,
    "second_article": 1.0062,
    "retrieval": -0.9235,
    "names": -0.7502,
    "heaviest_sentence": 0.431,
    "heaviest_article": 0.3002,
    "rest_sentence": -0.9757,
    "rest_article": -0.748,
    "strength": -1.1063,
    "rarity": 0.8829,
    "person": 0.9339,
    "quantity": -0.1333,
    "time": 0.3151,
    "place": 0.0145,
}
THRESHOLD: Final[float] = 0.4529
