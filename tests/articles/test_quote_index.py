"""/whosaid matching: typos, missing and reordered words, marks and case; autocomplete;
quotes by speaker; bad input never raises."""

from __future__ import annotations

import heapq
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles import quote_index
from bot.articles.model import Person, Quote
from bot.articles.people import PeopleRegistry
from bot.articles.quote_index import QuoteIndex


def _q(text: str, speaker: str, kind: str = "direct", start: int = 0) -> Quote:
    return Quote(text, kind, speaker, start, start + len(text), 0, None, "said")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def index() -> QuoteIndex:
    registry = PeopleRegistry.build(
        [
            ("geneva.txt", [Person("Antony Blinken"), Person("Sergey Lavrov")]),
            ("kremlin.txt", [Person("Sergei Lavrov")]),
        ]
    )
    entries = [
        ("geneva.txt", _q("This is a critical moment", "Antony Blinken", start=10)),
        ("geneva.txt", _q("united, swift and severe", "Antony Blinken", "partial", 200)),
        ("geneva.txt", _q("the talks were open and useful", "Sergey Lavrov", "indirect", 300)),
        (
            "kremlin.txt",
            _q("We have never threatened the Ukrainian people", "Sergei Lavrov", start=5),
        ),
        ("kremlin.txt", _q("the talks were open and useful", "Sergei Lavrov", start=90)),
        ("budget.txt", _q("Households should prepare for a difficult winter", "Paul Reed")),
    ]
    return QuoteIndex.build(entries, registry)


def test_exact_quote_matches(index: QuoteIndex) -> None:
    best = index.match("This is a critical moment")[0]
    assert best.quote.speaker == "Antony Blinken"
    assert best.article_key == "geneva.txt"
    assert best.score >= 90


@pytest.mark.parametrize(
    "query",
    [
        "this is a critcal momnet",  # typos
        "critical moment this is",  # reordered
        "a critical moment",  # missing words
        "“THIS IS A CRITICAL MOMENT”",  # case and curly marks
        '"this is a critical moment"',  # straight marks
    ],
)
def test_fuzzy_match_finds_the_quote(index: QuoteIndex, query: str) -> None:
    found = index.match(query)
    assert found, query
    assert found[0].quote.text == "This is a critical moment"


def _budget_index() -> QuoteIndex:
    registry = PeopleRegistry.build([("budget.txt", [Person("Paul Reed"), Person("Anna Cole")])])
    entries = [
        ("budget.txt", _q("We will be raising it with each of the party leaders", "Paul Reed")),
        ("budget.txt", _q("We can't afford to cut the budget this year", "Paul Reed", start=40)),
        ("budget.txt", _q("united, swift and severe", "Anna Cole", "partial", 200)),
        (
            "budget.txt",
            _q("The slowdown should not be enough to derail the recovery", "Anna Cole", start=90),
        ),
    ]
    return QuoteIndex.build(entries, registry)


@pytest.mark.parametrize(
    "query",
    [
        "we will not be raising taxes",  # shares small words and one of two content words
        "the slowdown should be enough to derail the recovery",  # the negation dropped
        "we will not be raising it with each of the party leaders",  # a negation added
        "we can afford to cut the budget this year",  # "can" is not "can't"
    ],
)
def test_a_quote_that_says_something_else_is_no_match(query: str) -> None:
    index = _budget_index()
    assert index.match(query) == []
    matches, closest = index.match_or_closest(query)
    assert matches == [] and closest  # shown as the closest, not as the answer


@pytest.mark.parametrize(
    "query",
    [
        "should not be enugh to dearil the recovery",  # typos, swapped letters
        "the slowdown should not be enough",  # a fragment
        "raising it with the party leader",  # a word missing, another form
        "we cannot afford to cut the budget",  # one negation written another way
        "we can not afford to cut the budget this year",
        "the response was not weak but united swift and severe",  # a partial quote inside
    ],
)
def test_a_half_remembered_quote_still_matches(query: str) -> None:
    assert _budget_index().match(query)


def test_speakers_are_canonical(index: QuoteIndex) -> None:
    found = index.match("never threatened the Ukrainian people")
    assert found[0].quote.speaker == "Sergey Lavrov"


def test_direct_ranks_above_indirect_of_equal_match(index: QuoteIndex) -> None:
    found = index.match("talks open and useful")
    kinds = [m.quote.kind for m in found]
    assert kinds[0] == "direct"
    assert "indirect" in kinds


def test_highlights_mark_the_matched_words(index: QuoteIndex) -> None:
    best = index.match("critical momnet")[0]
    words = {best.quote.text[a:b] for a, b in best.highlights}
    assert {"critical", "moment"} <= words


