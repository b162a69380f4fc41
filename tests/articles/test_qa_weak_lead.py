"""A lead that restates the story holds the question's words but, of the asked kind,
only a name of another kind ("folk quartet Strandvik" for "where…"): a later sentence
with a name of the asked kind answers."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, rank
from bot.articles.search_index import SearchIndex

MUSICAL = """Folk band reunite for musical premiere

The original members of Danish folk quartet Strandvik have reunited for the home
premiere of the musical Harbour Lights, based on their songs.

The Danish cast opened at the Odeon theatre in Aarhus, where fans queued for hours.

The musical has already been seen by two million people in London and New York.
"""


def _scores(question: str) -> dict[str, float]:
    article = parse_article(MUSICAL, key="entertainment/strandvik.txt")
    found = find_answers(question, SearchIndex.build([article]), {article.key: article})
    return {a.candidate.text: a.score for a in found if a.candidate}


QUESTION = "Where was the Danish premiere of Harbour Lights held?"


def test_a_later_place_beats_a_lead_with_a_band_in_it() -> None:
    found = _scores(QUESTION)
    assert max(found, key=found.__getitem__) == "Aarhus"


def test_the_lead_with_only_a_weak_name_loses_a_quarter(monkeypatch: pytest.MonkeyPatch) -> None:
    weakened = _scores(QUESTION)["Strandvik"]
    monkeypatch.setattr(rank, "WEAK_CANDIDATE", 0.0)
    assert weakened == pytest.approx(_scores(QUESTION)["Strandvik"] * rank.UNSURE_SHARE)


def test_a_lead_with_a_strong_name_keeps_its_score(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "Which Danish folk quartet reunited for the premiere?"
    before = _scores(question)
    monkeypatch.setattr(rank, "WEAK_CANDIDATE", 0.0)
    assert before == _scores(question)


# A headline whose words recur through the story: each later sentence holds a question word
# the lead does not ("levy") and borrows the rest from the headline, and the lead, which
# states the main fact, comes behind READ_SENTENCES of them by its words alone.
LEVY = """Harbour levy 'unfair' - Mayor Reed

Mayor Ann Reed has called the county's £4m charge on the town's harbour "unfair".
""" + "\n".join(
    f"The Harwick harbour levy was debated by the {noun} on {day}."
    for noun in ("board", "trust", "panel", "council", "committee", "forum")
    for day in ("Monday", "Tuesday", "Friday")
)


def test_the_lead_of_the_best_story_is_read_behind_many_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = parse_article(LEVY, key="politics/levy.txt")
    index, library = SearchIndex.build([article]), {article.key: article}
    question = "How big is the Harwick harbour levy Reed attacked?"
    (found,) = find_answers(question, index, library, limit=1)
    assert found.candidate is not None and found.candidate.text == "£4m"
    monkeypatch.setattr(rank, "LEAD_ARTICLES", 0)  # by its words alone: never read
    (found,) = find_answers(question, index, library, limit=1)
    assert found.candidate is None
