""" "Two in five", "one out of 10": a share, not a count of what the question asks to
count; "500 in 2004" and "five in 10 days" are no shares (qa/extract.py)."""

from __future__ import annotations

import re

import pytest

from bot.articles.qa import extract
from bot.articles.qa.question import read_question

QUESTION = read_question("How many noise complaints did Bristol council receive in 2004?")


def _strengths(text: str) -> dict[str, float]:
    return {c.text: c.strength for c in extract.candidates(QUESTION, text)}


def test_the_numbers_of_a_share_in_words_count_less_than_a_count() -> None:
    share = _strengths("Two in five of the complaints Bristol council received concerned noise.")
    count = _strengths("Bristol council received 1,240 noise complaints.")
    assert max(share.values()) < 0.5 * count["1,240"]
    # "in 2004" after a number is no share of it
    assert _strengths("It received 400 complaints in 2004.")["400"] == count["1,240"]


def test_without_reading_the_ratio_its_numbers_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "_RATIO", re.compile(r"(?!)"))
    share = _strengths("Two in five of the complaints Bristol council received concerned noise.")
    count = _strengths("Bristol council received 1,240 noise complaints.")
    assert max(share.values()) >= 0.5 * count["1,240"]


@pytest.mark.parametrize(
    ("after", "ratio"),
    [
        (" in five of the", True),
        (" out of ten people", True),
        (" in 10 adults", True),
        (" in 2004", False),
        (" in 10 days", False),
        (" in 3.5% of cases", False),
    ],
)
def test_what_follows_a_number_in_a_ratio(after: str, ratio: bool) -> None:
    assert bool(extract._RATIO.match(after)) is ratio
