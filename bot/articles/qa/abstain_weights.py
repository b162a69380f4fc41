"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -1.045,
    "phrase": -0.2871,
    "closeness": -0.0741,
    "support": -0.4448,
    "article": -1.1373,
    "own": 0.1681,
    "candidate": -0.8042,
    "context": -0.6129,
    "runner_up": -0.6151,
    "other_article": 0.7953,
    "second_article": 0.979,
    "retrieval": -1.0504,
    "names": -0.6647,
    "heaviest_sentence": 0.5142,
    "heaviest_article": 0.2737,
    "rest_sentence": -0.3529,
    "rest_article": -0.9645,
    "strength": -1.0873,
    "rarity": 0.8808,
    "deed_unsaid": 2.3712,
    "focus_apart": 2.092,
    "person": 1.06,
    "quantity": 0.1503,
    "time": -0.0757,
    "place": 0.2314,
}
THRESHOLD: Final[float] = 0.392
