"""A question word met in a sentence with a derivational suffix more or less ("regulator"
and "regulatory", "captain" and "captaincy"): it counts for part of its weight in the
sentence score, on articles written here."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, rank
from bot.articles.qa.words import concept
from bot.articles.search_index import SearchIndex

LENDERS = """Lenders agree merger

Harbour Mutual and Crestline agreed a merger in March, creating the region's biggest lender.

Shareholders of both lenders backed the merger at meetings in Leeds in June.

Regulatory clearance for the merger is expected in October, Crestline said.

The combined lender will keep both brands.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    article = parse_article(LENDERS, key="lenders")
    return {article.key: article}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("regulator", "regulatory"),
        ("regulatory", "regulator"),
        ("captain", "captaincy"),
        ("prepar", "preparat"),  # preparing, preparation
        ("leader", "leadership"),
        ("punishment", "punish"),  # the shorter form in the article
    ],
)
def test_a_word_with_a_derivational_suffix_is_a_variant(asked: str, written: str) -> None:
    assert rank._variants(frozenset({asked}), frozenset({written})) == {written: asked}


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("polic", "policy"),  # police is no policy: a -y only after an -r
        ("policy", "polic"),
        ("part", "party"),  # too short to vary
        ("count", "country"),  # no derivational suffix
        ("person", "personal"),
    ],
)
def test_other_words_that_share_a_beginning_are_not(asked: str, written: str) -> None:
    assert rank._variants(frozenset({asked}), frozenset({written})) == {}


def test_only_lower_case_question_words_vary(index: SearchIndex) -> None:
    # a name is matched as written: "Trainor" is no variant of "training"
    asked = rank._asked(rank.read_question("What did Mike Trainor say about regulators?"), index)
    assert "regulator" in asked.variable
    assert "trainor" not in asked.variable


def test_the_regulatory_sentence_answers_the_question_about_the_regulator(
    index: SearchIndex, library: dict[str, Article]
) -> None:
    # every sentence holds "merger"; only the third speaks of the regulator, as
    # "regulatory": without the variant the March sentence, with more names, comes first
    found = find_answers("When will the regulator clear the lenders' merger?", index, library)
    assert found
    assert found[0].candidate is not None
    assert found[0].candidate.text == "October"


def test_a_variant_does_not_make_an_answer_sure(
    index: SearchIndex, library: dict[str, Article]
) -> None:
    # the share a variant adds is in the score, not in the support the answer is judged by
    found = find_answers("When will the regulator clear the lenders' merger?", index, library)
    plain = [a for a in found if "Regulatory" in a.sentence.text]
    assert plain
    assert plain[0].support < plain[0].features[rank.FEATURES.index("support")]


@pytest.mark.parametrize("asked", ["mostly", "largely", "chiefly"])
def test_a_reader_may_word_mainly_otherwise(asked: str) -> None:
    assert concept(asked) == concept("mainly")
    assert concept("mostly") != concept("most")


def test_ties_with_a_firm_are_links_with_it() -> None:
    assert concept("ties") == concept("links") == concept("linked")
    assert concept("tie") != concept("link")  # a cup tie is a match


def test_the_successor_to_someone_replaced_them() -> None:
    assert concept("successor") == concept("replaced") == concept("replacement")
    assert concept("success") != concept("replaced")
