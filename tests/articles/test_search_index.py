"""The search engine on news-style articles written here and on the seed article."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles.loader import read_article
from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.search_index import SearchHit, SearchIndex, edit_budget, make_snippet
from bot.articles.textnorm import fold, token_spans, tokens, tokens_bytes, tokens_per_text

BUDGET = """Chancellor unveils spending plans for schools

- Treasury promises extra money for classrooms and teachers

LONDON: The government has announced an extra £2bn for schools in England over the next
three years, the Chancellor told MPs on Wednesday.

The budget statement also included a freeze on fuel duty, which motoring groups welcomed.

Opposition parties said the package was "too little, too late" for struggling headteachers.
"""

ZURICH = """Bank profits rise in Zürich

Swiss lenders based in Zürich reported higher quarterly profits, helped by wealth management.

Analysts in Genève said the results were stronger than expected for the café economy of the city.
"""

GENOME = """Scientists map the wheat genome

Researchers have published a complete map of the wheat genome, a task once thought impossible.

The genomic data could help farmers breed hardier crops, the team said on Monday.
"""

CRITICAL = """Talks reach a critical stage

Negotiators said the talks had reached a stage that was critical for the region.

The next moment of truth comes on Friday, when ministers meet again.
"""

BAND = """The Who announce farewell tour

The rock band will play twenty dates across Europe next summer, their manager said.
"""

LONG_TAIL = ", ".join(
    f"commuters on line {i} complained about railway timetables and delayed services"
    for i in range(30)
)
RAIL = f"""Rail operators fined over delays

