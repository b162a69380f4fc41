"""/feed through SimCord, against a local news site: who may manage feeds, adding,
listing and removing, every bad input answered without changing anything, the newest
article posted at once, and the feed's articles visible in its server only."""

from __future__ import annotations

import json

import discord
import pytest
from simcord import SetupError

from bot.app import ArticleBot
from bot.library import Library
from tests.support.feedsite import FeedSite, story
from tests.support.helpers import make_settings
from tests.support.webserver import serve


@pytest.fixture
async def news_site():
    site = FeedSite()
    async with serve(site.app()) as (base, limits):
        site.base = base
        site.add_feed("main", [story(n) for n in range(4)])
        yield site, limits


@pytest.fixture
def simcord_bot(seed_library, news_site, tmp_path):
    _, limits = news_site
    settings = make_settings(
        articles_dir=tmp_path / "articles",
        data_dir=tmp_path / "data",
        fetch_allow_hosts=limits.allow_hosts,
    )
    return ArticleBot(settings, library=Library(()))


@pytest.fixture(autouse=True)
async def stop_the_poller(simcord_env):
    """SimCord does not close the bot: stop the poller (and its HTTP session) here."""
    yield
    bot = simcord_env.bot
    if bot.poller is not None:
        await bot.poller.stop()
    if bot.state is not None:
        bot.state.close()


@pytest.fixture
def newsroom(simcord_env):
    """(channel, editor with Manage Server, reader without it)."""
    guild = simcord_env.create_guild("Valley")
    channel = guild.create_text_channel("news")
    editors = guild.create_role("editors", permissions=discord.Permissions(manage_guild=True))
    editor = guild.add_member(simcord_env.create_user("editor"), roles=[editors])
    reader = guild.add_member(simcord_env.create_user("reader"))
    return channel, editor, reader


def text_of(result) -> str:
    embeds = result.response.embeds if result.response else []
    return json.dumps([e.to_dict() for e in embeds])


def feed_url(news_site) -> str:
    site, _ = news_site
    return f"{site.base}/feeds/main.xml"


async def test_feed_commands_are_hidden_from_members_without_manage_server(newsroom, news_site):
    channel, _, reader = newsroom
    assert "feed add" not in reader.available_commands(channel)
    with pytest.raises(SetupError):
        await reader.slash(channel, "feed add", url=feed_url(news_site))


async def test_feed_commands_are_not_offered_in_direct_messages(simcord_env):
    user = simcord_env.create_user("someone")
    assert not any(name.startswith("feed") for name in user.available_commands())


async def test_a_visible_command_still_checks_the_permission_or_owner_ids(
    simcord_env, newsroom, news_site
):
    channel, _, reader = newsroom
    guild = simcord_env.guild
    command = simcord_env.backend.find_command("feed", None)
    guild.set_command_permissions(int(command["id"]), {reader: True})
    refused = await reader.slash(channel, "feed list")
    assert refused.ephemeral and "Not allowed" in text_of(refused)
    assert simcord_env.errors  # the CheckFailure went through the error handler
    owner = guild.add_member(simcord_env.create_user("owner"))
    simcord_env.bot.settings.owner_ids = frozenset({owner.id})  # OWNER_IDS
    guild.set_command_permissions(int(command["id"]), {reader: True, owner: True})
    allowed = await owner.slash(channel, "feed list")
    assert "No feeds yet" in text_of(allowed)


async def test_adding_a_feed_posts_its_newest_article_once(simcord_env, newsroom, news_site):
    channel, editor, _ = newsroom
    result = await editor.slash(channel, "feed add", url=feed_url(news_site))
    assert result.ephemeral and "Feed added" in text_of(result)
    await simcord_env.bot.poller.poll_due()  # whatever the background round left
    posts = [m for m in channel.history() if m.author.id == simcord_env.bot.user.id]
    assert [m.embeds[0].title for m in posts] == [story(3).title]
    embed = posts[0].embeds[0]
    assert embed.url.endswith(story(3).slug) and "said" not in (embed.title or "")
    assert any(f.name == "Notable quote" for f in embed.fields)
    listed = text_of(await editor.slash(channel, "feed list"))
    assert "Valley Courier" in listed and "4 article(s)" in listed and "Last success: <t:" in listed


