"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -0.4178,
    "phrase": -0.1983,
    "closeness": 0.031,
    "support": -0.2708,
    "article": -1.2146,
    "own": 0.1807,
    "candidate": -1.1183,
    "context": -0.4515,
    "runner_up": -0.4279,
    "other_article": 0.5474,
    "second_article": 0.5541,
    "retrieval": -0.5597,
    "names": -0.6089,
    "heaviest_sentence": 0.552,
    "heaviest_article": 0.2174,
    "rest_sentence": -0.9701,
    "rest_article": -0.6243,
    "strength": -1.1424,
    "rarity": 1.135,
    "deed_unsaid": 2.1651,
    "focus_apart": 1.9754,
    "person": 1.1076,
    "quantity": 0.4299,
    "time": 0.2664,
    "place": 0.2156,
}
THRESHOLD: Final[float] = 0.4572
