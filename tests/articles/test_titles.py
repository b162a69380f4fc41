"""Title lookup for autocomplete: typos, prefixes while typing, stop words, order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.articles.titles import TitleIndex

TITLES = [
    "Harbour reopens after the storm",  # position 0 is the newest
    "Storm floods the old harbour",
    "Election results due on Friday",
    "Café owners protest new taxes",
]
INDEX = TitleIndex(TITLES)


def titles(query: str, limit: int = 5) -> list[str]:
    return [TITLES[position] for position, _ in INDEX.match(query, limit)]


def test_exact_words_rank_first_and_ties_go_to_the_newest():
    assert titles("harbour storm")[:2] == [TITLES[0], TITLES[1]]


def test_typos_are_tolerated():
    assert titles("electon")[0] == TITLES[2]
    assert titles("harbor stomr")[0] in TITLES[:2]


def test_the_word_being_typed_is_a_prefix():
    assert titles("elect")[0] == TITLES[2]
    assert titles("prot")[0] == TITLES[3]
    assert titles("prot ") == []  # a finished word is no longer a prefix


def test_accents_and_case_are_folded():
    assert titles("CAFE")[0] == TITLES[3]


def test_stop_words_alone_still_match():
    assert set(titles("the")) == {TITLES[0], TITLES[1]}
    assert titles("the election")[0] == TITLES[2]


def test_limit_and_empty_query():
    assert len(INDEX.match("storm", 1)) == 1
    assert INDEX.match("", 5) == [] and INDEX.match("?!", 5) == []


@given(st.text(max_size=6000))
def test_any_query_is_safe(query):
    for position, score in INDEX.match(query, 25):
        assert 0 <= position < len(TITLES)
        assert 0 <= score <= 100


def test_an_index_built_after_the_one_before_answers_as_a_fresh_one():
    before = ["Council backs flood plan", "Bus depot to close in March", "Café owners protest"]
    titles = ["Library hours extended", "Council backs flood plan", "Cafe owners protest again"]
    updated = TitleIndex(titles, previous=(before, TitleIndex(before)))
    fresh = TitleIndex(titles)
    for query in ("council flod", "cafe", "library hou", "bus depot"):
        assert updated.match(query, 5) == fresh.match(query, 5), query
    assert updated._words == fresh._words
