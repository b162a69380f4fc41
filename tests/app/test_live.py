"""The live library: reloads that report what changed, swaps that keep commands whole,
the folder watcher, and the owner-only /reload with /stats through SimCord."""

from __future__ import annotations

import asyncio
import os

from bot import handlers
from bot.library import Library
from bot.live import LiveLibrary, compare
from tests.support.helpers import make_settings, write

STORY = "{title}\n\nThe {word} council met on Monday. It voted to act.\n"


def story(folder, name, title, word="harbour"):
    return write(folder, name, STORY.format(title=title, word=word))


async def test_reload_reports_added_changed_removed_and_failed(tmp_path):
    story(tmp_path, "a.txt", "Alpha news")
    story(tmp_path, "b.txt", "Beta news")
    live = LiveLibrary(make_settings(articles_dir=tmp_path, data_dir=tmp_path / ".state"))
    await live.reload()
    first = live.current
    story(tmp_path, "c.txt", "Gamma news")
    changed = story(tmp_path, "a.txt", "Alpha news, updated", word="airport")
    os.utime(changed, (1_900_000_000, 1_900_000_000))
    (tmp_path / "b.txt").unlink()
    write(tmp_path, "bad.txt", b"\x00\x00binary")
    change = await live.reload()
    assert change.added == ("c.txt",)
    assert change.changed == ("a.txt",)
    assert change.removed == ("b.txt",)
    assert change.skipped == ("bad.txt",)
    assert live.current is not first
    assert first.get("b.txt") is not None  # the old snapshot is untouched
    assert live.current.get("a.txt").title == "Alpha news, updated"
    assert "3 articles" not in change.describe() and "2 articles" in change.describe()


def test_unchanged_files_are_reused_not_parsed_again(tmp_path):
    story(tmp_path, "a.txt", "Alpha news")
    story(tmp_path, "b.txt", "Beta news")
    first = Library.load(tmp_path)
    story(tmp_path, "c.txt", "Gamma news")
    second = Library.load(tmp_path, previous=first)
    assert second.get("a.txt") is first.get("a.txt")
    assert compare(first, second).added == ("c.txt",)


async def test_commands_in_flight_keep_their_snapshot(tmp_path):
    story(tmp_path, "a.txt", "Alpha news")
    live = LiveLibrary(make_settings(articles_dir=tmp_path, data_dir=tmp_path / ".state"))
    await live.reload()
    snapshot = live.current

    async def slow_command():
        library = live.current  # what respond() does: read once
        await asyncio.sleep(0.05)
        return handlers.run("articles", library)

    task = asyncio.create_task(slow_command())
    story(tmp_path, "b.txt", "Beta news")
    await live.reload()
    reply = await task
    assert reply.first.title == "Articles (1)"
    assert live.current is not snapshot and len(live.current) == 2


async def test_the_watcher_rebuilds_when_a_file_appears(tmp_path):
    story(tmp_path, "a.txt", "Alpha news")
    live = LiveLibrary(make_settings(articles_dir=tmp_path, data_dir=tmp_path / ".state"))
    await live.reload()
    watcher = asyncio.create_task(live.watch())
    try:
        for attempt in range(200):
            if len(live.current) == 2:
                break
            if attempt % 5 == 0:  # again every 0.25 s, if the watcher was not running yet
                story(tmp_path, "b.txt", "Beta news")
            await asyncio.sleep(0.05)
        assert len(live.current) == 2
    finally:
        watcher.cancel()


async def test_stats_shows_the_library(room):
    channel, alice, _ = room
    embed = (await alice.slash(channel, "stats")).response.embeds[0]
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Articles"] == "1"
    assert fields["Shard"] == "1 of 1"


async def test_reload_is_refused_to_others(simcord_env, room):
    channel, alice, _ = room
    result = await alice.slash(channel, "reload")
    assert result.ephemeral
    assert result.response.embeds[0].title == "Not allowed"
    assert simcord_env.errors  # the CheckFailure went through the error handler


async def test_reload_by_an_owner(simcord_env, room, tmp_path):
    channel, alice, _ = room
    story(tmp_path, "a.txt", "Alpha news")
    simcord_env.bot.settings = make_settings(
        articles_dir=tmp_path, data_dir=tmp_path / ".state", owner_ids=[alice.id]
    )
    simcord_env.bot.live.settings = simcord_env.bot.settings
    result = await alice.slash(channel, "reload")
    assert result.ephemeral
    embed = result.followups[0].embeds[0] if result.followups else result.response.embeds[0]
    assert embed.title == "Library reloaded"
    assert "1 article (" in embed.description
    assert len(simcord_env.bot.library) == 1
    assert simcord_env.bot.library.latest().title == "Alpha news"


async def test_a_failure_after_deferring_is_answered_as_a_followup(simcord_env, room, monkeypatch):
    channel, alice, _ = room
    simcord_env.bot.settings = make_settings(owner_ids=[alice.id])

    async def broken_reload():
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(simcord_env.bot.live, "reload", broken_reload)
    result = await alice.slash(channel, "reload")
    # Deferred first, so the apology went out as the followup that fills the reply.
    assert result.ephemeral
    assert result.response.embeds[0].title == "Something went wrong"
    assert any("disk on fire" in str(e) for e in simcord_env.errors)
    assert len(simcord_env.bot.library) == 1  # the old snapshot is still served


