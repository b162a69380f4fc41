"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -0.4305,
    "phrase": -0.2631,
    "closeness": 0.022,
    "support": -0.2842,
    "article": -1.2194,
    "own": 0.1572,
    "candidate": -1.1461,
    "context": -0.4415,
    "runner_up": -0.4108,
    "other_article": 0.5479,
    "second_article": 0.5654,
    "retrieval": -0.5445,
    "names": -0.5997,
    "heaviest_sentence": 0.5506,
    "heaviest_article": 0.1784,
    "rest_sentence": -0.9195,
    "rest_article": -0.5867,
    "strength": -1.1303,
    "rarity": 1.106,
    "deed_unsaid": 2.2383,
    "focus_apart": 1.9714,
    "person": 1.1445,
    "quantity": 0.467,
    "time": 0.2955,
    "place": 0.2455,
}
THRESHOLD: Final[float] = 0.4572
