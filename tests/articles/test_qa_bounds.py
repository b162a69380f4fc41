"""A question that bounds a time ("until what date…", "by when…"), a question that asks
what something costs or what a figure rises to, and a question word typed without its
apostrophe ("whats") (qa/question.py, qa/extract.py)."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.qa import extract
from bot.articles.qa.question import read_question
from bot.articles.qa.rank import find_answers
from bot.articles.search_index import SearchIndex

STADIUM = """Leeds stadium opening postponed

The opening of the new Leeds stadium, set for 14 May, has been postponed over cracks.

The opening has been postponed until 2 September, a council spokesman said.

A season ticket at the new stadium will cost £450, the club said.

Season ticket prices will rise by 12% on last year.
"""

HARBOUR = """Harbour wall repaired

The harbour wall in Whitby was repaired last week after the winter storms.

Fishermen said the work had come too late for their boats.
"""


COUNCIL_VOTE = """Residents urged to sign up for council vote

Residents of Harrogate have been urged to check they can vote in the town council poll.

If the poll goes ahead on 9 June, residents must sign up by 28 April, the returning officer said.

About 4,000 people moved into the town last year, the council said.
"""


def _answer(question: str) -> str | None:
    stories = (("stadium", STADIUM), ("harbour", HARBOUR), ("vote", COUNCIL_VOTE))
    library = {k: parse_article(t, key=k) for k, t in stories}
    found = find_answers(question, SearchIndex.build([*library.values()]), library)
    assert found
    return found[0].candidate.text if found[0].candidate else None


def test_until_what_date_takes_the_time_the_sentence_bounds_with_until() -> None:
    assert _answer("Until what date was the opening of the Leeds stadium postponed?") == (
        "2 September"
    )


@pytest.mark.parametrize(
    "question",
    [
        "when do Harrogate residents need to sign up by?",
        "Which date do residents of Harrogate have to sign up by?",
        "What is the deadline for Harrogate residents to sign up for the council poll?",
    ],
)
def test_a_bound_left_at_the_end_or_a_deadline_asks_for_the_by_date(question: str) -> None:
    # the poll's own date (9 June) is in the same sentence, but not what must be done by
    assert extract.asked_bound(question) == "by"
    assert _answer(question) == "28 April"


def test_a_question_without_a_bound_reads_every_time_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract, "BOUND_MISS", 0.0)  # no bound asked: nothing is weakened
    assert _answer("When was the opening of the Leeds stadium set for?") == "14 May"


@pytest.mark.parametrize(
    ("question", "kind", "money"),
    [
        ("What does a season ticket at the new stadium cost?", "quantity", True),
        ("what will the new kit cost fans", "quantity", True),
        ("What are mortgage rates expected to rise to?", "quantity", False),
        ("what are rates expected to go up to after the meeting", "quantity", False),
        ("What did the council say about the cracks?", "thing", False),
        ("What will the club do with the old ground?", "thing", False),
    ],
)
def test_what_it_costs_and_what_a_figure_rises_to_ask_for_a_figure(
    question: str, kind: str, money: bool
) -> None:
    read = read_question(question)
    assert (read.type, read.money) == (kind, money)


def test_what_a_season_ticket_costs_is_the_sum_not_the_share() -> None:
    assert _answer("What does a season ticket at the new stadium cost?") == "£450"


def test_a_question_word_typed_without_its_apostrophe_is_read_as_with_it() -> None:
    plain = read_question("whats the deadline for bids for the stadium")
    written = read_question("what's the deadline for bids for the stadium")
    assert plain.type == written.type == "time"
    assert plain.terms == written.terms
    assert read_question("wheres the new stadium being built").type == "place"
    assert read_question("whos the architect of the new stadium").type == "person"
