"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.512,
    "dist0": -0.04,
    "dist1": 0.684,
    "dist2": 0.178,
    "dist3_4": -0.274,
    "dist5": -0.549,
    "rank0": 0.32,
    "rank1": 0.352,
    "last_speaker": 0.065,
    "last_subject": 0.102,
    "last_object": -0.166,
    "speaker_near": 0.378,
    "subject_near": 0.403,
    "prev_quote": 0.158,
    "prev_quote_para": 0.285,
    "has_said": -0.005,
    "most_said": 0.02,
    "most_mentioned": 0.071,
    "count2": 0.13,
    "count4": 0.264,
    "gender_known": -0.009,
    "prev_subject": 0.501,
    "own_subject": 0.03,
    "initial": 0.018,
    "first_person": 0.046,
    "has_role": -0.197,
    "said2": 0.062,
    "said_share": 0.276,
    "para0": 0.585,
    "para1": 0.332,
    "nearest_subject": 0.384,
    "nearest_speaker": 0.229,
    "prev_pronoun": -0.171,
    "prev_pronoun_near": 0.199,
    "rule_dist0": -0.031,
    "opens_prev_subject": 0.217,
    "in_title": 0.058,
    "in_quote": -0.247,
}
