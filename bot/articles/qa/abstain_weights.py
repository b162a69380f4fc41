"""Weights of `/ask`'s abstention gate (`rank.GATE_FEATURES`), written by
bench/ask_abstain_fit.py. Refit with `python -m bench.ask_abstain_fit --write`; do not
edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "bias": -0.8559,
    "phrase": -0.3237,
    "closeness": -0.1361,
    "support": -0.483,
    "article": -1.1533,
    "own": 0.2132,
    "candidate": -0.8601,
    "context": -0.6962,
    "runner_up": -0.6048,
    "other_article": 0.7556,
    "second_article": 0.967,
    "retrieval": -1.0024,
    "names": -0.6635,
    "heaviest_sentence": 0.4792,
    "heaviest_article": 0.3237,
    "rest_sentence": -0.5017,
    "rest_article": -0.8324,
    "strength": -1.0924,
    "rarity": 0.8308,
    "deed_unsaid": 2.1361,
    "focus_apart": 2.0977,
    "person": 1.0042,
    "quantity": 0.1066,
    "time": 0.1205,
    "place": 0.1867,
}
THRESHOLD: Final[float] = 0.4225
