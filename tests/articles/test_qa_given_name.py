"""A given name the question writes before a surname ("Terry Marsh") is that person's
only beside the surname: a sentence naming another Terry ("the duo Lee & Terry") holds no
more of the question for it, on an article written here."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers
from bot.articles.qa.rank import _apart, _given_names

SINGER = """Harbour Lights writer dies

Terry Marsh, who wrote hits for the Harbour Lights, has died aged 70.

Early on, singer Marsh had hits as one half of a duo called Lee & Terry, with Lee Fenwick.

Marsh died on Sunday at his home in Whitby, his family said.

He is survived by his wife and two sons.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    article = parse_article(SINGER, key="singer")
    return {article.key: article}


def test_the_given_names_of_a_question() -> None:
    assert _given_names("Where did singer Terry Marsh die?") == {"terry": "marsh"}
    assert _given_names("Where did Marsh die?") == {}


def test_a_given_name_apart_from_its_surname_is_another_person() -> None:
    given = {"terry": "marsh"}
    assert _apart(given, ("duo", "lee", "terry", "leeds")) == {"terry"}
    assert _apart(given, ("singer", "terry", "marsh", "die")) == set()


def test_another_terry_adds_nothing(library: dict[str, Article]) -> None:
    from bot.articles.search_index import SearchIndex

    index = SearchIndex.build(list(library.values()))
    found = find_answers("Where did singer Terry Marsh die?", index, library, limit=5)
    own = {a.sentence.text.split()[0]: a.features[4] for a in found}  # "own" share
    # "singer Marsh … Lee & Terry" holds singer and Marsh, not Terry Marsh's given name:
    # less of the question than "Marsh died…"
    assert own["Early"] < own["Marsh"]
    assert found[0].candidate is not None and "Whitby" in found[0].candidate.text