def test_unrelated_query_matches_nothing_but_closest_answers(index: QuoteIndex) -> None:
    assert index.match("football transfer window deadline") == []
    assert len(index.closest("critical winter", limit=3)) <= 3


def test_article_filter(index: QuoteIndex) -> None:
    assert all(
        m.article_key == "kremlin.txt"
        for m in index.match("open and useful", article_key="kremlin.txt")
    )


def test_suggest_as_the_user_types(index: QuoteIndex) -> None:
    assert index.suggest("critical mom")[0].quote.text == "This is a critical moment"
    assert index.suggest("ukrai")[0].quote.speaker == "Sergey Lavrov"
    assert index.suggest("")  # something to start with
    assert len(index.suggest("", limit=2)) <= 2


def test_by_speaker_orders_direct_then_partial_then_indirect(index: QuoteIndex) -> None:
    kinds = [q.kind for _, q in index.by_speaker("lavrov")]
    assert kinds == ["direct", "direct", "indirect"]
    blinken = index.by_speaker("Antony Blinken", article_key="geneva.txt")
    assert [q.kind for _, q in blinken] == ["direct", "partial"]
    assert index.by_speaker("Nobody") == []


def test_count_by_speaker(index: QuoteIndex) -> None:
    counts = index.count_by_speaker()
    assert counts["Sergey Lavrov"] == 3
    assert counts["Antony Blinken"] == 2


BAD = ["", "   ", "x" * 6000, "?!?!...", "🙂🔥🙂", "**bold** `code` ~~x~~", "@everyone", "<@&1234>"]


@pytest.mark.parametrize("query", BAD)
def test_bad_input_never_raises(index: QuoteIndex, query: str) -> None:
    assert isinstance(index.match(query), list)
    assert isinstance(index.closest(query), list)
    assert isinstance(index.suggest(query), list)
    assert isinstance(index.by_speaker(query), list)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=400))
def test_any_query_is_safe(query: str) -> None:
    index = QuoteIndex.build(
        [("a.txt", _q("This is a critical moment", "Antony Blinken"))], PeopleRegistry.build([])
    )
    for m in index.match(query):
        assert 0 <= m.score <= 100
        assert all(0 <= a < b <= len(m.quote.text) for a, b in m.highlights)
    assert len(index.suggest(query)) <= 25


def test_people_autocomplete_follows_quote_counts() -> None:
    registry = PeopleRegistry.build(
        [
            ("a.txt", [Person("Hillary Clinton"), Person("Paul Reed")]),
            ("b.txt", [Person("Hillary Clinton")]),
        ]
    )
    QuoteIndex.build([("a.txt", _q("Households should prepare", "Paul Reed"))], registry)
    assert [p.name for p in registry.find("")] == ["Paul Reed", "Hillary Clinton"]


# ------------------------------------------------------------ one statement, counted once


def _at(text: str, inside: str, speaker: str | None, kind: str, how: str = "named") -> Quote:
    """A quote of `inside`, placed where it stands in the article text `text`."""
    start = text.index(inside)
    return Quote(inside, kind, speaker, start, start + len(inside), 0, None, "said", how)  # type: ignore[arg-type]


ARTICLE = (
    "Ms Okafor repeated the council's view that the harbour wall is "
    '"the best protection we have" and will be rebuilt by spring. '
    'A resident said the wall was "a waste of money" and should go.'
)


def _nested_index() -> QuoteIndex:
    reported = 'the council\'s view that the harbour wall is "the best protection we have"'
    resident = 'the wall was "a waste of money" and should go'
    entries = [
        ("harbour.txt", _at(ARTICLE, reported, "Maria Okafor", "indirect")),
        ("harbour.txt", _at(ARTICLE, "the best protection we have", "Maria Okafor", "partial")),
        # quoted words inside another speaker's reported sentence stay a statement of their own
        ("harbour.txt", _at(ARTICLE, resident, "Paul Reed", "indirect")),
        ("harbour.txt", _at(ARTICLE, "a waste of money", "Jon Ames", "partial")),
        # the same words in another article are another statement
        ("other.txt", _at(ARTICLE, "the best protection we have", "Maria Okafor", "partial")),
        ("other.txt", _at(ARTICLE, "and should go", None, "partial", "unattributed")),
    ]
    registry = PeopleRegistry.build(
        [
            ("harbour.txt", [Person("Maria Okafor"), Person("Paul Reed"), Person("Jon Ames")]),
            ("other.txt", [Person("Maria Okafor")]),
        ]
    )
    return QuoteIndex.build(entries, registry)


