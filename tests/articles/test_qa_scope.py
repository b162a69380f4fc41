"""A quantity question that says where a figure is counted ("sold in France", "sold
worldwide") is not answered by the count for the whole world, or for a part of it, when a
sentence gives the count for the place asked, on an article written here."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers
from bot.articles.search_index import SearchIndex

NOVEL = """Harbour novel tops charts

Lowe's thriller The Harbour Keeper has sold more than 12 million copies worldwide.

The book is set in Spain, where readers have bought about 400,000 copies.

The Harbour Keeper has been translated into 30 languages.

Sales of The Harbour Keeper in Europe have passed three million copies, says the publisher.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    article = parse_article(NOVEL, key="novel")
    return {article.key: article}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many copies of The Harbour Keeper have been sold in Spain?", "400,000"),
        ("How many copies of The Harbour Keeper have been sold worldwide?", "12 million"),
    ],
)
def test_a_count_for_another_scope_does_not_answer(
    library: dict[str, Article], index: SearchIndex, question: str, count: str
) -> None:
    found = find_answers(question, index, library)
    assert found and found[0].candidate is not None
    assert count in found[0].candidate.text


def test_a_question_without_a_place_keeps_the_best_sentence(
    library: dict[str, Article], index: SearchIndex
) -> None:
    found = find_answers("How many copies has The Harbour Keeper sold?", index, library)
    assert found and found[0].candidate is not None
    assert "12 million" in found[0].candidate.text


PHONES = """Handset sales set to slow

Kestrel Mobile sold more than 500 million handsets last year, the firm said.

Kestrel Mobile hopes to sell about 90 million handsets, a report says.
"""


def test_a_count_for_another_period_does_not_answer() -> None:
    # "this year" asked: the sentence counting last year's sales counts another year,
    # while the one that names no period may well be of this year
    article = parse_article(PHONES, key="phones")
    library = {article.key: article}
    index = SearchIndex.build([article])
    found = find_answers("How many handsets will Kestrel Mobile sell this year?", index, library)
    assert found and found[0].candidate is not None
    assert "90 million" in found[0].candidate.text
    found = find_answers("How many handsets did Kestrel Mobile sell last year?", index, library)
    assert found and found[0].candidate is not None
    assert "500 million" in found[0].candidate.text


CASTLE = """Castle visitor numbers soar

Kelby Castle has had 85,000 visitors so far, up from 60,000 last year.

About 5,000 visitors came to Kelby Castle on the opening weekend, the trust said.
"""


def test_a_figure_compared_with_last_year_is_still_this_years() -> None:
    # "up from 60,000 last year" compares this year's figure with last year's: the
    # sentence is not one that counts another period
    article = parse_article(CASTLE, key="castle")
    library = {article.key: article}
    index = SearchIndex.build([article])
    found = find_answers("How many visitors has Kelby Castle had this year?", index, library)
    assert found and found[0].candidate is not None
    assert "85,000" in found[0].candidate.text
