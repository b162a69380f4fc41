"""/summary through SimCord: default latest, autocomplete, every length, unknown article."""

from __future__ import annotations

import pytest

from bot.articles.summarize import LENGTHS
from bot.library import Library
from tests.support.helpers import write

SEED_TITLE = "Russia, US voice hope for diplomacy over Ukraine"


async def test_default_is_the_latest_article(room):
    channel, alice, _ = room
    embed = (await alice.slash(channel, "summary")).response.embeds[0]
    assert embed.title == SEED_TITLE
    assert embed.footer.text.startswith("3 of ")
    assert "Geneva" in embed.description


@pytest.mark.parametrize(("length", "count"), sorted(LENGTHS.items()))
async def test_each_length(room, length, count):
    channel, alice, _ = room
    embed = (await alice.slash(channel, "summary", length=length)).response.embeds[0]
    assert embed.footer.text.startswith(f"{count} of ")


async def test_key_points_are_bullets(room):
    channel, alice, _ = room
    embed = (await alice.slash(channel, "summary", length="key points")).response.embeds[0]
    bullets = [line for line in embed.description.splitlines() if line.startswith("• ")]
    assert len(bullets) == 5
    assert all(len(b) <= 310 for b in bullets)
    assert len(embed.description) <= 4096
    for bullet in bullets:  # whole, or stopped where a clause ends
        assert bullet.endswith((".", "…", '"', "”"))


async def test_twenty_key_points_fit_one_embed(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "summary", length="key points", sentences=20)
    embed = result.response.embeds[0]
    assert len(embed.description) <= 4096
    # the seed has 16 sentences, one of them a restatement of the lead
    assert embed.description.count("• ") == 15
    assert "15 of the 16 sentences asked for" in embed.description
    assert embed.footer.text.startswith("15 of 16")


async def test_sentences_option_and_autocomplete(room):
    channel, alice, _ = room
    choices = await alice.autocomplete(channel, "summary", "article", "diplomcy")
    assert choices[0]["name"] == SEED_TITLE
    result = await alice.slash(channel, "summary", article=choices[0]["value"], sentences=4)
    assert result.response.embeds[0].footer.text.startswith("4 of ")


async def test_unknown_article(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "summary", article="zebra migration")
    assert result.ephemeral
    assert result.response.embeds[0].title == "Article not found"


async def test_short_article_is_shown_whole(simcord_env, room, tmp_path):
    write(tmp_path, "tiny.txt", "Tiny news\n\nOnly one sentence here.\n")
    simcord_env.bot.library = Library.load(tmp_path)
    channel, alice, _ = room
    embed = (await alice.slash(channel, "summary", length="long")).response.embeds[0]
    assert "only 1 sentence" in embed.description
    assert "Only one sentence here." in embed.description