async def test_a_sites_address_finds_its_feed(newsroom, news_site):
    channel, editor, _ = newsroom
    site, _ = news_site
    result = await editor.slash(channel, "feed add", url=site.base + "/")
    assert "Found on" in text_of(result) and "/feeds/main.xml" in text_of(result)


async def test_adding_twice_is_refused_and_changes_nothing(simcord_env, newsroom, news_site):
    channel, editor, _ = newsroom
    await editor.slash(channel, "feed add", url=feed_url(news_site))
    again = await editor.slash(channel, "feed add", url=feed_url(news_site))
    assert again.ephemeral and "Already following" in text_of(again)
    assert len(simcord_env.bot.state.feeds()) == 1


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/feed-0/story-1", "names no RSS or Atom feed"),
        ("/feeds/missing.xml", "HTTP 404"),
        ("/broken.xml", "well-formed"),
    ],
)
async def test_bad_feeds_are_answered_and_change_nothing(
    simcord_env, newsroom, news_site, path, reason
):
    channel, editor, _ = newsroom
    site, _ = news_site
    site.raw["/broken.xml"] = ("application/rss+xml", b"<rss version='2.0'><channel><item>")
    result = await editor.slash(channel, "feed add", url=site.base + path)
    assert (
        result.ephemeral and reason in text_of(result) and "Nothing was changed" in text_of(result)
    )
    assert simcord_env.bot.state.feeds() == []


async def test_private_addresses_are_refused(simcord_env, newsroom):
    channel, editor, _ = newsroom
    result = await editor.slash(channel, "feed add", url="http://10.0.0.8/feed.xml")
    assert "refused" in text_of(result) and simcord_env.bot.state.feeds() == []


async def test_removing_a_feed_and_one_that_does_not_exist(simcord_env, newsroom, news_site):
    channel, editor, _ = newsroom
    missing = await editor.slash(channel, "feed remove", url="http://nowhere.test/rss")
    assert missing.ephemeral and "No such feed" in text_of(missing)
    await editor.slash(channel, "feed add", url=feed_url(news_site))
    choices = await editor.autocomplete(channel, "feed remove", "url", "main")
    assert [c["value"] for c in choices] == [feed_url(news_site)]
    removed = await editor.slash(channel, "feed remove", url=feed_url(news_site))
    assert "Feed removed" in text_of(removed)
    assert "No feeds yet" in text_of(await editor.slash(channel, "feed list"))


async def test_a_paused_feed_can_be_resumed(simcord_env, newsroom, news_site):
    channel, editor, _ = newsroom
    await editor.slash(channel, "feed add", url=feed_url(news_site))
    state = simcord_env.bot.state
    feed = state.feeds()[0]
    not_paused = await editor.slash(channel, "feed resume", url=feed.url)
    assert "Not paused" in text_of(not_paused)
    state.record_failure(feed.id, "HTTP 500", now=0, next_poll=10**12, pause_after=1)
    assert "paused" in text_of(await editor.slash(channel, "feed list"))
    resumed = await editor.slash(channel, "feed resume", url=feed.url)
    assert "Feed resumed" in text_of(resumed) and not state.feeds()[0].paused


async def test_a_feeds_articles_are_seen_only_in_its_server(simcord_env, newsroom, news_site):
    channel, editor, _ = newsroom
    await editor.slash(channel, "feed add", url=feed_url(news_site))
    await simcord_env.bot.poller.poll_due()
    other = simcord_env.create_guild("Elsewhere")
    other_channel = other.create_text_channel("general")
    stranger = other.add_member(simcord_env.create_user("stranger"))
    here = text_of(await editor.slash(channel, "articles"))
    there = text_of(await stranger.slash(other_channel, "articles"))
    assert story(3).title in here and story(0).title in here
    assert story(3).title not in there and story(0).title not in there
