"""Phrasal verbs against the single verbs they mean ("called off" and "cancelled",
"pulled over" and "stopped"), matched in any form of the verb: on articles written here."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers
from bot.articles.qa.words import concept, phrasal, spans
from bot.articles.search_index import SearchIndex

FESTIVAL = """Weather hits Harbourside Festival

The Harbourside Festival moved its Sunday concert indoors because of heavy rain.

The Harbourside Festival cancelled its Saturday concert because of high winds.
"""

POLICE = """Van driver charged after chase

Police searched a white van in Kettering on Friday after a report of stolen tools.

Police pulled over a white van in Corby on Tuesday after a report of a burglary.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    articles = [parse_article(FESTIVAL, key="festival"), parse_article(POLICE, key="police")]
    return {a.key: a for a in articles}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


def _concepts(text: str) -> list[str]:
    return [concept(w) for _, _, w in spans(text)]


@pytest.mark.parametrize(
    ("phrase", "word"),
    [
        ("the gig was called off", "cancelled"),
        ("they are calling off the strike", "cancel"),
        ("police pulled over the car", "stopped"),
        ("the couple split up", "split"),
        ("the band broke up", "split"),
        ("the firm pulled out of the deal", "withdrew"),
        ("the hearing was put off", "postponed"),
        ("he turned down the offer", "rejected"),
        ("she has stood down", "quit"),
        ("prices went up", "rose"),
        ("the firm will buy back shares", "buyback"),
        ("it paid out $3m", "paid"),
        ("a rival snapped up the brand", "bought"),
        ("police cracked down on fraud", "crackdown"),
        ("the held-up staff walked out", "walkout"),
    ],
)
def test_a_phrasal_verb_is_the_single_verb_it_means(phrase: str, word: str) -> None:
    assert concept(word) in _concepts(phrase)


@pytest.mark.parametrize(
    "text",
    ["the ups and downs", "up to 40 workers", "a back injury", "he was out for a month"],
)
def test_a_particle_after_another_word_stays_a_word(text: str) -> None:
    assert phrasal(text) == text


def test_joining_keeps_offsets_and_joins_one_particle_each() -> None:
    text = "they came back up the hill and set up camp"
    joined = phrasal(text)
    assert len(joined) == len(text)
    assert "came-back up" in joined and "set-up camp" in joined


def test_a_reader_asking_what_was_called_off_finds_the_cancelled_concert(index, library) -> None:
    # both sentences name the festival and a concert; only the second was cancelled
    found = find_answers("Why did the Harbourside Festival call off a concert?", index, library)
    assert found
    assert "cancelled" in found[0].sentence.text


def test_a_reader_asking_why_police_stopped_a_van_finds_the_van_pulled_over(index, library) -> None:
    # both sentences have police, a white van and a report; only one van was stopped
    found = find_answers("Where did police stop a white van?", index, library)
    assert found
    assert found[0].candidate is not None
    assert found[0].candidate.text == "Corby"
