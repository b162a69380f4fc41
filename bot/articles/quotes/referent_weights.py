"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.53,
    "dist0": -0.063,
    "dist1": 0.607,
    "dist2": 0.121,
    "dist3_4": -0.106,
    "dist5": -0.559,
    "rank0": 0.316,
    "rank1": 0.354,
    "last_speaker": -0.06,
    "last_subject": 0.128,
    "last_object": -0.069,
    "speaker_near": 0.353,
    "subject_near": 0.391,
    "prev_quote": 0.108,
    "prev_quote_para": 0.247,
    "has_said": 0.012,
    "most_said": 0.055,
    "most_mentioned": -0.18,
    "count2": -0.111,
    "count4": 0.054,
    "gender_known": -0.003,
    "prev_subject": 0.5,
    "own_subject": 0.024,
    "initial": 0.005,
    "same_para": 0.428,
    "first_person": 0.158,
    "has_role": -0.201,
    "said2": 0.222,
    "said_share": 0.194,
    "para0": 0.428,
    "para1": 0.478,
    "nearest_subject": 0.362,
    "nearest_speaker": 0.388,
    "prev_pronoun": -0.17,
    "prev_pronoun_near": 0.086,
    "rule_dist0": -0.04,
    "opens_prev_subject": 0.243,
    "in_title": 0.098,
}
