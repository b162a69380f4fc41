"""The other side of a match is the object of any verb for meeting it: "who will
Harrogate host?" is answered by "playing Barnet" (qa/extract.py)."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.qa import extract
from bot.articles.qa.rank import find_answers
from bot.articles.search_index import SearchIndex

HARROGATE = """Harrogate granted home game

Harrogate Town manager Simon Weaver has got his wish of a home game for the final fixture.

Harrogate will close their league season by playing Barnet at Wetherby Road.

Weaver said the players wanted to thank the fans.
"""

HARBOUR = """Harbour wall repaired

The harbour wall in Whitby was repaired last week after the winter storms.

Fishermen said the work had come too late for their boats.
"""


def _answer(question: str) -> str | None:
    library = {k: parse_article(t, key=k) for k, t in (("town", HARROGATE), ("harbour", HARBOUR))}
    found = find_answers(question, SearchIndex.build([*library.values()]), library)
    assert found
    return found[0].candidate.text if found[0].candidate else None


def test_who_a_side_will_host_is_the_side_it_plays() -> None:
    assert _answer("Who will Harrogate host in their final league fixture?") == "Barnet"


def test_without_the_opponent_verbs_the_manager_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "_OPPONENT_VERBS", frozenset())
    assert _answer("Who will Harrogate host in their final league fixture?") != "Barnet"