In a long year {LONG_TAIL}, the regulator fined three operators for persistent lateness and
warned that passengers deserved better.
"""


def article(text: str, key: str) -> Article:
    return parse_article(text, key=key)


@pytest.fixture(scope="module")
def articles(seed_file: Path) -> list[Article]:
    seed = read_article(seed_file, key="seed")
    texts = {
        "budget": BUDGET,
        "zurich": ZURICH,
        "genome": GENOME,
        "critical": CRITICAL,
        "band": BAND,
        "rail": RAIL,
    }
    return [seed, *(article(text, key) for key, text in texts.items())]


@pytest.fixture(scope="module")
def index(articles: list[Article]) -> SearchIndex:
    return SearchIndex.build(articles)


def keys(hits: list[SearchHit]) -> list[str]:
    return [hit.article_key for hit in hits]


def test_exact_words_find_the_article(index: SearchIndex) -> None:
    hits = index.search("fuel duty freeze")
    assert keys(hits)[0] == "budget"
    assert {"fuel", "duty", "freeze"} <= set(hits[0].terms)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("goverment schools", "budget"),  # deletion
        ("motorring groups", "budget"),  # insertion
        ("Blinkne Lavrov", "seed"),  # transposition counts as one edit
        ("headteachors", "budget"),  # substitution in a long word
        ("hedteachars", "budget"),  # two edits in a word of more than 8 letters
    ],
)
def test_typos_still_hit(index: SearchIndex, query: str, expected: str) -> None:
    assert keys(index.search(query))[:1] == [expected]


def test_edit_budget_follows_word_length() -> None:
    assert [edit_budget(w) for w in ("tour", "troops", "diplomacy", "12345")] == [0, 1, 2, 0]


def test_short_words_are_not_fuzzy(index: SearchIndex) -> None:
    # "bnd" is one edit from "band", but words under five letters get no typo allowance
    assert index.search("bnd") == []


def test_quoted_phrase_must_appear_as_written(index: SearchIndex) -> None:
    hits = index.search('"critical moment"')
    assert keys(hits) == ["seed"]  # "critical" and "moment" apart in `critical` do not count
    assert "critical moment" in hits[0].snippet
    curly = index.search("“critical moment”")
    assert keys(curly) == ["seed"]


def test_phrase_with_other_words(index: SearchIndex) -> None:
    assert keys(index.search('"too little, too late" headteachers')) == ["budget"]
    # a phrase must occur; other words only rank (no article has both here)
    assert keys(index.search('"too late" genome')) == ["budget"]
    assert index.search('"late too" budget') == []


def test_last_word_is_also_a_prefix(index: SearchIndex) -> None:
    hits = index.search("wheat genom")
    assert keys(hits)[0] == "genome"
    assert keys(index.search("gen"))  # a short prefix still completes
    assert "genomic" in index.search("genomi")[0].terms


def test_accents_and_case_fold_both_ways(index: SearchIndex) -> None:
    assert keys(index.search("ZURICH profits"))[0] == "zurich"
    assert keys(index.search("genève"))[0] == "zurich"
    assert keys(index.search("geneve"))[0] == "zurich"
    assert keys(index.search("CAFE"))[0] == "zurich"


def test_stop_words_ignored_unless_alone(index: SearchIndex) -> None:
    assert keys(index.search("the fuel of the duty")) == keys(index.search("fuel duty"))
    assert keys(index.search("The Who"))[0] == "band"


@pytest.mark.parametrize("query", ["", "   ", "!!!", "?!.,;:—…", "🙂🙂", "東京", "\x00\x1e"])
def test_empty_punctuation_and_unknown_unicode_queries(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []
    assert index.sentences(query) == []


def test_a_pasted_6000_character_query_is_fast_and_safe(index: SearchIndex) -> None:
    query = ("Lavrov Blinken Geneva talks troops border " * 150)[:6000]
    started = time.perf_counter()
    hits = index.search(query)
    index.sentences(query)
    index.did_you_mean(query)
    assert time.perf_counter() - started < 1.0
    assert keys(hits)[0] == "seed"


def test_article_key_restricts_results(index: SearchIndex) -> None:
    assert keys(index.search("said", article_key="budget")) == ["budget"]
    assert index.search("genome", article_key="budget") == []
    assert index.search("genome", article_key="no-such-article") == []
    sentences = index.sentences("said", article_key="genome")
    assert sentences and {hit.article_key for hit in sentences} == {"genome"}


def test_headline_words_rank_above_body_mentions(index: SearchIndex) -> None:
    # "talks" is in the seed's body many times but in the headline of `critical`
    ranking = keys(index.search("talks stage"))
    assert ranking[0] == "critical"


def test_snippet_is_the_best_sentence_with_bold_spans(index: SearchIndex) -> None:
    hit = index.search("100,000 troops")[0]
    assert hit.article_key == "seed"
    assert "100,000 troops" in hit.snippet
    marked = {fold(hit.snippet[s:e]).replace(",", "") for s, e in hit.highlights}
    assert marked == {"100000", "troops"}


def test_long_snippets_are_cut_at_word_boundaries(index: SearchIndex) -> None:
    hit = index.search("regulator fined lateness")[0]
    assert hit.article_key == "rail"
    assert 250 <= len(hit.snippet) <= 302  # the window is filled up to the end of the text
    assert hit.snippet.startswith("…") and hit.snippet.endswith("better.")
    words = hit.snippet.strip("…").split()
    text_words = set(RAIL.split())
    assert words[0] in text_words and words[-1] in text_words  # no word cut in half
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["regulator", "fined", "lateness"]


def test_make_snippet_marks_ellipses() -> None:
    text = "word " * 100 + "needle " + "word " * 100
    snippet, spans = make_snippet(text.strip(), {"needle"})
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[s:e] for s, e in spans] == ["needle"]


def test_did_you_mean_from_vocabulary(index: SearchIndex) -> None:
    assert index.did_you_mean("goverbmant budgte")[0] == "government budget"
    assert index.did_you_mean("geneva") == []  # nothing to correct
    assert index.did_you_mean("") == []


def test_sentences_rank_the_matching_sentence(index: SearchIndex) -> None:
    hits = index.sentences("critical moment")
    assert hits[0].article_key == "seed"
    assert "critical moment" in hits[0].sentence.text


def test_vocabulary_and_stats(index: SearchIndex, articles: list[Article]) -> None:
    assert index.vocabulary_size > 100
    assert index.article_count == len(articles)
    assert index.sentence_count == sum(len(a.sentences) for a in articles)
    assert index.df("geneva") == 1  # the seed
    assert index.df("geneve") == 1  # "Genève", folded


def test_an_empty_library_answers_nothing() -> None:
    empty = SearchIndex.build([])
    assert empty.search("anything") == []
    assert empty.sentences("anything") == []
    assert empty.did_you_mean("anything") == []


def test_tokens_keep_numbers_and_drop_possessives() -> None:
    assert tokens("Russia’s 100,000 troops, don't U.S.") == [
        "russia",
        "100000",
        "troops",
        "dont",
        "u",
        "s",
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_query_is_safe(index: SearchIndex, query: str) -> None:
    for hit in index.search(query, limit=3):
        assert len(hit.snippet) <= 310
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)
    assert isinstance(index.did_you_mean(query), list)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet="abcXYZ019 ,.'’-—£éüßÅ™½\n", max_size=60), st.text(max_size=60)))
def test_highlight_words_are_the_index_words(text: str) -> None:
    assert [word for _, _, word in token_spans(text)] == tokens(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=6))
def test_tokenising_texts_together_equals_one_by_one(texts: list[str]) -> None:
    assert tokens_per_text(texts) == [tokens_bytes(text) for text in texts]


def test_a_word_the_articles_contain_is_not_corrected() -> None:
    wales = article("Wales win in Cardiff\n\nWales beat England on Saturday.\n", "wales")
    shops = article("Shops report record sales\n\nRetail sales rose in December.\n", "shops")
    index = SearchIndex.build([wales, shops])
    assert keys(index.search("sales")) == ["shops"]  # not the Wales story too
    assert keys(index.search("saels")) == ["shops"]  # an unknown word is still corrected


def test_only_common_words_get_no_spelling_suggestion(index: SearchIndex) -> None:
    assert index.did_you_mean("the") == []
    assert index.did_you_mean("of the and") == []


@pytest.mark.parametrize("query", ["chancelor schools", "whaet genome", "the critcal talks"])
def test_search_keys_are_the_search_hits_keys_in_order(index: SearchIndex, query: str) -> None:
    for limit in (1, 3, 10):
        assert index.search_keys(query, limit=limit) == keys(index.search(query, limit=limit))
    assert index.search_keys("", limit=3) == [] and index.search_keys(query, limit=0) == []


def test_a_typo_is_looked_up_in_the_vocabulary_once() -> None:
    index = SearchIndex.build([parse_article(GENOME, key="genome")])
    first = index._near("whaet", 1)
    assert ("wheat", 1) in first
    assert index._near("whaet", 1) is first  # kept, not looked up again
    assert index._near("whaet", 2) is not first


FERRY = """Ferry fares to rise in spring

