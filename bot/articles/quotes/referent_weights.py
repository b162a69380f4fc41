"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.493,
    "dist0": -0.05,
    "dist1": 0.665,
    "dist2": 0.174,
    "dist3_4": -0.245,
    "dist5": -0.545,
    "rank0": 0.318,
    "rank1": 0.346,
    "last_speaker": 0.039,
    "last_subject": 0.113,
    "last_object": -0.152,
    "speaker_near": 0.383,
    "subject_near": 0.411,
    "prev_quote": 0.095,
    "prev_quote_para": 0.295,
    "has_said": 0.039,
    "most_said": 0.075,
    "most_mentioned": -0.121,
    "count2": -0.0,
    "count4": 0.038,
    "gender_known": 0.026,
    "prev_subject": 0.485,
    "own_subject": 0.026,
    "initial": 0.006,
    "same_para": 0.412,
    "first_person": 0.134,
    "has_role": -0.198,
    "said2": 0.102,
    "said_share": 0.307,
    "para0": 0.412,
    "para1": 0.428,
    "nearest_subject": 0.373,
    "nearest_speaker": 0.246,
    "prev_pronoun": -0.135,
    "prev_pronoun_near": 0.202,
    "rule_dist0": -0.037,
    "opens_prev_subject": 0.221,
    "in_title": 0.137,
    "in_quote": -0.223,
}
