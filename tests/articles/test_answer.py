"""Plain questions: routing with `classify`, and answers from sentences on the seed and on
news-style articles written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles.answer import answer
from bot.articles.loader import read_article
from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa.question import answer_type
from bot.articles.search_index import SearchIndex
from bot.handlers.ask_handlers import Routed, _unfilled, route

FLOODS = """Floods force thousands from their homes

PARIS: Heavy rain has forced about 12,000 people to leave their homes in southern France.

The river Garonne burst its banks on Tuesday after three days of storms, officials said.

Emergency services in Toulouse rescued dozens of residents from rooftops.

The floods began because a slow-moving storm stalled over the mountains, forecasters said.

Regional prefect Marie Dubois said the army would help with the clean-up.
"""

ELECTION = """Voters head to the polls in Lisbon

Portuguese voters elect a new parliament on Sunday, 30 January, after the government fell.

Polls suggest the Socialists will win about 38% of the vote.
"""


@pytest.fixture(scope="module")
def library(seed_file: Path) -> dict[str, Article]:
    articles = [
        read_article(seed_file, key="seed"),
        parse_article(FLOODS, key="floods"),
        parse_article(ELECTION, key="election"),
    ]
    return {a.key: a for a in articles}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


def best(question: str, index: SearchIndex, library: dict[str, Article], **kw: Any) -> str:
    hits = answer(question, index, library, **kw)
    assert hits, question
    return hits[0].sentence.text


def test_how_many_troops_is_the_100000_sentence(index, library) -> None:
    text = best("how many troops does Russia have near the border?", index, library)
    assert "100,000 troops" in text


def test_where_did_blinken_and_lavrov_meet_is_geneva(index, library) -> None:
    hits = answer("where did Blinken and Lavrov meet?", index, library)
    assert hits[0].article_key == "seed"
    assert "Geneva" in hits[0].sentence.text


def test_when_prefers_a_sentence_with_a_day(index, library) -> None:
    assert "Friday" in best("when did Blinken and Lavrov meet for talks?", index, library)
    assert "Tuesday" in best("when did the Garonne burst its banks?", index, library)


def test_how_many_people_prefers_the_figure(index, library) -> None:
    assert "12,000 people" in best("how many people had to leave their homes?", index, library)


def test_who_prefers_a_named_person(index, library) -> None:
    assert "Marie Dubois" in best("who said the army would help?", index, library)


def test_why_prefers_a_cause(index, library) -> None:
    assert "because" in best("why did the floods begin?", index, library)


def test_where_uses_places_not_named_in_the_question(index, library) -> None:
    assert "Toulouse" in best("where were residents rescued from rooftops?", index, library)


def test_article_key_limits_the_answer(index, library) -> None:
    hits = answer("how many votes will they win?", index, library, article_key="election")
    assert hits and all(hit.article_key == "election" for hit in hits)
    assert "38%" in hits[0].sentence.text
    assert answer("how many troops?", index, library, article_key="election") == []


def test_limit_and_nothing_to_answer(index, library) -> None:
    assert len(answer("what about the troops near the border?", index, library, limit=1)) == 1
    assert answer("", index, library) == []
    assert answer("how many?", index, library) == []  # only question words
    assert answer("how many zebras?", index, library) == []


def test_a_copied_story_does_not_give_the_same_sentence_twice() -> None:
    copies = [parse_article(FLOODS, key="a"), parse_article(FLOODS, key="b")]
    index = SearchIndex.build(copies)
    hits = answer("how many people left their homes?", index, {a.key: a for a in copies}, limit=3)
    texts = [hit.sentence.text for hit in hits]
    assert texts and len(texts) == len(set(texts))


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("How many troops?", "quantity"),
        ("how much did it cost", "quantity"),
        ("When did they meet?", "time"),
        ("what year was it built", "time"),
        ("Where did they meet?", "place"),
        ("which city hosted the talks", "place"),
        ("Who warned Russia?", "person"),
        ("Which striker scored the winner?", "person"),
        ("Which film topped the box office?", "name"),
        ("Why did talks fail?", "reason"),
        ("What caused the floods?", "reason"),
        ("Is diplomacy still an option?", "thing"),
    ],
)
def test_question_cues(question: str, cue: str) -> None:
    assert answer_type(question) == cue


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ('who said "this is a critical moment"?', ("who_said", "this is a critical moment")),
        ("Who said critical moment", ("who_said", "critical moment")),
        ("who said that diplomacy was still viable?", ("who_said", "diplomacy was still viable")),
        ("who was quoted as saying “never threatened”", ("who_said", "never threatened")),
        ("What did Lavrov say?", ("quotes_by", "Lavrov")),
        ("what has Mr Blinken said about Russia?", ("quotes_by", "Blinken")),
        ("quotes from Sergei Lavrov", ("quotes_by", "Sergei Lavrov")),
        ("show me all statements by Blinken", ("quotes_by", "Blinken")),
        ("what did the chancellor say about Africa?", ("office_said", "chancellor")),
        ("summarise the latest article", ("summary", "latest")),
        ("Summarize the latest article please", ("summary", "latest")),
        ("tl;dr", ("summary", "latest")),
        ("TLDR?", ("summary", "latest")),
        ("give me a summary of the Geneva talks article", ("summary", "Geneva talks")),
        ("summarise the floods story", ("summary", "floods")),
        ("what's the gist of the story about Geneva?", ("summary", "Geneva")),
        ("summary of the latest article about Geneva", ("summary", "Geneva")),
        ("summarise today's news on the floods", ("summary", "floods")),
        ("who is Lavrov?", ("who_is", "Lavrov")),
        ("Who's Antony Blinken", ("who_is", "Antony Blinken")),
        ("who is the chancellor?", ("who_holds", "chancellor")),
        ("Who is the current Home Secretary", ("who_holds", "Home Secretary")),
        ("who's the England coach", ("who_holds", "England coach")),
        ("who is the economist who said rates would rise?", ("answer", None)),
        ("find articles about troops near the border", ("search", "troops near the border")),
        ("search for geneva talks", ("search", "geneva talks")),
        ("look up floods in France", ("search", "floods in France")),
        ("search: Garonne floods", ("search", "Garonne floods")),
        ("how many troops does Russia have near the border?", ("answer", None)),
        ("where did Blinken and Lavrov meet?", ("answer", None)),
    ],
)
def test_classify_routes_each_kind(question: str, expected: tuple[str, str | None]) -> None:
    intent = route(question)
    kind, argument = expected
    assert intent.kind == kind
    if argument is not None:
        assert intent.argument == argument
    else:
        assert intent.argument.lower().startswith(question.split()[0].lower())


def test_classify_tolerates_case_punctuation_and_a_raw_mention() -> None:
    assert route("  WHO SAID   'critical moment' ?!  ") == Routed("who_said", "critical moment")
    assert route("<@123456> what did lavrov say").kind == "quotes_by"
    assert route("hey, who is blinken?") == Routed("who_is", "blinken")
    assert route("") == Routed("answer", "")
    assert route("???") == Routed("answer", "")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_classify_and_answer_never_fail(index, library, question: str) -> None:
    intent = route(question)
    # the argument and topic are read from the question: never longer than it
    assert len(intent.argument) + len(intent.topic) <= len(question)
    for hit in answer(question, index, library):
        assert hit.article_key in library


@pytest.mark.parametrize(
    ("question", "kind", "argument", "topic"),
    [
        ("Who was named best actor at the film awards?", "answer", None, ""),
        # an office: the people who hold it (answered from the sentences when nobody does)
        ("who is the chief executive of the harbour trust?", "who_holds", None, ""),
        ("Who will lead the talks in Geneva?", "answer", None, ""),
        ("who is Marie Dubois?", "who_is", "Marie Dubois", ""),
        ("tell me about the BBC", "who_is", "the BBC", ""),
        ("tell me about Mr Blinken", "who_is", "Blinken", ""),
        ("what did Tony Blair say about Iraq?", "quotes_by", "Tony Blair", "Iraq"),
        (
            "what did Lavrov say on the troops near the border",
            "quotes_by",
            "Lavrov",
            "the troops near the border",
        ),
        ("What does the institute want to replace the state pension with?", "answer", None, ""),
    ],
)
def test_route_sends_only_names_to_the_people_card(
    question: str, kind: str, argument: str | None, topic: str
) -> None:
    routed = route(question)
    assert routed.kind == kind
    if argument is not None:
        assert routed.argument == argument
    assert routed.topic == topic


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("hi, how much will it cost?", "how much will it cost?"),
        ("so who won the vote?", "who won the vote?"),
        ("please tell me who won", "tell me who won"),
        ("OK Computer was made by which band?", "OK Computer was made by which band?"),
        ("So Solid Crew won which award?", "So Solid Crew won which award?"),
    ],
)
def test_a_greeting_before_a_question_is_cut_but_not_the_start_of_a_name(
    typed: str, asked: str
) -> None:
    assert _unfilled(typed) == asked
