""" "He" after a quotation that goes on into a sentence of its own stands for the person
named before the quotation: a sentence that names nobody leaves the story on the same
person (qa/referent.py inherited), on an article written here."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers
from bot.articles.qa.referent import inherited, pointing_back
from bot.articles.search_index import SearchIndex

BAKER = """Baker sells naming rights to his van

A baker from Dundee is selling the right to name his delivery van on an auction site.

Colin Strachan, from Broughty Ferry, said the winning bidder could paint a name on the van.

Mr Strachan said he would not accept anything rude. "I would not drive around with a swear word.

"Anything else is fine by me, and the bids are still coming in."

He said he would use the money to buy a second oven - he is hoping to open a shop in Perth.

Bidding closes on Friday.
"""

FERRY = """Ferry timetable changes

The ferry from Oban will sail twice a day from next month, the operator said.

The operator hopes to open a second route to Mull in the summer.
"""

LIBRARY = """Library to open on Sundays

Campaigners hope the town library will open on Sundays from the spring.

The council said it hoped to open the reading room first.
"""


def test_he_after_a_quotation_going_on_stands_for_the_speaker_named_before() -> None:
    article = parse_article(BAKER, key="baker")
    texts = [s.text for s in article.sentences]
    at = next(i for i, t in enumerate(texts) if t.startswith("He said he would use"))
    assert "strachan" in inherited(texts)[at]


def test_the_sentence_about_the_named_person_answers() -> None:
    stories = (("baker", BAKER), ("ferry", FERRY), ("library", LIBRARY))
    library = {k: parse_article(t, key=k) for k, t in stories}
    found = find_answers(
        "What does Colin Strachan hope to open?",
        SearchIndex.build([*library.values()]),
        library,
    )
    assert found
    assert found[0].sentence.text.startswith("He said he would use the money")


@pytest.mark.parametrize(
    "text",
    [
        "The world youth champion clocked 22.71secs in the final.",
        "The teenager has scored six goals in nine games.",
        "The Kenyan had led from the start.",
    ],
)
def test_a_word_for_a_person_opening_the_sentence_points_back(text: str) -> None:
    assert pointing_back(text) == 0


@pytest.mark.parametrize(
    "text",
    ["The world record stands at 21.34secs.", "The American Express card fell out of use."],
)
def test_a_thing_opening_the_sentence_does_not(text: str) -> None:
    assert pointing_back(text) is None


SPRINT = """Okoro wins in Sheffield

Ada Okoro won the 200m at the Sheffield indoor meeting on Sunday.

The world youth champion clocked 22.71secs to finish clear of the field.

Ruth Bell ran 23.10secs in the heats.
"""


def test_the_sentence_describing_the_named_runner_gives_her_time() -> None:
    stories = (("sprint", SPRINT), ("ferry", FERRY))
    library = {k: parse_article(t, key=k) for k, t in stories}
    found = find_answers(
        "What was Ada Okoro's time?", SearchIndex.build([*library.values()]), library
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "22.71secs"
