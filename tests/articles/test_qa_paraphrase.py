"""Question answering across a reader's and a reporter's words for the same thing
(employees and staff, a gig and a concert), and the sentence score as features: on
articles written here."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, rank
from bot.articles.qa.words import concept
from bot.articles.search_index import SearchIndex

STEELWORKS = """Steelworks sheds jobs as orders dry up

Kestrel Steel will make 1,400 contractors redundant at its Redcar plant.

Kestrel Steel will make 650 staff redundant at the plant by the summer.

Orders for rail track have fallen by a third since 2024, the firm said.
"""

BAND = """Lanterns add dates to spring tour

The Lanterns will play a surprise rooftop show in Leeds next month.

The band played a surprise rooftop concert in Glasgow last year.

Their last tour sold 90,000 tickets.
"""

DONORS = """Parties declare winter donations

Labour took in £3.2m in donations over the winter, the Electoral Commission said.

The Conservatives were second with donations of £2.7m, ahead of the Greens.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    articles = [
        parse_article(STEELWORKS, key="steel"),
        parse_article(BAND, key="band"),
        parse_article(DONORS, key="donors"),
    ]
    return {a.key: a for a in articles}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


@pytest.mark.parametrize(
    ("reader", "reporter"),
    [
        ("employees", "staff"),
        ("workers", "staff"),
        ("consumers", "customers"),
        ("shoppers", "customers"),
        ("defeated", "beat"),
        ("gig", "concert"),
        ("fixture", "match"),
        ("supporters", "fans"),
        ("detained", "arrested"),
        ("unveiled", "revealed"),
        ("required", "needs"),
        ("legislation", "law"),
        ("research", "study"),
        ("prohibited", "banned"),
        ("winner", "won"),
        ("victory", "wins"),
        ("abolished", "scrapped"),
        ("ditch", "axe"),
        ("identity", "ID"),
        ("recovering", "recovery"),
        ("terrorists", "terror"),
        ("happened", "occurred"),
        ("economic", "economy"),
        ("comeback", "returning"),
        ("handset", "phone"),
        # the BBC writes the Tories and the Conservatives for one party
        ("Tories", "Conservatives"),
        ("Tory", "Conservative"),
        # a four-letter plural meets its singular
        ("job", "jobs"),
        ("bids", "bid"),
        ("cut", "cuts"),
        ("talks", "discussed"),
        ("negotiations", "talks"),
        ("applied", "applicants"),
        # a past in -ied meets its verb
        ("denied", "deny"),
        ("tried", "try"),
    ],
)
def test_news_paraphrases_are_one_concept(reader: str, reporter: str) -> None:
    assert concept(reader) == concept(reporter)


@pytest.mark.parametrize(
    ("reader", "other"),
    [
        ("staff", "contractor"),
        ("concert", "tour"),
        ("match", "team"),
        ("law", "court"),
        ("news", "new"),
        ("does", "doe"),
        ("this", "thi"),
    ],
)
def test_neighbouring_words_stay_apart(reader: str, other: str) -> None:
    assert concept(reader) != concept(other)


def test_a_reader_asking_for_employees_is_answered_by_the_staff_sentence(index, library) -> None:
    # the two sentences hold the same question words; "staff" is the reporter's word for
    # the employees asked about, "contractors" are not employees
    found = find_answers("How many employees will Kestrel Steel make redundant?", index, library)
    assert found and found[0].supported
    assert found[0].candidate is not None
    assert found[0].candidate.text.startswith("650")


def test_a_gig_is_the_concert_the_article_reports(index, library) -> None:
    # the Leeds show names the band and "show"; only the Glasgow concert is the gig
    found = find_answers("Where did The Lanterns play their surprise rooftop gig?", index, library)
    assert found and found[0].supported
    assert found[0].candidate is not None
    assert found[0].candidate.text == "Glasgow"


def test_the_tories_are_the_conservatives_the_article_names(index, library) -> None:
    # both sentences hold "donations"; only the second is about the party asked after
    found = find_answers("How much did the Tories take in donations?", index, library)
    assert found
    assert found[0].candidate is not None
    assert found[0].candidate.text == "£2.7m"


def test_the_sentence_score_is_the_hand_set_score_of_its_features(index, library) -> None:
    found = find_answers("How many tickets did The Lanterns sell on their tour?", index, library)
    assert found
    for answer in found:
        assert len(answer.features) == len(rank.FEATURES)
        assert answer.score == pytest.approx(rank._score(answer.features))
    # a sentence without a candidate of the asked type is lowered
    with_candidate = next(a for a in found if a.candidate is not None)
    features = dict(zip(rank.FEATURES, with_candidate.features, strict=True))
    assert features["candidate"] > 0 and features["untyped"] == 0.0
    plain = rank._score(with_candidate.features)
    untyped = list(with_candidate.features)
    untyped[rank.FEATURES.index("untyped")] = 1.0
    assert rank._score(tuple(untyped)) < plain
