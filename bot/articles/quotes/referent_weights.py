"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.494,
    "dist0": -0.055,
    "dist1": 0.659,
    "dist2": 0.18,
    "dist3_4": -0.254,
    "dist5": -0.53,
    "rank0": 0.295,
    "rank1": 0.357,
    "last_speaker": 0.08,
    "last_subject": 0.098,
    "last_object": -0.178,
    "speaker_near": 0.386,
    "subject_near": 0.407,
    "prev_quote": 0.1,
    "prev_quote_para": 0.308,
    "has_said": 0.005,
    "most_said": 0.007,
    "most_mentioned": 0.07,
    "count2": 0.134,
    "count4": 0.272,
    "gender_known": 0.001,
    "prev_subject": 0.484,
    "own_subject": 0.022,
    "initial": -0.001,
    "same_para": 0.4,
    "first_person": 0.049,
    "has_role": -0.189,
    "said2": 0.066,
    "said_share": 0.282,
    "para0": 0.4,
    "para1": 0.416,
    "nearest_subject": 0.377,
    "nearest_speaker": 0.242,
    "prev_pronoun": -0.159,
    "prev_pronoun_near": 0.191,
    "rule_dist0": -0.036,
    "opens_prev_subject": 0.219,
    "in_title": 0.059,
    "in_quote": -0.242,
}
