"""The found quotes' helpers (quotes/found.py)."""

from __future__ import annotations

from bot.articles.quotes.found import sentence_index


def test_sentence_index_is_the_sentence_holding_a_position_and_never_below_zero() -> None:
    starts = [0, 10, 25]
    assert [sentence_index(starts, (), p) for p in (-3, 0, 9, 10, 24, 25, 90)] == [
        0,
        0,
        0,
        1,
        1,
        2,
        2,
    ]
