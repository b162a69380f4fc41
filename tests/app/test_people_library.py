"""Merging people end to end: short news stories through the engine, the registry and
the quote index, as a loaded library sees them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.handlers.quote_handlers import people, quotes
from bot.library import Library
from tests.support.helpers import write

STORIES = {
    "virus.txt": """Web attack spreads through banner adverts

A new computer virus is spreading through adverts on popular websites, security firms warn.

Tim Warner, spokesman for Halden Labs, said: "People are caught out by pages they trust."

Mr Warner said companies needed to check every advert they carry.
""",
    "profits.txt": """Media giant lifts yearly profit

Media group Time Warner said on Thursday that its profits rose by 9% in the last quarter.

"Our cable business had a strong year," said chief executive Laura Benning.

The US accounted for most of the rise in sales.
""",
    "talks.txt": """Envoys meet for border talks

The US has urged both sides to return to talks over the disputed border.

"We want a settlement before the winter," said Sergei Kovalenko, the deputy foreign minister.

Speaking later, Mr Kovalenko said the talks had been useful.
""",
    "geneva.txt": """Ministers hold talks in Geneva

Foreign minister Sergey Kovalenko met his counterpart in Geneva on Friday.

Mr Kovalenko reiterated the view that Moscow has "never threatened its neighbours" at all.

The United States said it would study the proposals.
""",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder: Path = tmp_path_factory.mktemp("people")
    for name, text in STORIES.items():
        write(folder, name, text)
    return Library.load(folder)


def test_spellings_of_one_person_are_one_entry(library: Library) -> None:
    names = [p.name for p in library.people.people]
    assert sum("Kovalenko" in n for n in names) == 1
    person = library.people.canonical("Sergei Kovalenko")
    assert person is not None and person == library.people.canonical("Sergey Kovalenko")
    assert sorted(library.people.articles_of("Kovalenko")) == ["geneva.txt", "talks.txt"]


def test_us_and_united_states_are_one_organisation(library: Library) -> None:
    names = [p.name for p in library.people.people]
    assert "United States" in names and "US" not in names
    said = library.quotes.by_speaker("US")
    assert len(said) >= 2
    assert {q.speaker for _, q in said} == {"United States"}


def test_a_spokesman_is_not_the_company_a_letter_away(library: Library) -> None:
    tim = library.people.canonical("Tim Warner")
    assert tim is not None and tim.name == "Tim Warner"
    assert library.people.articles_of("Tim Warner") == ["virus.txt"]
    said = library.quotes.by_speaker("Tim Warner")
    assert said and {key for key, _ in said} == {"virus.txt"}
    company = library.quotes.by_speaker("Time Warner")
    assert all(key == "profits.txt" for key, _ in company)


def test_a_quotation_inside_reported_speech_counts_once(library: Library) -> None:
    said = library.quotes.by_speaker("Kovalenko", article_key="geneva.txt")
    assert len(said) == 1
    assert said[0][1].kind == "indirect"
    assert "never threatened its neighbours" in said[0][1].text
    counts = library.quotes.count_by_speaker()
    assert counts["Sergey Kovalenko"] == len(library.quotes.by_speaker("Kovalenko"))
    # the quoted words are still found by /whosaid, once
    found = library.quotes.match("never threatened its neighbours")
    assert found and found[0].quote.speaker == "Sergey Kovalenko"
    assert sum("never threatened" in m.quote.text for m in found) == 1


def test_quotes_and_people_commands_keep_the_entities_apart(library: Library) -> None:
    tim = quotes(library, "Tim Warner").pages[0]
    assert tim.title == "What Tim Warner said"
    assert all("Media giant" not in (f.name or "") for f in tim.fields)
    assert quotes(library, "Time Warmer").pages[0].title == "What Time Warner said"
    listed = people(library).pages[0].description
    assert listed is not None
    assert listed.count("**United States**") == 1 and "**US**" not in listed


def test_people_in_one_article_are_the_merged_entries(library: Library) -> None:
    geneva = [p.name for p in library.people_in("geneva.txt")]
    talks = [p.name for p in library.people_in("talks.txt")]
    kovalenko = library.people.canonical("Sergey Kovalenko")
    assert kovalenko is not None
    # both spellings are the one registry entry, listed once per article
    assert geneva.count(kovalenko.name) == 1 and talks.count(kovalenko.name) == 1
    assert "United States" in geneva and "US" not in talks
    assert library.people_in("no-such-article.txt") == []


def test_people_for_one_article_lists_only_its_people(library: Library) -> None:
    listed = people(library, article="Media giant lifts yearly profit").pages[0].description
    assert listed is not None
    assert "Laura Benning" in listed and "Kovalenko" not in listed
