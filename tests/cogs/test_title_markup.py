"""Titles that hold mentions or markdown: shown inert, found by their words, ping nobody."""

from __future__ import annotations

from bot.library import Library
from tests.support.helpers import write

USER = "123456789012345678"  # a snowflake: the length discord.py escapes as a mention


def _library(folder) -> Library:
    write(
        folder,
        "quotas.txt",
        f"Fishing **quotas** cut for_trawlermen_ in `north` ports @everyone <@{USER}>\n\n"
        "The government cut the cod quota by a fifth on Friday.\n",
    )
    write(
        folder,
        "pier.txt",
        "@here: the old pier reopens\n\nThe pier reopened on Saturday after a repair.\n",
    )
    return Library.load(folder)


async def test_a_marked_up_title_is_escaped_and_found_by_its_words(simcord_env, room, tmp_path):
    simcord_env.bot.library = _library(tmp_path)
    channel, alice, _ = room
    result = await alice.slash(channel, "summary", article="trawlermen quotas north")
    title = result.response.embeds[0].title
    assert title.startswith("Fishing \\*\\*quotas\\*\\* cut for\\_trawlermen\\_ in \\`north\\`")
    assert "@everyone" not in title and f"<@{USER}>" not in title
    message = result.response.message
    assert not message.mention_everyone and not message.mentions

    found = await alice.slash(channel, "search", query="trawlermen")
    name = found.response.embeds[0].fields[0].name
    assert "for\\_trawlermen\\_" in name and "@everyone" not in name
    listed = await alice.slash(channel, "articles")
    text = listed.response.embeds[0].description
    assert "@here" not in text and "@everyone" not in text and "\\*\\*quotas" in text
    assert not listed.response.message.mention_everyone
