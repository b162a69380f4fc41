"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -1.0342,
    "phrase": -0.2922,
    "closeness": -0.0822,
    "support": -0.4971,
    "article": -1.1187,
    "own": 0.1741,
    "candidate": -0.8283,
    "context": -0.6711,
    "runner_up": -0.631,
    "other_article": 0.8379,
    "second_article": 0.9522,
    "retrieval": -1.0522,
    "names": -0.6697,
    "heaviest_sentence": 0.4908,
    "heaviest_article": 0.3009,
    "rest_sentence": -0.3908,
    "rest_article": -0.9021,
    "strength": -1.066,
    "rarity": 0.8361,
    "deed_unsaid": 2.4315,
    "focus_apart": 2.0913,
    "person": 1.0616,
    "quantity": 0.1598,
    "time": -0.0382,
    "place": 0.2294,
}
THRESHOLD: Final[float] = 0.4226
