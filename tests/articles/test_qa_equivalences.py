"""A reader's verb for what the report says with another: to start a label is to found
it, to work somewhere is to be on its staff, to reply is to respond, a probe is an
inquiry. On articles written
here."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers
from bot.articles.qa.words import concept
from bot.articles.search_index import SearchIndex

LABEL = """Harbour Records marks twentieth year

Mara Quill and Harbour Records signed rapper Dex Morrow from Leeds last year.

Quill still runs Harbour Records, which she founded with producer Tobias Lent in 2005.
"""

CALL_CENTRE = """Call centre in Dunmore to stay open

Northway Bank said the Dunmore call centre took 12,000 calls a week last year.

The centre has a staff of 340 people, most of them from the town.
"""

CONSULTATION = """Councils asked for views on bin collections

Councils were asked in March for their views on the deadline for weekly bin collections.

They have until 9 May to respond, the ministry said.
"""

FIRE = """Warehouse fire in Selby

Fire chief Owen Pask said crews fought the Selby warehouse fire for six hours on Sunday.

An inquiry will be led by retired judge Helen Marr, the council said.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    articles = [
        parse_article(LABEL, key="label"),
        parse_article(CALL_CENTRE, key="calls"),
        parse_article(CONSULTATION, key="bins"),
        parse_article(FIRE, key="fire"),
    ]
    return {a.key: a for a in articles}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


@pytest.mark.parametrize(
    ("reader", "reporter"),
    [
        ("started", "founded"),
        ("starting", "set up"),
        ("began", "established"),
        ("created", "founded"),
        ("worked", "staff"),
        ("works", "employees"),
        ("employs", "workers"),
        ("reply", "responded"),
        ("answered", "response"),
        ("investigating", "inquiry"),
        ("probe", "investigation"),
        ("enquiries", "investigated"),
    ],
)
def test_a_reader_s_verb_is_the_reporter_s(reader: str, reporter: str) -> None:
    assert concept(reader.replace(" ", "-")) == concept(reporter.replace(" ", "-"))


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("founded", "find"),
        ("staff", "contractor"),
        ("respond", "request"),
        ("started", "stopped"),
        ("probe", "problem"),
    ],
)
def test_other_verbs_stay_apart(word: str, other: str) -> None:
    assert concept(word) != concept(other)


def _first(question: str, index: SearchIndex, library: dict[str, Article]) -> str:
    found = find_answers(question, index, library)
    assert found and found[0].candidate is not None
    return found[0].candidate.text


def test_who_started_a_label_is_who_founded_it(index, library) -> None:
    # the first sentence names the label and the singer too, and a person who is not a
    # founder
    assert _first("Who started Harbour Records alongside Mara Quill?", index, library) == (
        "Tobias Lent"
    )


def test_how_many_work_somewhere_is_its_staff(index, library) -> None:
    # the calls sentence names the centre; only the staff sentence says who works there,
    # which makes the answer sure enough
    found = find_answers("How many people work at the Dunmore call centre?", index, library)
    assert found and found[0].supported
    assert found[0].candidate is not None
    assert found[0].candidate.text == "340 people"


def test_a_deadline_to_reply_is_one_to_respond(index, library) -> None:
    # the first sentence holds "deadline" and "councils"; the date is the one to respond by
    assert _first("When is the deadline for councils to reply?", index, library) == "9 May"


def test_an_investigation_is_the_inquiry_the_report_names(index, library) -> None:
    # the fire chief's sentence names the town and the warehouse; the inquiry sentence
    # answers, and is sure enough only as the investigation asked about
    found = find_answers(
        "Who will lead the investigation into the Selby warehouse fire?", index, library
    )
    assert found and found[0].supported
    assert found[0].candidate is not None
    assert found[0].candidate.text == "Helen Marr"
