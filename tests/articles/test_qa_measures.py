"""The words that ask a measure after "how" ("how high", "how long", "how big") are the
question's own words elsewhere: "who won the high jump" is not answered by the winner of
the long jump, on an article written here."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.qa.extract import _one_unit
from bot.articles.search_index import SearchIndex

TRIALS = """Marsh and Okafor win at indoor trials

Dana Marsh won the long jump at the indoor trials in Leeds with a leap of 6.71m.

The indoor trials double as the selection event for next month's championships.

Tom Okafor won the high jump on countback after clearing 2.24m.

Both athletes said they were happy with their form.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    article = parse_article(TRIALS, key="trials")
    return {article.key: article}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Who won the high jump at the indoor trials?", "high"),
        ("Which film had a long run in the cinemas?", "long"),
        ("Who took over the big job at the bank?", "big"),
    ],
)
def test_a_measure_word_not_after_how_is_a_question_word(question: str, kept: str) -> None:
    assert kept in [word for word, _ in read_question(question).terms]


@pytest.mark.parametrize(
    ("question", "dropped"),
    [("How high did Okafor jump?", "high"), ("How long is the ban?", "long")],
)
def test_a_measure_word_after_how_asks_the_measure(question: str, dropped: str) -> None:
    assert dropped not in [word for word, _ in read_question(question).terms]


def test_the_high_jump_is_not_the_long_jump(
    library: dict[str, Article], index: SearchIndex
) -> None:
    found = find_answers("Who won the high jump at the trials?", index, library)
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "Tom Okafor"


DELAY = """Rain holds up Harbourside final

Top seed Jan Moravec beat Luca Ferri 6-2 6-4 to win the Harbourside Open on Sunday.

The final, watched by a crowd of 4,000, was delayed by more than an hour by rain.

Moravec, 27, said the wait had not troubled him.
"""


def test_how_long_is_answered_by_one_unit_of_time_not_a_bare_figure() -> None:
    # "more than an hour" is a length of time without a figure; "6-2" and "27" are no
    # length of anything
    articles = [parse_article(DELAY, key="delay"), parse_article(TRIALS, key="trials")]
    library = {article.key: article for article in articles}
    index = SearchIndex.build(articles)
    found = find_answers("How long was the Harbourside final held up by rain?", index, library)
    assert found[0].candidate is not None
    assert found[0].candidate.text == "more than an hour"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale scored a second goal before the break.",
        "The bridge was closed for a second time on Monday.",
        "Ray Dunn won a second-half penalty.",
        "The scheme will cost £3bn a year.",
        "Prices rose by 10% a year.",
        "The firm lost £5m a day during the strike.",
        "The scheme costs £2.5 million a year.",
        "Sales grew 4 per cent a year.",
        "Pupils should eat five a day.",
    ],
)
def test_an_ordinal_second_or_a_rate_after_a_scaled_figure_is_no_length(sentence: str) -> None:
    assert [c.text for c in _one_unit(sentence)] == []


def test_a_second_before_no_noun_is_a_length() -> None:
    assert [c.text for c in _one_unit("The lights went out for a second, then came back.")] == [
        "a second"
    ]
    assert [c.text for c in _one_unit("The talks lasted for over a year.")] == ["over a year"]
