""" "What time did she clock?" and "what was his winning time?" ask how long a race took,
a measure in seconds, not the hour of the day or a year (qa/question.py asks_race_time,
qa/extract.py race times), on an article written here."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers
from bot.articles.qa.extract import QUANTITY
from bot.articles.qa.question import answer_type, asks_race_time
from bot.articles.search_index import SearchIndex

MEETING = """Okoro breaks meeting record in Sheffield

Sprinter Ada Okoro won the 200m at the Sheffield indoor meeting on Sunday.

Okoro clocked 22.71secs in Sheffield to beat the meeting record set by Jamaican Ruth Bell in 1999.

The meeting starts at 2pm next year, the organisers said.
"""

BRIDGE = """Bridge repairs delayed

Repairs to the Tyne bridge have been delayed until the spring, the council said.

Drivers face diversions for another three months.
"""


def _answer(question: str) -> str | None:
    library = {k: parse_article(t, key=k) for k, t in (("meeting", MEETING), ("bridge", BRIDGE))}
    found = find_answers(question, SearchIndex.build([*library.values()]), library)
    assert found
    return found[0].candidate.text if found[0].candidate else None


@pytest.mark.parametrize(
    "question",
    [
        "what time did Okoro clock?",
        "What was Okoro's winning time in Sheffield?",
        "What time did Okoro win the 200m in?",
    ],
)
def test_a_race_time_is_the_seconds_it_took_not_a_year(question: str) -> None:
    assert asks_race_time(question)
    assert answer_type(question) == "quantity"
    assert _answer(question) == "22.71secs"


@pytest.mark.parametrize(
    "question",
    [
        "What time does the Sheffield meeting start?",
        "What was the time of the crash?",
        "What time did the meeting start in Sheffield?",
        # an hour to come, or a race's hour, is no race time
        "What time will the results be posted?",
        "What time does the Sheffield meeting run?",
    ],
)
def test_the_hour_of_an_event_is_still_a_time(question: str) -> None:
    assert not asks_race_time(question)
    assert answer_type(question) == "time"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He won the mile in 3:52.41 in Boston.", "3:52.41"),
        ("Her time of three minutes 58.20secs was a best.", "three minutes 58.20secs"),
        ("She won in 20 minutes 12 seconds on Sunday.", "20 minutes 12 seconds"),
    ],
)
def test_a_race_time_is_read_as_one_figure(text: str, figure: str) -> None:
    assert figure in [m.group() for m in QUANTITY.finditer(text)]


def test_a_possessive_time_that_names_another_thing_is_no_race_time() -> None:
    assert not asks_race_time("What is the company's time frame for the deal?")
    assert asks_race_time("what was Okoro's time?")
