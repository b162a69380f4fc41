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


BODIES = {
    "media.txt": """Cable sales lift Northgate Media profit

Quarterly profits at media giant NorthGate jumped 12% to $410m, helped by strong demand for its cable packages.

NorthGate said sales rose 4% in the three months to December, and it expects higher revenue next year.

North Gate said on Friday that it would buy back shares worth $2bn over two years. "We had a strong year across all our businesses," chief executive Alan Morley said.
""",  # noqa: E501
    "fraud.txt": """Security firm warns of fake invoices

Small firms have received fake invoices printed with the logo of media group NorthGate.

"People trust a name they know," said Nora Gate, a researcher at the firm.
""",
    "stadium.txt": """Club agrees stadium deal

Harlow United has agreed a deal to build a new 30,000-seat stadium on the edge of the town.

"This is a great day for the club and its supporters," said chairman Neil Ashby.

Harlow United said the ground would be ready by 2008. Fans group Supporters United welcomed the news.

Car maker Kelso Motors will sponsor the new stand.
""",  # noqa: E501
}


BODIES["rail.txt"] = """Rail fares to rise by 4%

Rail fares will rise by an average of 4% in January, the Transport Department has confirmed.

Transport Department spokesman said the rise was needed to pay for new trains.

The IRTA said fares were already too high. IRTA official said: "This is another blow for commuters who have no other way to get to work."
"""  # noqa: E501


BODIES["jeweller.txt"] = """Luxury group buys jeweller

Paris-based Ardelle has agreed to buy the Swiss jeweller Montclair for 900m euros.

"Montclair is a jewel of a brand," Ardelle chief executive Henri Vasseur said.
"""
BODIES["shares.txt"] = """Luxury shares rise in Paris

Shares in luxury goods group Ardelle rose 3% after the firm reported higher sales in Asia.

Ardelle said demand for its watches had grown quickly in China.
"""


BODIES["fares.txt"] = """Nat Dems pledge to cut rail fares

The National Democrats have promised to cut rail fares by a tenth if they win the election.

The Nat Dems said the cut would be paid for by a tax on airline fuel.
"""
BODIES["poll.txt"] = """Poll boost for smaller parties

The Nat Dems said on Sunday that their support had doubled since the spring.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder: Path = tmp_path_factory.mktemp("bodies")
    for name, text in BODIES.items():
        write(folder, name, text)
    return Library.load(folder)


def test_a_company_written_with_and_without_a_space_is_one_body(bodies: Library) -> None:
    listed = [p for p in bodies.people_in("media.txt") if "Gate" in p.name]
    assert len(listed) == 1 and listed[0].kind == "organisation"
    company = bodies.people.canonical("North Gate", "media.txt")
    assert company is not None and company.kind == "organisation"
    assert company == bodies.people.canonical("NorthGate")
    said = bodies.quotes.by_speaker("North Gate", article_key="media.txt")
    assert len(said) == 2 and {q.speaker for _, q in said} == {company.name}
    # a woman whose surname is a word of the company's name is still her own person
    nora = bodies.people.canonical("Nora Gate")
    assert nora is not None and nora.kind == "person" and nora != company


def test_a_club_or_a_supporters_group_is_no_person(bodies: Library) -> None:
    kinds = {p.name: p.kind for p in bodies.people_in("stadium.txt")}
    assert kinds["Harlow United"] == "organisation"
    assert kinds["Supporters United"] == "organisation"
    assert kinds["Neil Ashby"] == "person"


SPELLINGS = {
    "bid.txt": """Steelmaker rejects takeover bid

The board of Caldor Steel has rejected a takeover offer from a rival group.

"The offer undervalues the company," said chairman Dmitri Vasilenkovsky.

Peter Davis, an analyst at Holt Securities, said a higher offer was likely.
""",
    "talks.txt": """Steel bid talks resume

Talks on the takeover of Caldor Steel resumed on Monday.

"We remain open to a fair offer," said Dmitri Vasilenkovsky, the firm's chairman.

Peter Davis, of Holt Securities, said shareholders wanted a quick deal.
""",
    "deal.txt": """Caldor Steel agrees sale

Caldor Steel has agreed to be sold to a rival for $3bn.

"This is the right deal for our workers," said chairman Dmitri Vasilenkosvky.

Peter Davies, the local MP, said he would seek guarantees on jobs.
""",
}


@pytest.fixture(scope="module")
def spellings(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder: Path = tmp_path_factory.mktemp("spellings")
    for name, text in SPELLINGS.items():
        write(folder, name, text)
    return Library.load(folder)


def test_a_misspelt_surname_is_the_person_other_articles_spell_right(spellings: Library) -> None:
    chairman = spellings.people.canonical("Dmitri Vasilenkosvky")
    assert chairman is not None and chairman.name == "Dmitri Vasilenkovsky"
    assert sorted(spellings.people.articles_of("Dmitri Vasilenkosvky")) == [
        "bid.txt",
        "deal.txt",
        "talks.txt",
    ]
    said = spellings.quotes.by_speaker("Dmitri Vasilenkovsky")
    assert {key for key, _ in said} == {"bid.txt", "deal.txt", "talks.txt"}
    assert [p.name for p in spellings.people_in("deal.txt")].count(chairman.name) == 1


def test_a_short_surname_a_letter_away_is_another_person(spellings: Library) -> None:
    davis = spellings.people.canonical("Peter Davis")
    davies = spellings.people.canonical("Peter Davies")
    assert davis is not None and davies is not None and davis != davies
    assert spellings.people.articles_of("Peter Davies") == ["deal.txt"]


def test_the_voice_of_a_body_is_the_body(bodies: Library) -> None:
    listed = {p.name: p.kind for p in bodies.people_in("rail.txt")}
    assert listed == {"Transport Department": "organisation", "IRTA": "organisation"}
    department = bodies.people.canonical("Transport Department spokesman")
    assert department is not None and department.name == "Transport Department"
    said = bodies.quotes.by_speaker("Transport Department")
    assert any("new trains" in q.text for _, q in said)
    irta = bodies.people.canonical("IRTA official")
    assert irta is not None and irta.name == "IRTA" and irta.kind == "organisation"


def test_a_description_written_onto_a_name_is_not_part_of_it(bodies: Library) -> None:
    ardelle = bodies.people.canonical("Paris-based Ardelle")
    assert ardelle is not None and ardelle.name == "Ardelle"
    assert ardelle.kind == "organisation"
    assert sorted(bodies.people.articles_of("Ardelle")) == ["jeweller.txt", "shares.txt"]
    assert [p.name for p in bodies.people_in("jeweller.txt")] == ["Ardelle", "Henri Vasseur"]


def test_a_body_s_shortened_name_is_the_body(bodies: Library) -> None:
    party = bodies.people.canonical("Nat Dems")
    assert party is not None and party.name == "National Democrats"
    assert sorted(bodies.people.articles_of("Nat Dems")) == ["fares.txt", "poll.txt"]
    assert [p.name for p in bodies.people_in("fares.txt")] == ["National Democrats"]
    said = bodies.quotes.by_speaker("National Democrats")
    assert {key for key, _ in said} == {"fares.txt", "poll.txt"}
