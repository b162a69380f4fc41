""" "It" doing something at the opening of a sentence ("It lost 2,000 customers") stands
for what the sentence before names; "It is thought that…" stands for nothing."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers
from bot.articles.qa.referent import pointing_back
from bot.articles.search_index import SearchIndex

TELECOM = """Norcastle Telecom profits slide

Broadband provider Norcastle Telecom has reported a 12% fall in profits for the year.

It lost 2,000 customers in the spring after a price rise, while rival Harbourline gained 900.

Shares in the firm fell 3% in early trading.
"""


@pytest.mark.parametrize(
    "text",
    ["It lost 2,000 customers.", "It now plans to cut prices.", "It took $4m at the weekend."],
)
def test_it_doing_something_points_back(text: str) -> None:
    assert pointing_back(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "It is thought that prices will rise.",
        "It would be wrong to say so.",
        "It has been a hard year.",
        "It now seems likely that prices will rise.",
        "It also is thought the firm lost money.",
        "It emerged that the firm had lost money.",
    ],
)
def test_it_standing_for_nothing_does_not(text: str) -> None:
    assert pointing_back(text) is None


def test_the_follow_up_sentence_answers() -> None:
    article = parse_article(TELECOM, key="business/norcastle.txt")
    index = SearchIndex.build([article])
    found = find_answers(
        "How many customers did Norcastle Telecom lose?", index, {article.key: article}
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text.startswith("2,000")
