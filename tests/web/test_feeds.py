"""Feeds against a local news site: each format, discovery, conditional GET, new articles
written and posted once (across restarts), no backlog flood, backoff and pausing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.announce import announcement_embed, prepare
from bot.articles.analysis import Analysis
from bot.articles.model import Article
from bot.state import State
from bot.web.feeds import NotAFeed, discover_feeds, find_feed, parse_feed
from bot.web.fetch import FetchLimits
from bot.web.poller import Poller
from tests.support.feedsite import FeedSite, rss, story
from tests.support.webserver import serve

GUILD, CHANNEL = 111, 222


class Recorder:
    """The announcer's part, recorded: what would have been posted where."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, Article, Analysis]] = []
        self.notices: list[tuple[int, str]] = []

    async def announce(self, channel_id: int, article: Article, analysis: Analysis) -> bool:
        self.posts.append((channel_id, article, analysis))
        return True

    async def notice(self, channel_id: int, text: str) -> bool:
        self.notices.append((channel_id, text))
        return True

    @property
    def titles(self) -> list[str]:
        return [article.title for _, article, _ in self.posts]


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def make_poller(
    state: State, folder: Path, limits: FetchLimits, recorder: Recorder, clock: Clock
) -> Poller:
    return Poller(
        state,
        articles_dir=folder,
        interval=900,
        announcer=recorder,
        limits=limits,
        pause_after=3,
        clock=clock,
        rng=random.Random(7),
    )


# --- parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["rss", "atom", "rdf"])
def test_each_format_gives_its_entries_oldest_first(fmt):
    from tests.support.feedsite import FORMATS

    stories = [story(n) for n in range(3)]
    parsed = parse_feed(FORMATS[fmt](stories, "http://courier.test").encode(), "http://x/f")
    assert parsed.title == "Valley Courier" and parsed.site == "courier.test"
    assert [e.title for e in parsed.entries] == [s.title for s in stories]
    assert [e.link for e in parsed.entries] == [f"http://courier.test/{s.slug}" for s in stories]
    assert all(e.published is not None and e.content for e in parsed.entries)
    assert len({e.entry_id for e in parsed.entries}) == 3


def test_rss_091_without_dates_keeps_the_feeds_order_reversed():
    xml = (
        '<?xml version="1.0"?><rss version="0.91"><channel><title>Old Gazette</title>'
        "<link>http://gazette.test/</link><description>d</description>"
        "<item><title>Newer</title><link>http://gazette.test/2</link></item>"
        "<item><title>Older</title><link>http://gazette.test/1</link></item>"
        "</channel></rss>"
    )
    assert [e.title for e in parse_feed(xml.encode(), "http://gazette.test/rss").entries] == [
        "Older",
        "Newer",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"<!doctype html><html><body>Hello</body></html>", "web page"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item>", "XML"),
        (b"just some words, not a feed at all", "not"),
        (b'{"version": "https://jsonfeed.org/version/1"}', "not"),
    ],
)
def test_what_is_not_a_feed_says_why(body, reason):
    with pytest.raises(NotAFeed, match=reason):
        parse_feed(body, "http://x/feed")


def test_a_page_names_its_feeds():
    html = """<html><head><base href="http://courier.test/news/">
    <link rel="stylesheet" href="/style.css">
    <link rel="alternate" type="application/rss+xml" href="rss.xml">
    <link rel="alternate" type="application/atom+xml" href="http://courier.test/atom">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="alternate" type="text/html" hreflang="de" href="/de/">
    </head></html>"""
    assert discover_feeds(html, "http://courier.test/") == [
        "http://courier.test/news/rss.xml",
        "http://courier.test/atom",
    ]


# --- finding a feed through the fetcher ----------------------------------------------------


async def test_find_feed_takes_a_feed_or_a_sites_page():
    site = FeedSite()
    async with serve(site.app()) as (base, limits):
        site.base = base
        url = site.add_feed("main", [story(1), story(2)])
        found, parsed, page = await find_feed(url, limits=limits)
        assert (found, page) == (url, None) and len(parsed.entries) == 2
        found, parsed, page = await find_feed(base + "/", limits=limits)
        assert (found, page) == (url, base + "/")


async def test_find_feed_refuses_pages_without_feeds_and_http_errors():
    site = FeedSite()
    async with serve(site.app()) as (base, limits):
        site.base = base
        site.add_feed("main", [story(1)])
        with pytest.raises(NotAFeed, match="names no RSS or Atom feed"):
            await find_feed(f"{base}/feed-0/story-1", limits=limits)
        with pytest.raises(NotAFeed, match="HTTP 404"):
            await find_feed(f"{base}/feeds/missing.xml", limits=limits)
        site.raw["/broken.xml"] = ("application/rss+xml", b"<rss version='2.0'><channel><item>")
        with pytest.raises(NotAFeed, match="well-formed"):
            await find_feed(f"{base}/broken.xml", limits=limits)
    with pytest.raises(NotAFeed, match="refused"):
        await find_feed("http://127.0.0.1:9/feed.xml", limits=FetchLimits())


