"""/search, /ask and mention chat through SimCord."""

from __future__ import annotations

import discord
import pytest

from bot.library import Library
from tests.support.helpers import write
from tests.support.hostile import check_embed


async def test_search_with_typos_bolds_matches(room):
    channel, alice, _ = room
    embed = (await alice.slash(channel, "search", query="troopps bordr")).response.embeds[0]
    assert embed.fields[0].name == "1. Russia, US voice hope for diplomacy over Ukraine"
    assert "**troops**" in embed.fields[0].value


async def test_search_pages_for_the_caller(simcord_env, room, tmp_path):
    for n in range(12):
        write(tmp_path, f"s{n}.txt", f"Harbour story {n}\n\nThe harbour crane number {n} broke.\n")
    simcord_env.bot.library = Library.load(tmp_path)
    channel, alice, bob = room
    result = await alice.slash(channel, "search", query="harbour crane")
    assert result.response.embeds[0].footer.text.startswith("Page 1 of 3")
    refused = await bob.click(result.response.message, label="›")
    assert refused.ephemeral
    await alice.click(result.response.message, label="›")
    assert channel.last_message.embeds[0].footer.text.startswith("Page 2 of 3")


async def test_search_without_hits_suggests(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "search", query="xylophone quartet")
    assert result.ephemeral
    assert result.response.embeds[0].title == "No results"


async def test_a_phrase_without_hits_says_its_words_may_be_searched_apart(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "search", query='"Geneva xylophone" talks')
    description = result.response.embeds[0].description
    assert "without the marks" in description
    assert "“/search Geneva xylophone talks”" in description


async def test_no_results_in_one_article_names_it_and_offers_every_article(room, seed_library):
    channel, alice, _ = room
    title = seed_library.articles[0].title
    result = await alice.slash(channel, "search", query="xylophone", article=title)
    description = result.response.embeds[0].description
    assert description.startswith("Nothing in “")
    assert "Did you mean" not in description
    assert "Leave out `article`" in description


@pytest.mark.parametrize("query", ['"xylophone quartet"', "“xylophone quartet”"])
async def test_a_phrase_without_hits_is_quoted_back_in_one_pair_of_marks(room, query):
    channel, alice, _ = room
    result = await alice.slash(channel, "search", query=query)
    description = result.response.embeds[0].description
    assert "matches “xylophone quartet”." in description


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many troops does Russia have near the border?", "100,000"),
        ("where did Blinken and Lavrov meet?", "Geneva"),
        ("who said critical moment?", "Antony Blinken"),
        ("what did Lavrov say?", "Sergey Lavrov"),
        ("summarise the latest article", "Russia, US voice hope"),
    ],
)
async def test_ask_routes_each_kind_of_question(room, question, expected):
    channel, alice, _ = room
    embed = (await alice.slash(channel, "ask", question=question)).response.embeds[0]
    text = (embed.title or "") + (embed.description or "") + str([f.value for f in embed.fields])
    assert expected in text


@pytest.mark.simcord(approved_intents=discord.Intents.default())  # no privileged intents
async def test_a_mention_is_answered_as_a_reply(simcord_env, room):
    channel, alice, _ = room
    bot_mention = simcord_env.bot.user.mention
    question = await alice.send(channel, f"{bot_mention} who said critical moment? @everyone")
    reply = channel.last_message
    assert reply.author.id == simcord_env.bot.user.id
    assert reply.reference is not None and reply.reference.message_id == question.id
    assert "Antony Blinken" in reply.embeds[0].description


async def test_messages_without_a_mention_are_ignored(simcord_env, room):
    channel, alice, _ = room
    message = await alice.send(channel, "who said critical moment?")
    assert channel.last_message.id == message.id


async def test_the_phrase_hint_escapes_what_the_user_typed(room):
    channel, alice, _ = room
    query = '"<#123456789012345678> @everyone xylophone"'
    embed = (await alice.slash(channel, "search", query=query)).response.embeds[0]
    check_embed(embed)
    assert "without the marks" in embed.description