def test_a_quotation_inside_a_reported_sentence_of_the_same_speaker_counts_once() -> None:
    index = _nested_index()
    okafor = index.by_speaker("Okafor")
    # partial before reported speech, as always; the harbour partial is not listed again
    assert [(key, q.kind) for key, q in okafor] == [
        ("other.txt", "partial"),
        ("harbour.txt", "indirect"),
    ]
    assert index.count_by_speaker()["Maria Okafor"] == 2
    assert index.count_by_speaker("harbour.txt") == {
        "Maria Okafor": 1,
        "Paul Reed": 1,
        "Jon Ames": 1,
    }
    assert index.by_speaker("Jon Ames")  # another speaker's words are not folded away
    assert len(index) == 5  # six entries, one of them part of a reported sentence


def test_a_statement_is_one_answer_to_whosaid_and_to_autocomplete() -> None:
    index = _nested_index()
    found = index.match("the best protection we have")
    harbour = [m for m in found if m.article_key == "harbour.txt"]
    assert len(harbour) == 1
    assert harbour[0].quote.kind == "partial"  # the speaker's own words answer first
    suggested = index.suggest("best protection")
    assert len([m for m in suggested if m.article_key == "harbour.txt"]) == 1


def test_an_unattributed_statement_counts_for_nobody() -> None:
    index = _nested_index()
    assert None not in index.count_by_speaker()
    assert all(
        q.how != "unattributed" for name in ("Okafor", "Reed") for _, q in index.by_speaker(name)
    )
    assert index.match("and should go")  # still searchable


def test_a_story_filed_twice_gives_one_answer() -> None:
    registry = PeopleRegistry.build(
        [("am.txt", [Person("Paul Reed")]), ("pm.txt", [Person("Paul Reed")])]
    )
    words = "Households should prepare for a difficult winter"
    index = QuoteIndex.build(
        [
            ("am.txt", _q(words, "Paul Reed")),
            ("pm.txt", _q(words, "Paul Reed")),
            ("pm.txt", _q("Households should prepare", "Anna Cole", start=80)),
        ],
        registry,
    )
    found = index.match("households should prepare for a difficult winter")
    assert [m.quote.speaker for m in found] == ["Paul Reed", "Anna Cole"]
    # one statement filed in two articles: counted and listed once in the library...
    assert index.count_by_speaker()["Paul Reed"] == 1
    assert [key for key, _ in index.by_speaker("Paul Reed")] == ["am.txt"]
    # ...and still in each article's own list
    assert index.count_by_speaker("pm.txt") == {"Paul Reed": 1, "Anna Cole": 1}
    assert [key for key, _ in index.by_speaker("Paul Reed", "pm.txt")] == ["pm.txt"]


def test_the_same_words_as_another_kind_or_in_the_same_article_are_not_repeats() -> None:
    registry = PeopleRegistry.build([("a.txt", [Person("Paul Reed")])])
    words = "Households should prepare for a difficult winter"
    index = QuoteIndex.build(
        [
            ("a.txt", _q(words, "Paul Reed")),
            ("a.txt", _q(words, "Paul Reed", start=200)),
            ("b.txt", replace(_q(words, "Paul Reed"), kind="indirect")),
        ],
        registry,
    )
    assert index.count_by_speaker()["Paul Reed"] == 3


_SPEAKERS = st.sampled_from(["Maria Okafor", "Paul Reed", None])
_WORDS = st.sampled_from(["harbour", "wall", "storm", "council", "rates", "ferry", "winter"])


@st.composite
def _statements(draw: st.DrawFn) -> list[tuple[str, Quote]]:
    out = []
    for _ in range(draw(st.integers(0, 8))):
        key = draw(st.sampled_from(["a.txt", "b.txt"]))
        start = draw(st.integers(0, 60))
        text = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=6)))
        kind = draw(st.sampled_from(["direct", "partial", "indirect"]))
        how = draw(st.sampled_from(["named", "resolved", "carried", "unattributed"]))
        speaker = draw(_SPEAKERS)
        quote = Quote(text, kind, speaker, start, start + len(text), 0, None, "said", how)  # type: ignore[arg-type]
        out.append((key, quote))
    return out


