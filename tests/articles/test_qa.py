"""Question answering on news-style articles written here: one test per answer type,
the answer picked out of the sentence, and "I don't know" when the library does not say."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.articles.answer import answer
from bot.articles.loader import read_article
from bot.articles.model import Article, Quote
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.qa.topic import statements_about
from bot.articles.qa.words import concept, stem
from bot.articles.search_index import SearchIndex

BREWERY = """Harbour brewery sold to Dutch drinks group

The family-owned Larkspur brewery in Portree has been bought by Dutch drinks group Van Aalst.

Van Aalst paid £48m for the business, which employs 310 people.

The deal is expected to be completed in the first half of 2026, the companies said.

Larkspur was founded in 1887 by fisherman Angus MacLeod.

Its chief executive, Fiona Grant, said the sale would protect jobs on the island.

Sales fell last year because a wet summer kept tourists away.
"""

FESTIVAL = """Film festival opens with record crowds

The Northern Lights film festival opened in Tromsø on Thursday with record crowds.

Organisers said 42,000 tickets had been sold, up 12% on last year.

The opening film, The Salt Road, was directed by Ingrid Solberg.

The festival runs until 14 February and will close with a concert by the city orchestra.

Director Ingrid Solberg said she was moved by the welcome.
"""

COUNCIL = """Council approves new bridge over the Tay

Councillors have approved plans for a new footbridge across the river Tay in Perth.

The bridge will cost £6.5m and is due to open in spring 2027.

Council leader Moira Hastie said the crossing would ease traffic in the town centre.

The vote was passed by 21 votes to 9 after a three-hour debate.

