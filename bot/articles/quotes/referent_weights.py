"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.5,
    "dist0": -0.056,
    "dist1": 0.653,
    "dist2": 0.18,
    "dist3_4": -0.259,
    "dist5": -0.517,
    "rank0": 0.291,
    "rank1": 0.348,
    "last_speaker": 0.078,
    "last_subject": 0.099,
    "last_object": -0.177,
    "speaker_near": 0.374,
    "subject_near": 0.394,
    "prev_quote": 0.162,
    "prev_quote_para": 0.277,
    "has_said": -0.002,
    "most_said": 0.022,
    "most_mentioned": 0.064,
    "count2": 0.128,
    "count4": 0.265,
    "gender_known": -0.009,
    "prev_subject": 0.49,
    "own_subject": 0.022,
    "initial": 0.009,
    "same_para": 0.407,
    "first_person": 0.044,
    "has_role": -0.195,
    "said2": 0.066,
    "said_share": 0.276,
    "para0": 0.407,
    "para1": 0.42,
    "nearest_subject": 0.376,
    "nearest_speaker": 0.233,
    "prev_pronoun": -0.182,
    "prev_pronoun_near": 0.196,
    "rule_dist0": -0.037,
    "opens_prev_subject": 0.211,
    "in_title": 0.063,
    "in_quote": -0.241,
}
