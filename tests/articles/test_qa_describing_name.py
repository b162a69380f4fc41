"""A name that describes a role word ("Hollywood actor Tom Hale") is no answer of the
asked kind, even beside the asked noun ("a film starring Hollywood actor…") (qa/extract.py)."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.qa.extract import candidates
from bot.articles.qa.question import read_question
from bot.articles.qa.rank import find_answers
from bot.articles.search_index import SearchIndex

FESTIVAL = """Leeds festival prize

A film starring Hollywood actor Tom Hale won the top prize at the Leeds Film Festival.

The Harbour Road, starring Tom Hale, beat eleven other films to the award.

The jury praised its quiet ending.
"""

HARBOUR = """Harbour wall repaired

The harbour wall in Whitby was repaired last week after the winter storms.

Fishermen said the work had come too late for their boats.
"""


def test_a_name_describing_a_role_word_is_no_film() -> None:
    library = {k: parse_article(t, key=k) for k, t in (("fest", FESTIVAL), ("harbour", HARBOUR))}
    found = find_answers(
        "Which Tom Hale film won the top prize at the Leeds Film Festival?",
        SearchIndex.build([*library.values()]),
        library,
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text.endswith("Harbour Road")


def test_a_name_before_a_plural_role_word_describes_it() -> None:
    question = read_question("Who captains Wales in the Six Nations?")

    def premiership(text: str) -> float:
        return {c.text: c.strength for c in candidates(question, text)}["Premiership"]

    captains = premiership("Sam Ellis is one of four Premiership captains named in the squad.")
    men = premiership("Sam Ellis is one of four Premiership men named in the squad.")
    assert captains < men