async def test_a_staged_start_serves_first_and_reads_quotes_next(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "Harbour reopens\n\n“We are open again,” the harbour master Ana Ruiz said on Monday.\n",
    )
    live = LiveLibrary(make_settings(articles_dir=tmp_path, data_dir=tmp_path / ".state"))
    await live.start()
    assert not live.current.quotes_ready
    assert handlers.run("search", live.current, query="harbour").error is None
    waiting = handlers.run("whosaid", live.current, quote="open again")
    assert waiting.error == "warming_up" and waiting.ephemeral
    assert handlers.run("ask", live.current, question="who said open again").error == "warming_up"
    partial = live.current
    await live.complete()
    assert live.current.quotes_ready and live.current.search is partial.search  # reused
    found = handlers.run("whosaid", live.current, quote="open again")
    assert "Ana Ruiz" in found.first.description


class FakeResponse:
    """Just enough of discord.InteractionResponse to count how often it is answered."""

    def __init__(self) -> None:
        self.sent: list[dict] = []

    def is_done(self) -> bool:
        return bool(self.sent)

    async def send_message(self, **kwargs) -> None:
        await asyncio.sleep(0)  # yield, as the real HTTP call does
        self.sent.append(kwargs)


class FakeInteraction:
    def __init__(self, client, user_id: int) -> None:
        self.client = client
        self.user = type("User", (), {"id": user_id})()
        self.guild_id = None  # a direct message: the shared articles
        self.response = FakeResponse()
        self.followup = None  # a second answer would fail loudly

    async def original_response(self):
        return None


async def test_two_hundred_interactions_during_a_reload_are_each_answered_once(tmp_path):
    from bot.interactions import respond

    for n in range(20):
        story(tmp_path, f"s{n}.txt", f"Story {n}")
    live = LiveLibrary(make_settings(articles_dir=tmp_path, data_dir=tmp_path / ".state"))
    await live.reload()
    client = type("Client", (), {"library": property(lambda self: live.current)})()
    calls = [
        ("articles", {}),
        ("search", {"query": "harbour council"}),
        ("whosaid", {"quote": "council met"}),
        ("summary", {}),
        ("ask", {"question": "who met on Monday?"}),
    ]
    interactions = [FakeInteraction(client, n) for n in range(200)]
    story(tmp_path, "new.txt", "Fresh story")
    await asyncio.gather(
        live.reload(),
        *(
            respond(interaction, *calls[n % len(calls)][:1], **calls[n % len(calls)][1])
            for n, interaction in enumerate(interactions)
        ),
    )
    assert all(len(i.response.sent) == 1 for i in interactions)
    for interaction in interactions:
        sent = interaction.response.sent[0]
        assert sent["embed"].title != "Something went wrong"
        assert sent["allowed_mentions"].everyone is False
    assert len(live.current) == 21


async def test_a_restart_reads_the_cache_and_writing_it_never_delays_serving(tmp_path, monkeypatch):
    import threading

    from bot.articles.cache import AnalysisCache

    folder = tmp_path / "articles"
    for number, place in enumerate(["harbour", "airport", "market"]):
        write(
            folder,
            f"{number}.txt",
            f"{place.title()} reopens\n\n“We are open again,” the {place} manager Ana Ruiz said.\n",
        )
    settings = make_settings(articles_dir=folder, data_dir=tmp_path / "state")
    release = threading.Event()
    real_store = AnalysisCache.store

    def slow_store(self, entries):
        release.wait(30)  # a slow disk: the write must not hold anything up
        return real_store(self, entries)

    monkeypatch.setattr(AnalysisCache, "store", slow_store)
    first = LiveLibrary(settings)
    # served, quotes read, while the cache write still waits (30 s, were it waited for)
    await asyncio.wait_for(first.start(), 5)
    await asyncio.wait_for(first.complete(), 5)
    assert first.current.quotes_ready and len(first.current.quotes) == 3
    release.set()
    first.wait_saved()
    monkeypatch.setattr(AnalysisCache, "store", real_store)

    analysed: list[int] = []
    import bot.library

    real_analyse = bot.library.analyse_articles

    def counting(articles, *args, **kwargs):
        analysed.append(len(articles))
        return real_analyse(articles, *args, **kwargs)

    monkeypatch.setattr(bot.library, "analyse_articles", counting)
    second = LiveLibrary(settings)  # a restart
    await second.start()
    await second.complete()
    assert sum(analysed) == 0  # every analysis came from the cache
    assert dict(second.current.analyses) == dict(first.current.analyses)
    assert len(second.current.quotes) == 3


def test_the_cache_health_names_its_file_and_size(tmp_path) -> None:
    write(tmp_path / "articles", "a.txt", "Harbour reopens\n\nThe harbour reopened on Monday.\n")
    live = LiveLibrary(make_settings(articles_dir=tmp_path / "articles", data_dir=tmp_path / "d"))
    assert live.cache_health().endswith(": not written yet")
    library = live.current = Library.load(tmp_path / "articles", cache=live.cache)
    library.save_cache()
    name, size = live.cache_health().split(": ")
    assert name == live.cache.path.name and size.endswith(" MB")
