"""How sure /whosaid is, in words: named, resolved, carried over, unattributed; reported
speech with its verb; /quotes marking the uncertain ones; the no-match reply. Through
SimCord, on a story written here whose attributions are set by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import ArticleBot
from bot.articles.analysis import Analysis
from bot.articles.model import Article, Person, Quote
from bot.handlers.quote_handlers import who_is, whosaid
from bot.library import Library
from tests.support.helpers import make_settings, write

STORY = """Harbour plan wins council backing

The council's planning committee on Tuesday approved a £40m plan to rebuild the harbour wall.

"This is the best chance in a generation to protect the seafront," said Maria Okafor, its chair.

She said that "the work will start before the winter storms".

Residents who opposed the scheme were not convinced. "Nobody asked the fishermen," a leaflet read.

The port authority rejects claims that the new wall will block the ferry lane.

The Harbour Trust denied that it had cut corners on the flood survey.

Councillor Paul Reed did not say the scheme would raise rents.

Later she said the first contracts would be signed in March.

Ms Okafor told reporters the committee had "no other choice" after the storms of last year.

"We have listened to every objection," Ms Okafor said.

"The sea does not wait for committees. Every household on the front will be safer."
"""

OKAFOR = "Maria Okafor"
SEA = "The sea does not wait for committees. Every household on the front will be safer."
Statement = tuple[str, str, str | None, str | None, str]  # words, kind, speaker, cue, how
STATEMENTS: list[Statement] = [
    (
        "This is the best chance in a generation to protect the seafront",
        "direct",
        OKAFOR,
        "said",
        "named",
    ),
    ("the work will start before the winter storms", "partial", OKAFOR, "said", "resolved"),
    ("Nobody asked the fishermen", "direct", None, None, "unattributed"),
    ("it had cut corners on the flood survey", "indirect", "Harbour Trust", "denied", "named"),
    ("the scheme would raise rents", "indirect", "Paul Reed", "did not say", "named"),
    # the engine may keep a contrary verb in the reported words: it is not said twice
    (
        "rejects claims that the new wall will block the ferry lane",
        "indirect",
        "Port Authority",
        "rejects",
        "named",
    ),
    ("the first contracts would be signed in March", "indirect", OKAFOR, "said", "resolved"),
    ('the committee had "no other choice" after the storms', "indirect", OKAFOR, "told", "named"),
    ("no other choice", "partial", OKAFOR, "told", "named"),
    ("We have listened to every objection", "direct", OKAFOR, "said", "named"),
    (SEA, "direct", OKAFOR, None, "carried"),
]

PEOPLE = [
    Person("Maria Okafor", "chair of the planning committee", ("Ms Okafor", "Okafor")),
    Person("Harbour Trust", kind="organisation"),
    Person("Paul Reed", "councillor"),
    Person("Port Authority", kind="organisation"),
]


def _quote(article: Article, statement: Statement) -> Quote:
    words, kind, speaker, cue, how = statement
    start = article.text.index(words)
    sentence = next(s.index for s in article.sentences if s.start <= start < s.end)
    return Quote(words, kind, speaker, start, start + len(words), sentence, None, cue, how)  # type: ignore[arg-type]


def _library(
    folder: Path, statements: list[tuple[str, str, str | None, str | None, str]]
) -> Library:
    write(folder, "harbour.txt", STORY)
    loaded = Library.load(folder, quotes=False)
    article = loaded.articles[0]
    quotes = [_quote(article, s) for s in statements]
    analyses = {article.key: Analysis(list(PEOPLE), quotes)}
    return Library(loaded.articles, (), folder, analyses)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return _library(tmp_path_factory.mktemp("harbour"), STATEMENTS)


@pytest.fixture
def simcord_bot(harbour: Library) -> ArticleBot:
    """The real bot on the harbour story (this module only)."""
    return ArticleBot(make_settings(), library=harbour)


async def _whosaid(room: tuple, words: str):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote=words)
    return result.response.embeds[0]


async def test_a_named_speaker_is_said_plainly(room):
    embed = await _whosaid(room, "best chance in a generation")
    assert embed.description.startswith("**Maria Okafor**, chair of the planning committee, said:")
    assert "Probably" not in embed.description
    assert "text match" in embed.footer.text and "speaker named in the article" in embed.footer.text


async def test_a_resolved_speaker_is_probably_them(room):
    embed = await _whosaid(room, "work will start before the winter storms")
    assert embed.description.startswith("Probably **Maria Okafor**")
    assert "context" in embed.footer.text


async def test_a_carried_speaker_is_probably_them(room):
    embed = await _whosaid(room, "the sea does not wait for committees")
    assert embed.description.startswith("Probably **Maria Okafor**")
    assert "carried over" in embed.footer.text


async def test_an_unattributed_quote_names_nobody(room):
    embed = await _whosaid(room, "nobody asked the fishermen")
    assert embed.description.startswith("**Not attributed in the article.**")
    assert "Okafor" not in embed.description and "unnamed" not in embed.description
    assert "does not say who said it" in embed.footer.text


async def test_the_percentage_is_the_text_match_only(room):
    embed = await _whosaid(room, "nobody asked the fishermen")
    assert "text match 100%" in embed.footer.text
    assert "· match" not in embed.footer.text


async def test_a_denial_is_shown_as_a_denial(room):
    embed = await _whosaid(room, "cut corners on the flood survey")
    assert embed.description.startswith("**Harbour Trust** denied (reported):")
    assert "Reported (denied)" in embed.footer.text


async def test_quotes_show_the_verb_of_reported_speech_and_mark_the_uncertain(room):
    channel, alice, bob = room
    reed = await alice.slash(channel, "quotes", speaker="Paul Reed")
    names = [f.name for f in reed.response.embeds[0].fields]
    assert names == ["Reported (did not say) · Harbour plan wins council backing"]

    result = await alice.slash(channel, "quotes", speaker="Okafor")
    first = result.response.embeds[0]
    # seven of the engine's entries, one of them inside a reported sentence: six statements
    assert "6 statements (3 marked “probably theirs”" in first.description
    pages = [first]
    assert first.footer.text.startswith("Page 1 of 2")
    refused = await bob.click(result.response.message, label="›")
    assert refused.ephemeral
    await alice.click(result.response.message, label="›")
    pages.append(channel.last_message.embeds[0])
    fields = [f for page in pages for f in page.fields]
    assert len(fields) == 6
    marked = [f.name for f in fields if "probably theirs" in f.name]
    assert len(marked) == 3
    assert sum("no other choice" in f.value for f in fields) == 1


async def test_no_match_says_what_was_searched(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote="the quick brown fox jumps")
    embed = result.response.embeds[0]
    assert result.ephemeral and embed.title == "No quote matched"
    assert "I searched 10 quotes and reported statements from 1 article" in embed.description
    assert "/search" in embed.description


def test_no_match_in_a_library_without_quotes(tmp_path: Path) -> None:
    library = _library(tmp_path, [])
    reply = whosaid(library, "the quick brown fox")
    embed = reply.pages[0]
    assert reply.ephemeral and embed.title == "No quotes yet"
    assert embed.description is not None
    assert "no quotes or reported statements in the 1 article" in embed.description


def test_who_is_marks_the_statements_that_are_probably_theirs(harbour: Library) -> None:
    embed = who_is(harbour, "Okafor").pages[0]
    said = next(f.value for f in embed.fields if (f.name or "").startswith("Statements"))
    assert said is not None
    lines = said.splitlines()
    assert len(lines) == 3
    assert [line.endswith("*(probably theirs)*") for line in lines] == [False, False, True]


async def test_a_verb_already_in_the_reported_words_is_not_repeated(room):
    embed = await _whosaid(room, "new wall will block the ferry lane")
    assert embed.description.startswith("**Port Authority** (reported):\n> rejects claims")
    assert embed.footer.text.startswith("Reported · ")
