"""The tense and the years of a question and of a sentence, which decide whether a
dated sentence may answer it (qa/question.py, qa/rank.py)."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.qa import rank
from bot.articles.qa.question import looks_ahead, tense
from bot.articles.qa.rank import find_answers
from bot.articles.search_index import SearchIndex


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did the brewer plan to sell its vodka brand?", "past"),
        ("When did the minister hope to publish the report?", "past"),
        ("When does the brewer expect the regulators to clear the sale?", "future"),
        ("When will the trial start?", "future"),
        ("When was the bridge opened?", "past"),
        # the present progressive asks after an arrangement; an "-ing" noun does not
        ("When is the mayor opening the new bridge?", "future"),
        ("When are the prizes being handed out?", "future"),
        ("When is the opening of the bridge?", None),
    ],
)
def test_a_plan_in_a_question_asks_ahead_only_with_does(question: str, expected: str) -> None:
    assert tense(question) == expected


def test_a_sentence_about_a_plan_looks_ahead_though_it_says_said() -> None:
    assert looks_ahead("The firm said it plans to open 40 shops in Wales.")
    assert not looks_ahead("The firm said it opened 40 shops in Wales.")


def test_a_decade_is_not_a_year() -> None:
    assert rank._years("Sales grew through the 1990s and the 1980's.") == set()
    assert rank._years("The stadium was built in 1990 and rebuilt in 2004.") == {"1990", "2004"}


def test_the_last_week_of_a_month_is_no_time_from_the_past() -> None:
    assert not rank._PAST_TIME.search("in the last week of July")
    assert rank._PAST_TIME.search("last week")


FLOODS = """Floods cut off Carlisle

Floods cut off the centre of Carlisle last weekend, after two days of heavy rain.

Hundreds of homes were left without power.
"""


MARKET = """Market hall to reopen

The Victorian market hall in Kendal will reopen in June after repairs to its roof.

Traders said the work had taken far longer than planned.
"""


def test_a_time_is_read_whole_last_weekend_not_last_week() -> None:
    library = {k: parse_article(t, key=k) for k, t in (("floods", FLOODS), ("market", MARKET))}
    found = find_answers(
        "When did floods cut off Carlisle?", SearchIndex.build([*library.values()]), library
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "last weekend"
