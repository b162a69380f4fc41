"""A name that describes a role word ("Bergen singer Lena Vosk") is no answer of the
asked kind, even beside the asked noun ("an album featuring Bergen singer…")
(qa/extract.py). Stories written for the test."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.qa.rank import find_answers
from bot.articles.search_index import SearchIndex

PRIZE = """Folk record takes Nordic prize

An album featuring Bergen singer Lena Vosk has won this year's Nordic Music Prize.

Night Ferry, which Vosk recorded in a church, beat eleven other records to the award.

The judges singled out its closing track.
"""

HARBOUR = """Harbour wall repaired

The harbour wall in Whitby was repaired last week after the winter storms.

Fishermen said the work had come too late for their boats.
"""


def test_a_name_describing_a_role_word_is_no_album() -> None:
    library = {k: parse_article(t, key=k) for k, t in (("prize", PRIZE), ("harbour", HARBOUR))}
    found = find_answers(
        "Which album featuring Lena Vosk won the Nordic Music Prize?",
        SearchIndex.build([*library.values()]),
        library,
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "Night Ferry"
