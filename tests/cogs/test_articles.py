"""/articles and /article through discord.py's real command machinery (SimCord)."""

from __future__ import annotations

from pathlib import Path

import pytest
from discord import app_commands

from bot import handlers
from bot.library import Library
from tests.support.helpers import write


def many_articles(folder: Path, count: int) -> Library:
    for number in range(count):
        write(
            folder,
            f"story{number:02}.md",
            f"---\ntitle: Story number {number} about harbours\n"
            f"published: 2024-01-{number + 1:02}\n---\nThe harbour reopened on day {number}.\n",
        )
    return Library.load(folder)


async def test_article_shows_the_seed(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "article", title="rusia diplomcy")
    embed = result.response.embeds[0]
    assert embed.title == "Russia, US voice hope for diplomacy over Ukraine"
    assert "Antony Blinken" in embed.description
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Dateline"] == "GENEVA"
    assert fields["Byline"] == "Foreign Desk Report"
    assert "15 paragraphs" in fields["Length"]
    assert not result.ephemeral


async def test_unknown_title_is_private_and_suggests(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "article", title="zebra migration")
    assert result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "Article not found"
    assert "Russia, US voice hope for diplomacy over Ukraine" in embed.description


async def test_title_autocomplete_tolerates_typos(room):
    channel, alice, _ = room
    choices = await alice.autocomplete(channel, "article", "title", "diplomcy ukrane")
    assert choices[0]["name"] == "Russia, US voice hope for diplomacy over Ukraine"
    result = await alice.slash(channel, "article", title=choices[0]["value"])
    assert result.response.embeds[0].title == choices[0]["name"]


async def test_articles_pages_for_the_caller_only(simcord_env, room, tmp_path):
    simcord_env.bot.library = many_articles(tmp_path, 23)
    channel, alice, bob = room
    result = await alice.slash(channel, "articles")
    message = result.response.message
    first = result.response.embeds[0]
    assert first.title == "Articles (23)"
    assert "Story number 22" in first.description  # newest first
    assert first.footer.text.startswith("Page 1 of 3")

    await alice.click(message, label="›")
    assert channel.last_message.embeds[0].footer.text.startswith("Page 2 of 3")

    refused = await bob.click(message, label="»")
    assert refused.ephemeral
    assert "Only the person" in refused.response.content
    assert channel.last_message.embeds[0].footer.text.startswith("Page 2 of 3")

    await alice.click(message, label="»")
    last_page = channel.last_message.embeds[0]
    assert last_page.footer.text.startswith("Page 3 of 3")
    assert "Story number 0 " in last_page.description

    await simcord_env.advance_time(200)  # the pager times out and its buttons go away
    assert channel.last_message.components == []


async def test_errors_get_an_apology_and_the_bot_goes_on(simcord_env, room, monkeypatch):
    channel, alice, _ = room

    def broken(*args, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setitem(
        handlers.REGISTRY,
        "article",
        handlers.CommandSpec("article", "x", handlers.REGISTRY["article"].options, broken),
    )
    result = await alice.slash(channel, "article", title="russia")
    assert result.ephemeral
    assert result.response.embeds[0].title == "Something went wrong"
    assert any("engine exploded" in str(e) for e in simcord_env.errors)
    monkeypatch.undo()
    again = await alice.slash(channel, "article", title="russia")
    assert again.response.embeds[0].title.startswith("Russia")


@pytest.mark.bot_settings(command_cooldown=30)
async def test_cooldown_answers_politely(simcord_env, room):
    channel, alice, bob = room
    first = await alice.slash(channel, "articles")
    assert not first.ephemeral
    second = await alice.slash(channel, "articles")
    assert second.ephemeral
    assert second.response.embeds[0].title == "Slow down a little"
    assert "<t:" in second.response.embeds[0].description
    assert any(isinstance(e, app_commands.CommandOnCooldown) for e in simcord_env.errors)
    other_user = await bob.slash(channel, "articles")
    assert not other_user.ephemeral
    await simcord_env.advance_time(31)
    third = await alice.slash(channel, "articles")
    assert not third.ephemeral


def test_a_mention_alone_is_no_title(tmp_path):
    # "@everyone" folds to "everyone", a typo away from "Everton": a mention is no
    # title, so no fuzzy match, a polite answer; with words beside it, the words count
    write(tmp_path, "derby.md", "---\ntitle: Everton win the derby\n---\nEverton won 2-1.\n")
    write(tmp_path, "port.md", "---\ntitle: Harbour reopens\n---\nThe harbour reopened.\n")
    library = Library.load(tmp_path)
    for title in ("@everyone", "<@1234567890>", " @here "):
        reply = handlers.run_safely("article", library, title=title)
        embed = reply.pages[0]
        assert reply.ephemeral
        assert embed.title == "Not an article title"
        assert "Everton" not in (embed.description or "")
    reply = handlers.run_safely("article", library, title="@everyone harbour reopens")
    assert reply.pages[0].title == "Harbour reopens"
