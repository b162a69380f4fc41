"""/whosaid on a story the engine reads itself: a quote whose cue names the speaker by
surname or by title and surname is said plainly; one attributed by "she" is probably
theirs; /quotes with a common word finds no one. Through SimCord."""

from __future__ import annotations

import pytest

from bot.app import ArticleBot
from bot.library import Library
from tests.support.helpers import make_settings, write

STORY = """Ferry operator names new chief

Harbour Lines has appointed Joanna Petrakis as its chief executive after a year of delays.

"We will put the timetable right before the summer crossings," said Petrakis.

"Passengers have waited long enough for reliable sailings," Ms Petrakis told staff on Monday.

She said later: "The new boats arrive from the yard in April and will be in service by May."

"This is good news for the island," said councillor Saida Rahman.
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("ferry")
    write(folder, "ferry.txt", STORY)
    return Library.load(folder)


@pytest.fixture
def simcord_bot(ferry: Library) -> ArticleBot:
    return ArticleBot(make_settings(), library=ferry)


async def _whosaid(room: tuple, words: str):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote=words)
    return result.response.embeds[0]


async def test_a_surname_cue_is_said_plainly(room):
    embed = await _whosaid(room, "put the timetable right")
    assert embed.description.startswith("**Joanna Petrakis**")
    assert "Probably" not in embed.description
    assert "speaker named in the article" in embed.footer.text


async def test_a_title_and_surname_cue_is_said_plainly(room):
    embed = await _whosaid(room, "waited long enough for reliable sailings")
    assert embed.description.startswith("**Joanna Petrakis**")
    assert "Probably" not in embed.description


async def test_a_pronoun_cue_is_probably_them(room):
    embed = await _whosaid(room, "new boats arrive from the yard")
    assert embed.description.startswith("Probably **Joanna Petrakis**")


async def test_a_common_word_finds_no_one(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "quotes", speaker="said")
    embed = result.response.embeds[0]
    shown = (embed.title or "") + (embed.description or "")
    assert "Rahman" not in shown and "Petrakis" not in shown  # "said" begins "Saida"
