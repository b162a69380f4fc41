"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.486,
    "dist0": -0.06,
    "dist1": 0.414,
    "dist2": 0.011,
    "dist3_4": 0.057,
    "dist5": -0.423,
    "rank0": 0.277,
    "rank1": 0.389,
    "last_speaker": 0.071,
    "last_subject": 0.189,
    "last_object": -0.26,
    "speaker_near": 0.375,
    "subject_near": 0.191,
    "prev_quote": 0.07,
    "prev_quote_para": 0.038,
    "has_said": 0.117,
    "most_said": 0.176,
    "most_mentioned": -0.201,
    "count2": -0.107,
    "count4": 0.129,
    "gender_known": 0.112,
    "prev_subject": 0.389,
    "own_subject": -0.001,
    "initial": 0.176,
    "same_para": 0.375,
    "first_person": 0.087,
    "has_role": -0.16,
    "said2": 0.197,
    "said_share": 0.266,
    "para0": 0.375,
    "para1": 0.518,
    "nearest_subject": 0.322,
    "nearest_speaker": 0.474,
    "prev_pronoun": -0.21,
    "prev_pronoun_near": -0.082,
    "rule_dist0": 0.012,
    "opens_prev_subject": 0.305,
    "in_title": 0.158,
}
