"""Title lookup for autocomplete: typos, prefixes while typing, stop words, order."""

from __future__ import annotations

import heapq

from hypothesis import given
from hypothesis import strategies as st

from bot.articles.lexicon import TITLE_STOP_WORDS
from bot.articles.titles import TitleIndex, fold

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


def reference_match(index: TitleIndex, titles: list[str], query: str, limit: int) -> list:
    """`match` written plainly: each title's best likeness per query word, in dictionaries,
    the mean of them, best first and the newest title among equals."""
    typing = not query[-1:].isspace()
    words = [w[:40] for w in fold(query).split()[:8]]
    kept = [w for w in words if w not in TITLE_STOP_WORDS]
    if kept:
        if words[-1] in TITLE_STOP_WORDS and typing:
            kept.append(words[-1])
        words = kept
    slots = []
    for slot, word in enumerate(words):
        scores: dict[int, float] = {}
        for candidate, score in index._similar_words(
            word, typing and slot == len(words) - 1
        ).items():
            for position, title in enumerate(titles):
                if candidate in fold(title).split():
                    scores[position] = max(scores.get(position, 0.0), score)
        slots.append(scores)
    union: set[int] = set().union(*slots)
    totals = [(sum(s.get(p, 0.0) for s in slots) / len(words), -p) for p in union]
    return [(-p, score) for score, p in heapq.nlargest(limit, totals)]


HEADLINE_WORDS = "storm harbour council flood plan budget talks rail strike the of in".split()


@given(
    st.lists(
        st.lists(st.sampled_from(HEADLINE_WORDS), min_size=1, max_size=5).map(" ".join),
        min_size=1,
        max_size=30,
    ),
    st.lists(st.sampled_from([*HEADLINE_WORDS, "stom", "harbor", "counc", "pla"]), max_size=4),
    st.integers(1, 8),
)
def test_matches_are_the_plain_computation(titles, words, limit):
    index = TitleIndex(titles)
    for query in (" ".join(words), " ".join(words) + " "):
        assert index.match(query, limit) == reference_match(index, titles, query, limit)