@settings(max_examples=60, deadline=None)
@given(_statements())
def test_counts_lists_and_answers_agree(entries: list[tuple[str, Quote]]) -> None:
    registry = PeopleRegistry.build([("a.txt", [Person("Maria Okafor"), Person("Paul Reed")])])
    index = QuoteIndex.build(entries, registry)
    counts = index.count_by_speaker()
    for name, n in counts.items():
        assert len(index.by_speaker(name)) == n
        assert all(q.how != "unattributed" for _, q in index.by_speaker(name))
    by_article = [index.count_by_speaker(key) for key in ("a.txt", "b.txt")]
    # each article counts its own statements; the library counts a repeat in a later
    # article once
    assert sum(sum(c.values()) for c in by_article) == sum(counts.values()) + len(index._repeats)
    assert sum(counts.values()) <= len(index)
    for query in ("harbour wall", "storm council rates", "winter ferry"):
        found = index.match(query)
        for m in found:  # never a quotation beside the reported sentence that holds it
            for other in found:
                if other is not m and other.quote.kind == "indirect":
                    inside = other.quote.start <= m.quote.start and m.quote.end <= other.quote.end
                    same = (m.article_key, m.quote.speaker) == (
                        other.article_key,
                        other.quote.speaker,
                    )
                    assert not (inside and same and m.quote.kind != "indirect" and m.quote.speaker)


def reference_candidates(index: QuoteIndex, terms: dict[str, float], key: str | None) -> list:
    """The candidates written plainly: weights summed in a dictionary, a common word only
    re-weighing what rarer words found, the heaviest first (equals in the order met)."""
    weights: dict[int, float] = {}
    for n, (term, weight) in enumerate(sorted(terms.items(), key=lambda kv: -kv[1])):
        ids = index._postings.get(term, ())
        if n and len(ids) > quote_index._COMMON_POSTINGS and weights:
            for i in weights.keys() & set(ids):
                weights[i] += weight
            continue
        for i in ids:
            weights[i] = weights.get(i, 0.0) + weight
    if key is not None:
        weights = {i: w for i, w in weights.items() if index._entries[i][0] == key}
    return heapq.nlargest(quote_index._MAX_CANDIDATES, weights, key=weights.__getitem__)


SAID_WORDS = "we will not back down on rail fares the talks were open and useful".split()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(SAID_WORDS), min_size=1, max_size=8), max_size=25),
    st.lists(st.lists(st.sampled_from([*SAID_WORDS, "fars", "usefull"]), max_size=5), max_size=5),
)
def test_candidates_are_the_plain_computation(quotes, queries) -> None:
    entries = [
        (f"desk/{i % 4}.txt", _q(" ".join(words), "Paul Reed")) for i, words in enumerate(quotes)
    ]
    index = QuoteIndex(entries)
    index.warm()
    with pytest.MonkeyPatch.context() as patch:  # small limits, so that both paths run
        patch.setattr(quote_index, "_COMMON_POSTINGS", 3)
        patch.setattr(quote_index, "_MAX_CANDIDATES", 4)
        for words in queries:
            terms = index._terms(words)
            for key in (None, "desk/1.txt"):
                assert index._candidates(terms, key) == reference_candidates(index, terms, key)


@pytest.mark.parametrize(
    ("query", "close"), [("a critcal moment", True), ("winter weather in the hills", False)]
)
def test_match_or_closest_is_match_then_closest(index: QuoteIndex, query: str, close: bool) -> None:
    matches, closest = index.match_or_closest(query, limit=4, closest=3)
    assert matches == index.match(query, limit=4)
    assert bool(matches) == close
    assert closest == ([] if close else index.closest(query, limit=3))
    assert matches or closest


def test_a_speaker_is_named_as_the_article_means_them() -> None:
    registry = PeopleRegistry.build(
        [
            ("defence.txt", [Person("Liam Fox", None, ("Fox",))]),
            ("ratings.txt", [Person("Fox", kind="organisation")]),
            ("cars.txt", [Person("Helmut Panke")]),
        ]
    )
    entries = [
        ("defence.txt", _q("The army is stretched to breaking point", "Fox")),
        ("ratings.txt", _q("The new season has been a great success", "Fox")),
        ("ratings.txt", _q("The show will return next autumn", "panel", start=100)),
    ]
    index = QuoteIndex.build(entries, registry)
    assert [e.quote.speaker for e in index.match("army is stretched")][:1] == ["Liam Fox"]
    assert [e.quote.speaker for e in index.match("season has been a great")][:1] == ["Fox"]
    assert [e.quote.speaker for e in index.match("show will return")][:1] == ["panel"]
    assert len(index.by_speaker("Fox", "ratings.txt")) == 1
    assert len(index.by_speaker("Fox", "defence.txt")) == 1


def test_a_speaker_the_article_does_not_list_is_nobody_named_elsewhere() -> None:
    registry = PeopleRegistry.build(
        [
            ("review.txt", [Person("Philip Frey", None, ("Frey",))]),
            ("wine.txt", [Person("Ann Lee")]),
        ]
    )
    entries = [("wine.txt", _q("The harvest was the best in years", "Frey"))]
    index = QuoteIndex.build(entries, registry)
    assert [e.quote.speaker for e in index.match("harvest was the best")][:1] == ["Frey"]
