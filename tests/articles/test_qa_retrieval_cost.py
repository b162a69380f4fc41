"""The article choice of /ask does its bookkeeping without building articles it does not
read: a story's mark from its opening sentences, its copies compared by sentence counts."""

from __future__ import annotations

from collections import OrderedDict

import pytest

from bot.articles import model
from bot.articles.parse import parse_article
from bot.articles.qa.question import read_question
from bot.articles.qa.rank import _articles, fingerprint
from bot.articles.search_index import SearchIndex

SHORT = """Tram line to reach the airport

The city council approved a tram line to the airport on Tuesday.

Work on the four-mile route will begin in the spring.

Trams will run every ten minutes.
"""

# the same story filed again later, one paragraph longer
LONGER = """Airport tram approved

The city council approved a tram line to the airport on Tuesday.

Work on the four-mile route will begin in the spring.

Trams will run every ten minutes.

The line is expected to carry 9,000 passengers a day.
"""

OTHER = """Harbour wall repaired

The harbour wall damaged in January's storms has been repaired, the port said.
"""


def _forget_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing built yet: a fresh cache for the test, the module's own restored after it."""
    monkeypatch.setattr(model, "_RECENT", OrderedDict())
    monkeypatch.setattr(model, "_LAST", [None, "", None])


def test_the_fuller_copy_is_chosen_without_building_either(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short, longer = parse_article(SHORT, key="a/short"), parse_article(LONGER, key="b/longer")
    other = parse_article(OTHER, key="c/other")
    library = {a.key: a for a in (short, longer, other)}
    index = SearchIndex.build(list(library.values()))
    _forget_built(monkeypatch)
    chosen = _articles(
        read_question("When will work on the tram route begin?"), index, library, None
    )
    assert [article.key for article, _ in chosen] == ["b/longer"]
    assert all(entry[2] is None for entry in model._RECENT.values())  # nothing built


def test_a_mark_read_from_the_spans_is_the_built_sentences_mark(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short, longer = parse_article(SHORT, key="x/short"), parse_article(LONGER, key="y/longer")
    _forget_built(monkeypatch)
    cold = fingerprint(short)
    assert model._RECENT and all(entry[2] is None for entry in model._RECENT.values())
    assert cold == fingerprint(longer)
    assert cold != fingerprint(parse_article(OTHER, key="z/other"))
