"""/summary url: and the "Summarize article" menu through SimCord, against a local
server: the summary with who is quoted, the article kept for the server, and a polite
private refusal for every bad link."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import ArticleBot
from bot.library import Library
from tests.support.helpers import make_settings
from tests.support.webserver import threaded_server

TITLE = "Harbour council approves new ferry route"


@pytest.fixture
def host() -> Iterator[str]:
    with threaded_server() as served:
        yield served


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    return tmp_path / "articles"


@pytest.fixture
def simcord_bot(seed_library: Library, host: str, articles: Path) -> ArticleBot:
    settings = make_settings(articles_dir=articles, fetch_allow_hosts=host)
    return ArticleBot(settings, library=seed_library)


@pytest.fixture(autouse=True)
async def close_readers(simcord_env) -> AsyncIterator[None]:
    """SimCord does not close the bot; the cogs' fetch sessions are closed here."""
    yield
    for name in ("Links", "Summaries"):
        cog = simcord_env.bot.get_cog(name)
        if cog is not None:
            await cog.reader.close()


def saved(articles: Path) -> list[Path]:
    return sorted(articles.rglob("*.md")) if articles.exists() else []


async def test_summary_of_a_link_is_kept_for_the_server(room, host, articles):
    channel, alice, _ = room
    result = await alice.slash(channel, "summary", url=f"http://{host}/story.html")
    assert not result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == TITLE
    assert embed.url == f"http://{host}/story.html"
    assert "ferry" in embed.description
    quoted = next(f for f in embed.fields if f.name == "Who is quoted")
    assert "Ingrid Berg" in quoted.value
    assert "Kept" in embed.footer.text and "Coastal Herald" in embed.footer.text
    (path,) = saved(articles)
    assert path.parent == articles / "guilds" / str(channel.guild.id)
    assert path.read_text(encoding="utf-8").startswith(f"---\ntitle: {TITLE}\n")


async def test_summary_length_options_apply_to_links(room, host):
    channel, alice, _ = room
    result = await alice.slash(channel, "summary", url=f"http://{host}/story.html", length="short")
    assert result.response.embeds[0].footer.text.startswith("1 of ")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/news", "private network address"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:8080/", "loopback"),
        ("file:///etc/passwd", "Only http and https links"),
        ("not a link at all", "should start with http:// or https://"),
    ],
)
async def test_bad_links_are_refused_privately_before_fetching(room, articles, url, reason):
    channel, alice, _ = room
    result = await alice.slash(channel, "summary", url=url)
    assert result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "I can't read that link"
    assert reason in embed.description
    assert saved(articles) == []


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.html", "HTTP 404 Not Found"),
        ("/photo.jpg", "Not an HTML page (image/jpeg)"),
        ("/index.html", "too little text to be an article"),
    ],
)
async def test_pages_that_give_no_article_get_the_reason(room, host, articles, path, reason):
    channel, alice, _ = room
    result = await alice.slash(channel, "summary", url=f"http://{host}{path}")
    embed = result.response.embeds[0]
    assert embed.title == "I can't read that link"
    assert reason in embed.description
    assert saved(articles) == []


async def test_a_title_and_a_link_together_are_refused(room, host):
    channel, alice, _ = room
    url = f"http://{host}/story.html"
    result = await alice.slash(channel, "summary", article="diplomacy", url=url)
    assert result.ephemeral
    assert result.response.embeds[0].title == "A title or a link, not both"


async def test_menu_summarises_the_first_link_in_a_message(room, host, articles):
    channel, alice, bob = room
    message = await bob.send(channel, f"Big news today (<http://{host}/story.html>), read it!")
    result = await alice.context_menu(channel, "Summarize article", message)
    embed = result.response.embeds[0]
    assert embed.title == TITLE
    assert "Ingrid Berg" in next(f.value for f in embed.fields if f.name == "Who is quoted")
    assert len(saved(articles)) == 1


async def test_menu_on_a_message_without_a_link(room):
    channel, alice, bob = room
    message = await bob.send(channel, "no links here, just chat about www dot nothing")
    result = await alice.context_menu(channel, "Summarize article", message)
    assert result.ephemeral
    assert result.response.embeds[0].title == "No link there"


async def test_menu_refuses_an_internal_link(room, articles):
    channel, alice, bob = room
    message = await bob.send(channel, "look http://192.168.1.1/admin")
    result = await alice.context_menu(channel, "Summarize article", message)
    assert result.ephemeral
    assert "private network address" in result.response.embeds[0].description
    assert saved(articles) == []


async def test_in_a_direct_message_the_article_is_not_kept(simcord_env, host, articles):
    user = simcord_env.create_user("carol")
    result = await user.slash("summary", url=f"http://{host}/story.html")
    embed = result.response.embeds[0]
    assert embed.title == TITLE
    assert "Not kept" in embed.footer.text
    assert saved(articles) == []