# --- polling ---------------------------------------------------------------------------


@pytest.fixture
async def site():
    feed_site = FeedSite()
    async with serve(feed_site.app()) as (base, limits):
        feed_site.base = base
        yield feed_site, limits


@pytest.mark.parametrize("fmt", ["rss", "atom", "rdf"])
async def test_a_new_subscription_posts_its_newest_article_only(site, tmp_path, fmt):
    feed_site, limits = site
    url = feed_site.add_feed("main", [story(n) for n in range(5)], fmt=fmt)
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    [report] = await poller.poll_due()
    await poller.stop()
    assert report.written == 5 and report.posted == 1
    assert recorder.titles == [story(4).title]
    files = sorted((tmp_path / "articles" / "guilds" / str(GUILD)).rglob("*.md"))
    assert len(files) == 5
    assert all(key.startswith(f"guilds/{GUILD}/") for key in report.keys)
    [status] = state.guild_feeds(GUILD)
    assert status.articles == 5 and status.feed.last_success == clock.now
    assert status.feed.title == "Valley Courier"


@pytest.mark.parametrize("validator", ["etag", "last-modified"])
async def test_later_polls_post_new_articles_oldest_first_and_304_when_unchanged(
    site, tmp_path, validator
):
    feed_site, limits = site
    feed_site.validator = validator
    stories = [story(n) for n in range(3)]
    url = feed_site.add_feed("main", stories)
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    await poller.poll_due()
    clock.now += 1000
    [unchanged] = await poller.poll_due()
    assert unchanged.not_modified and feed_site.not_modified["/feeds/main.xml"] == 1
    stories += [story(3), story(4)]
    clock.now += 1000
    [report] = await poller.poll_due()
    await poller.stop()
    assert report.posted == 2
    assert recorder.titles == [story(2).title, story(3).title, story(4).title]
    assert all(channel == CHANNEL for channel, _, _ in recorder.posts)


async def test_nothing_is_posted_twice_across_a_restart(site, tmp_path):
    feed_site, limits = site
    feed_site.conditional = False  # the server ignores ETags: dedupe must hold alone
    url = feed_site.add_feed("main", [story(n) for n in range(3)], fmt="atom")
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    first = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    await first.poll_due()
    await first.stop()
    state.close()

    reopened = State.open(tmp_path / "data")  # a new process: a new connection
    clock.now += 10_000
    second = make_poller(reopened, tmp_path / "articles", limits, recorder, clock)
    [report] = await second.poll_due()
    await second.stop()
    assert report.entries == 3 and report.written == 0 and report.posted == 0
    assert recorder.titles == [story(2).title]


async def test_a_story_republished_under_a_new_id_and_link_is_not_new(site, tmp_path):
    feed_site, limits = site
    original = story(1)
    stories = [original]
    url = feed_site.add_feed("main", stories)
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    await poller.poll_due()
    from dataclasses import replace

    stories.append(replace(original, slug="feed-0/story-1-again"))
    clock.now += 1000
    [report] = await poller.poll_due()
    await poller.stop()
    assert report.entries == 2 and report.posted == 0 and len(recorder.posts) == 1


