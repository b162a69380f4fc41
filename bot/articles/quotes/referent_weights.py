"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.488,
    "dist0": -0.346,
    "dist1": 0.41,
    "dist2": 0.121,
    "dist3_4": 0.147,
    "dist5": -0.332,
    "rank0": 0.38,
    "rank1": 0.527,
    "last_speaker": 0.067,
    "last_subject": 0.252,
    "last_object": -0.318,
    "speaker_near": 0.456,
    "subject_near": -0.018,
    "prev_quote": 0.126,
    "prev_quote_para": -0.148,
    "has_said": 0.167,
    "most_said": 0.114,
    "most_mentioned": -0.293,
    "count2": -0.1,
    "count4": 0.202,
    "gender_known": 0.133,
    "prev_subject": 0.457,
    "own_subject": 0.08,
    "initial": 0.205,
    "same_para": 0.647,
    "first_person": 0.188,
    "has_role": -0.214,
    "said2": 0.308,
    "said_share": 0.446,
    "para0": 0.647,
    "para1": 0.944,
    "nearest_subject": 0.235,
    "nearest_speaker": 0.554,
    "prev_pronoun": -0.397,
    "prev_pronoun_near": -0.092,
    "rule_dist0": 0.167,
    "opens_prev_subject": 0.443,
}
