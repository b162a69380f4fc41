"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -1.001,
    "phrase": -0.3071,
    "closeness": -0.0776,
    "support": -0.4887,
    "article": -1.1529,
    "own": 0.2557,
    "candidate": -0.7845,
    "context": -0.7444,
    "runner_up": -0.4794,
    "other_article": 0.7583,
    "second_article": 1.0037,
    "retrieval": -0.9515,
    "names": -0.7055,
    "heaviest_sentence": 0.5019,
    "heaviest_article": 0.2778,
    "rest_sentence": -0.555,
    "rest_article": -0.8413,
    "strength": -1.0135,
    "rarity": 0.8937,
    "deed_unsaid": 2.1283,
    "person": 1.1196,
    "quantity": 0.0764,
    "time": 0.0861,
    "place": 0.1507,
}
THRESHOLD: Final[float] = 0.4481
