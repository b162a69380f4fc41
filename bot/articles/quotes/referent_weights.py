"""Weights of the referent scorer (quotes/referents.py), written by bench/speaker_fit.py.
Refit with `python -m bench.speaker_fit --write`; do not edit by hand."""

from __future__ import annotations

from typing import Final

WEIGHTS: Final[dict[str, float]] = {
    "rule": 0.465,
    "dist0": -0.057,
    "dist1": 0.426,
    "dist2": -0.001,
    "dist3_4": 0.053,
    "dist5": -0.421,
    "rank0": 0.279,
    "rank1": 0.39,
    "last_speaker": 0.069,
    "last_subject": 0.184,
    "last_object": -0.253,
    "speaker_near": 0.406,
    "subject_near": 0.19,
    "prev_quote": 0.076,
    "prev_quote_para": 0.024,
    "has_said": 0.123,
    "most_said": 0.126,
    "most_mentioned": -0.181,
    "count2": -0.119,
    "count4": 0.132,
    "gender_known": 0.107,
    "prev_subject": 0.406,
    "own_subject": 0.002,
    "initial": 0.209,
    "same_para": 0.371,
    "first_person": 0.093,
    "has_role": -0.155,
    "said2": 0.22,
    "said_share": 0.28,
    "para0": 0.371,
    "para1": 0.548,
    "nearest_subject": 0.31,
    "nearest_speaker": 0.473,
    "prev_pronoun": -0.224,
    "prev_pronoun_near": -0.099,
    "rule_dist0": 0.018,
    "opens_prev_subject": 0.313,
    "in_title": 0.169,
}