Opposition councillors objected because the plans cut down 40 trees on the riverbank.
"""


@pytest.fixture(scope="module")
def library(seed_file: Path) -> dict[str, Article]:
    articles = [
        read_article(seed_file, key="seed"),
        parse_article(BREWERY, key="brewery"),
        parse_article(FESTIVAL, key="festival"),
        parse_article(COUNCIL, key="council"),
    ]
    return {a.key: a for a in articles}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


def top(question: str, index: SearchIndex, library: dict[str, Article]):
    found = find_answers(question, index, library)
    assert found, question
    assert found[0].supported, question
    return found[0]


@pytest.mark.parametrize(
    ("question", "kind", "answer_text", "key"),
    [
        ("How many people does the Larkspur brewery employ?", "quantity", "310 people", "brewery"),
        ("How much did Van Aalst pay for Larkspur?", "quantity", "£48m", "brewery"),
        (
            "How many tickets were sold for the Northern Lights festival?",
            "quantity",
            "42,000",
            "festival",
        ),
        (
            "When is the brewery deal expected to be completed?",
            "time",
            "the first half of 2026",
            "brewery",
        ),
        ("When was Larkspur founded?", "time", "1887", "brewery"),
        ("Where did the Northern Lights film festival open?", "place", "Tromsø", "festival"),
        ("Who directed The Salt Road?", "person", "Ingrid Solberg", "festival"),
        ("Who founded the Larkspur brewery?", "person", "Angus MacLeod", "brewery"),
        # the lead restates the question with only a weak name in it: the apposition
        # "the opening film, The Salt Road" answers
        ("Which film opened the Northern Lights festival?", "name", "The Salt Road", "festival"),
        ("Which film did Ingrid Solberg direct?", "name", "The Salt Road", "festival"),
        (
            "Why did Larkspur sales fall last year?",
            "reason",
            "a wet summer kept tourists away",
            "brewery",
        ),
    ],
)
def test_each_answer_type_is_found_and_picked_out(
    index, library, question: str, kind: str, answer_text: str, key: str
) -> None:
    assert read_question(question).type == kind
    found = top(question, index, library)
    assert found.article_key == key
    assert found.candidate is not None
    assert found.candidate.text == answer_text
    assert answer_text in found.sentence.text


def test_a_follow_up_sentence_answers_without_repeating_the_subject(index, library) -> None:
    # "The bridge will cost £6.5m" does not say "Tay" or "council": its headline does.
    found = top("How much will the footbridge over the Tay cost?", index, library)
    assert found.candidate is not None and found.candidate.text == "£6.5m"


def test_numbers_written_in_words_meet_digits() -> None:
    assert stem("five") == stem("5")
    assert stem("lost") == stem("losing") == stem("lose")
    assert stem("subscribers") == stem("subscriber")
    assert concept("movie") == concept("film")


def test_the_seed_still_answers(index, library) -> None:
    found = top("how many troops does Russia have near the border?", index, library)
    assert found.candidate is not None and found.candidate.text == "100,000"
    assert "Geneva" in top("where did Blinken and Lavrov meet?", index, library).sentence.text


NOT_IN_THE_LIBRARY = [
    "how many people died?",
    "How many passengers were injured in the train crash?",
    "Who won the Eurovision Song Contest?",
    "When will the new hospital in Inverness open?",
    "Where will the next Olympic Games be held?",
    "Why did the airline cancel its flights to Lisbon?",
    "How much did the footballer's transfer to Madrid cost?",
    "Which band headlined the Glastonbury festival?",
    "Who is the new manager of the national rugby team?",
    "What is the interest rate set by the central bank?",
]


def test_questions_the_library_does_not_answer_get_i_dont_know(index, library) -> None:
    unknown = [q for q in NOT_IN_THE_LIBRARY if not answer(q, index, library)]
    assert len(unknown) >= 9, sorted(set(NOT_IN_THE_LIBRARY) - set(unknown))


def test_an_answer_must_be_of_the_asked_type(index, library) -> None:
    # The brewery article has names and figures but no date for this.
    found = find_answers("When did Fiona Grant join Larkspur?", index, library)
    assert not found or not found[0].supported or found[0].candidate is not None


def test_statements_are_ranked_by_topic() -> None:
    quotes = [
        ("a", Quote("The harbour must reopen soon", "direct", "Ann Lee", 0, 1, 0)),
        ("a", Quote("Taxes will not rise", "direct", "Ann Lee", 2, 3, 1)),
        (
            "b",
            Quote("Fishing boats need a safe harbour and new taxes", "direct", "Ann Lee", 0, 1, 0),
        ),
    ]
    ranked = statements_about(quotes, "the harbour", lambda key: "")
    assert [q.text for _, _, q in ranked] == [
        "The harbour must reopen soon",
        "Fishing boats need a safe harbour and new taxes",
    ]
    assert statements_about(quotes, "elections", lambda key: "") == []
    by_headline = statements_about(
        quotes, "ferries", lambda key: "Ferries return" if key == "a" else ""
    )
    assert len(by_headline) == 2 and by_headline[0][0] < 1.0


def test_a_name_the_article_does_not_mention_is_not_answered_from_it(index, library) -> None:
    # Everything but "Glasgow" matches the brewery story: the figure would be a guess.
    assert answer("How much did Van Aalst pay for the Glasgow brewery?", index, library) == []
    assert answer("How much did Van Aalst pay for the Portree brewery?", index, library)


def test_the_same_statement_reported_twice_is_listed_once() -> None:
    twice = Quote("the harbour will reopen", "indirect", "Ann Lee", 0, 1, 0)
    quotes = [("a", twice), ("a", Quote("the harbour will reopen", "indirect", "Ann Lee", 5, 6, 2))]
    assert len(statements_about(quotes, "harbour", lambda key: "")) == 1


def test_a_number_written_in_words_is_an_answer_beside_its_noun() -> None:
    crash = parse_article(
        "Lorry crash closes A9\n\nThe A9 was closed near Aviemore after a lorry overturned.\n\n"
        "Four people were hurt in the crash, police said.\n",
        key="crash",
    )
    index = SearchIndex.build([crash])
    found = find_answers("How many people were hurt in the lorry crash?", index, {"crash": crash})
    assert found and found[0].supported
    assert found[0].candidate is not None and found[0].candidate.text == "Four people"
