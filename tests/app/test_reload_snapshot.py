"""A reload after files are added, changed or removed gives the snapshot a fresh load
gives: the same articles, search answers, people, statements and titles."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.articles.cache import AnalysisCache
from bot.library import Library
from tests.support.helpers import write

TOWNS = ["Harbourside", "Millbrook", "Eastfield", "Northgate", "Kingsbury"]
SPEAKERS = [
    ("council leader Priya Shah", "Shah"),
    ("deputy leader Tom Reyes", "Reyes"),
    ("Dr Alan Fox, the health board chair", "Fox"),
    ("a spokesman for the International Monetary Fund (IMF)", "the IMF"),
]
LINES = [
    "Residents can comment on the flood map until Friday.",
    "“We will listen to every resident,” said {who}.",
    "{short} said the budget was “simply not enough”.",
    "The bus depot will close in March, the operator said.",
]


def story(number: int, edit: int = 0) -> str:
    town = TOWNS[number % len(TOWNS)]
    who, short = SPEAKERS[(number + edit) % len(SPEAKERS)]
    extra = LINES[edit % len(LINES)].format(who=who, short=short) if edit else ""
    return (
        f"{town} council backs new plan ({number})\n\n"
        f"Councillors in {town} voted on Monday to back the plan.\n\n"
        f"“This is the right decision for {town},” said {who}.\n\n"
        f"{short} added that work starts in spring. {extra}\n"
    )


def put(folder: Path, number: int, edit: int, tick: int) -> None:
    path = write(folder, f"news/{number:02d}.txt", story(number, edit))
    os.utime(path, (1_700_000_000 + tick, 1_700_000_000 + tick))


def contents(library: Library) -> dict[str, object]:
    queries = ["right decision", "flood map", "budget enough", "Millbrok council", "spring"]
    quotes = library.quotes
    return {
        "articles": [(a.key, a.text) for a in library.articles],
        "search": [library.search.search(q) for q in queries],
        "sentences": [library.search.sentences(q) for q in queries],
        "people": library.people.people,
        "articles of": [library.people.articles_of(p.name) for p in library.people.people],
        "people in": [library.people_in(a.key) for a in library.articles],
        "statements": len(quotes),
        "by speaker": {p.name: quotes.by_speaker(p.name) for p in library.people.people},
        "whosaid": [quotes.match(q) for q in ("right decision", "listen to every", "not enough")],
        "suggest": [quotes.suggest(p) for p in ("", "this is", "we wil")],
        "titles": [library.match_titles(q) for q in ("council plan", "Eastfeld", "")],
    }


EDITS = st.lists(
    st.tuples(st.sampled_from(["change", "add", "remove"]), st.integers(0, 30)),
    min_size=1,
    max_size=3,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS)
def test_a_reload_gives_the_fresh_snapshot(tmp_path_factory, edits):
    folder = tmp_path_factory.mktemp("articles")
    cache = AnalysisCache.in_folder(tmp_path_factory.mktemp("data"))
    present = set(range(8))
    for number in present:
        put(folder, number, 0, number)
    before = Library.load(folder, cache=cache)
    before.save_cache()
    before.quotes.warm()
    for tick, (edit, n) in enumerate(edits, 100):
        number = n % 12
        if edit == "remove" and number in present and len(present) > 1:
            (folder / f"news/{number:02d}.txt").unlink()
            present.discard(number)
        elif edit != "remove":
            put(folder, number, 1 + n % 4, tick)
            present.add(number)
    after = Library.load(folder, previous=before, cache=cache)
    fresh = Library.load(folder)
    assert contents(after) == contents(fresh)