async def test_the_entrys_own_text_is_used_when_its_page_fails(site, tmp_path):
    feed_site, limits = site
    s = story(2)
    long_entry = (
        f"<item><title>{s.title}</title><link>{feed_site.base}/gone</link><guid>g-2</guid>"
        "<description>"
        + "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in s.paragraphs)
        + "</description></item>"
    )
    xml = rss([], feed_site.base).replace("</channel>", long_entry + "</channel>")
    feed_site.raw["/feeds/own.xml"] = ("application/rss+xml", xml.encode())
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(f"{feed_site.base}/feeds/own.xml", guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    [report] = await poller.poll_due()
    await poller.stop()
    assert report.written == 1 and report.posted == 1
    [(_, article, _)] = recorder.posts
    assert "narrow majority" in article.text


async def test_each_server_gets_its_own_copy_and_its_own_newest_post(site, tmp_path):
    feed_site, limits = site
    url = feed_site.add_feed("main", [story(n) for n in range(4)])
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    await poller.poll_due()
    state.subscribe(url, guild_id=GUILD + 1, channel_id=CHANNEL + 1)
    state.poll_now(state.feeds()[0].id)
    [report] = await poller.poll_due()  # the new server's first poll: not a 304
    await poller.stop()
    assert not report.not_modified and report.posted == 1
    assert [c for c, _, _ in recorder.posts] == [CHANNEL, CHANNEL + 1]
    assert len(list((tmp_path / "articles" / "guilds" / str(GUILD + 1)).rglob("*.md"))) == 4


async def test_failures_back_off_then_pause_with_one_notice(site, tmp_path):
    feed_site, limits = site
    url = feed_site.add_feed("main", [story(1)])
    feed_site.status["/feeds/main.xml"] = 503
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    delays = []
    for _ in range(3):
        [report] = await poller.poll_due()
        assert "HTTP 503" in report.error
        feed = state.feeds()[0]
        delays.append(feed.next_poll - clock.now)
        clock.now = feed.next_poll
    assert delays[0] < delays[1] < delays[2]  # 900 s, then about 1800, then 3600
    assert 900 * 0.9 <= delays[0] <= 900 * 1.1 and delays[2] >= 3600 * 0.9
    assert state.feeds()[0].paused
    assert len(recorder.notices) == 1 and "HTTP 503" in recorder.notices[0][1]
    clock.now += 10**6
    assert await poller.poll_due() == []  # paused: not polled any more
    [status] = state.guild_feeds(GUILD)
    assert status.feed.last_error.startswith("HTTP 503")
    await poller.stop()


async def test_a_feed_that_turns_malformed_is_a_failure_not_a_crash(site, tmp_path):
    feed_site, limits = site
    feed_site.raw["/feeds/bad.xml"] = ("application/rss+xml", b"<rss version='2.0'><channel><it")
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(f"{feed_site.base}/feeds/bad.xml", guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    [report] = await poller.poll_due()
    await poller.stop()
    assert "well-formed" in report.error and recorder.posts == []
    assert state.feeds()[0].failures == 1


async def test_the_background_task_polls_a_feed_when_woken_and_stops(site, tmp_path):
    feed_site, limits = site
    url = feed_site.add_feed("main", [story(1), story(2)])
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    task = poller.start()
    import asyncio

    await asyncio.sleep(0.1)
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller.wake()
    for _ in range(100):
        if recorder.posts:
            break
        await asyncio.sleep(0.05)
    await poller.stop()
    assert task.done() and recorder.titles == [story(2).title]
    await poller.stop()  # twice is fine


# --- the post ---------------------------------------------------------------------------


async def test_the_post_links_the_source_with_a_summary_and_a_quote(site, tmp_path):
    feed_site, limits = site
    url = feed_site.add_feed("main", [story(3)])
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    await poller.poll_due()
    await poller.stop()
    [(_, article, analysis)] = recorder.posts
    post = prepare(article, analysis)
    embed = announcement_embed(post)
    s = story(3)
    assert embed.title == s.title and embed.url == f"{feed_site.base}/{s.slug}"
    assert len(post.summary) == 3
    assert "Valley Courier" in embed.description and "<t:" in embed.description
    [quote] = embed.fields
    assert s.speaker in quote.value and "waited long enough" in quote.value
    assert len(embed) <= 6000


async def test_a_bug_while_delivering_backs_off_instead_of_spinning(site, tmp_path, monkeypatch):
    feed_site, limits = site
    url = feed_site.add_feed("main", [story(1)])
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(url, guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)

    async def broken(*_: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(poller, "_deliver", broken)
    [report] = await poller.poll_due()
    await poller.stop()
    assert report.error == "internal error (RuntimeError)"
    assert state.feeds()[0].next_poll > clock.now + 800 and state.due(clock.now) == []


async def test_a_new_subscription_posts_the_newest_entry_that_gave_an_article(site, tmp_path):
    feed_site, limits = site
    good = story(5)
    newest = (
        f"<item><title>Short notice</title><link>{feed_site.base}/gone</link>"
        "<guid>short-1</guid><pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate>"
        "<description>Road closed.</description></item>"
    )
    xml = rss([good], feed_site.base).replace("<item>", newest + "<item>", 1)
    feed_site.raw["/feeds/mixed.xml"] = ("application/rss+xml", xml.encode())
    feed_site.feeds["pages"] = ("rss", [good])  # serves the good story's page
    state, recorder, clock = State.open(tmp_path / "data"), Recorder(), Clock()
    state.subscribe(f"{feed_site.base}/feeds/mixed.xml", guild_id=GUILD, channel_id=CHANNEL)
    poller = make_poller(state, tmp_path / "articles", limits, recorder, clock)
    [report] = await poller.poll_due()
    assert report.entries == 2 and report.written == 1
    assert recorder.titles == [good.title]
    clock.now += 10_000
    [again] = await poller.poll_due()  # both entries are remembered, the short one too
    await poller.stop()
    assert again.entries == 2 and again.written == 0 and len(recorder.posts) == 1