The ferry operator said fares on the island routes would rise by 4% in the spring.

The company said the increase was the first in three years and blamed the price of fuel.

Season tickets for islanders will stay at last year's price.
"""


def test_a_story_filed_twice_is_one_result() -> None:
    copies = [article(FERRY, "news/101"), article(FERRY, "news/214"), article(BUDGET, "budget")]
    hits = SearchIndex.build(copies).search("ferry fares fuel")
    assert keys(hits) == ["news/101"]
    # a version edited further down is the same story; a new opening is another
    edited = FERRY + "\nPassenger groups said the rise was unfair on islanders.\n"
    hits = SearchIndex.build([*copies, article(edited, "news/300")]).search("ferry fares")
    assert len(hits) == 1
    retold = FERRY.replace("The ferry operator said", "Islanders heard on Friday that")
    hits = SearchIndex.build([*copies, article(retold, "news/301")]).search("ferry fares")
    assert sorted(keys(hits)) == ["news/101", "news/301"]
    # the same body under another headline is a result of its own (a reader may look for
    # either headline); search_keys lists what search lists
    retitled = FERRY.replace("Ferry fares to rise in spring", "Island ferry fares going up")
    index = SearchIndex.build([*copies, article(retitled, "news/302")])
    assert sorted(keys(index.search("ferry fares"))) == ["news/101", "news/302"]
    assert index.search_keys("ferry fares") == keys(index.search("ferry fares"))


def test_a_quoted_phrase_bolds_its_small_words_only_where_the_phrase_is() -> None:
    text = "The operator is in talks and the fares rise is the first in three years."
    snippet, spans = make_snippet(text, {"fares"}, [("rise", "is", "the", "first")])
    bolded = [snippet[s:e] for s, e in spans]
    assert bolded == ["fares", "rise", "is", "the", "first"]


FIGURES = [
    article("Firm fined\n\nThe firm agreed to pay a $1.5m fine over the spill.\n", "fine"),
    article(
        "Pier grant\n\nThe harbour trust won a £5m grant to rebuild the pier, which a storm "
        "wrecked in the winter of 2001, closing the seafront for three long summers.\n",
        "pier",
    ),
    article("Stadium bill\n\nThe stadium cost £5.5m, not the £5m the club promised.\n", "stadium"),
]


def _bolded(query: str) -> dict[str, list[str]]:
    hits = SearchIndex.build(FIGURES).search(query)
    return {h.article_key: [h.snippet[s:e] for s, e in h.highlights] for h in hits}


def test_a_figure_of_the_query_is_bolded_once_and_whole() -> None:
    bolded = _bolded("5m")
    assert bolded["pier"] == ["£5m"]
    assert bolded["stadium"] == ["£5m"]  # not the "5m" of "£5.5m"
    assert bolded.get("fine", []) == []  # "$1.5m" is no match of "5m"
    assert _bolded("1.5m")["fine"] == ["$1.5m"]  # not "$**1**.**5m**"
    assert _bolded("£5.5m")["stadium"] == ["£5.5m"]


def test_an_article_with_the_figure_whole_ranks_above_one_with_a_figure_sharing_its_word() -> None:
    assert keys(SearchIndex.build(FIGURES).search("5m"))[-1] == "fine"


def test_the_snippet_is_the_sentence_with_the_figure_whole() -> None:
    text = (
        "Console sales\n\nThe console sold 4.5m units across Europe in its first year on "
        "sale, its maker said on Tuesday, ahead of the spring launch of a cheaper model.\n\n"
        "Sales in Japan were slower than the company had hoped when the console was first "
        "unveiled at the trade fair in Tokyo last autumn, with 5m units sold there.\n"
    )
    hit = SearchIndex.build([article(text, "console")]).search("5m")[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["5m"]
