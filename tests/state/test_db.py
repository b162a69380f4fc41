"""The state database: created on first run in WAL mode, migrated, kept across restarts,
and never reset silently when it is damaged or newer than this code."""

from __future__ import annotations

import sqlite3

import pytest

from bot.state import AlreadySubscribed, EntryMark, State, StateError
from bot.state.db import SCHEMA_VERSION, STATE_FILE

FEED = "http://news.example/feed.xml"


def test_created_on_first_run_in_wal_mode(tmp_path):
    state = State.open(tmp_path / "data")
    assert (tmp_path / "data" / STATE_FILE).is_file()
    assert state.schema_version == SCHEMA_VERSION
    mode = sqlite3.connect(tmp_path / "data" / STATE_FILE).execute("PRAGMA journal_mode")
    assert mode.fetchone()[0] == "wal"
    state.close()


def test_subscriptions_and_seen_entries_survive_a_restart(tmp_path):
    state = State.open(tmp_path)
    sub = state.subscribe(FEED, guild_id=1, channel_id=10, title="Harbour News")
    mark = EntryMark("entry-1", "http://news.example/a", "hash-a")
    state.mark_seen(sub.id, mark, article_key="guilds/1/a.md", posted=True)
    state.close()
    again = State.open(tmp_path)
    [status] = again.guild_feeds(1)
    assert status.feed.url == FEED and status.feed.title == "Harbour News"
    assert status.subscription.channel_id == 10 and status.articles == 1
    assert again.unseen(sub.id, [mark]) == []
    again.close()


def test_an_entry_is_known_by_its_id_its_link_or_its_content(tmp_path):
    state = State.open(tmp_path)
    sub = state.subscribe(FEED, guild_id=1, channel_id=10)
    state.mark_seen(sub.id, EntryMark("id-1", "http://x/1", "h1"), article_key=None, posted=False)
    same_id = EntryMark("id-1", "http://x/other", "h9")
    same_link = EntryMark("id-2", "http://x/1", "h8")
    same_text = EntryMark("id-3", "http://x/3", "h1")
    new = EntryMark("id-4", "http://x/4", "h4")
    repeat = EntryMark("id-4", "http://x/4", "h4")
    assert state.unseen(sub.id, [same_id, same_link, same_text, new, repeat]) == [new]


def test_a_feed_added_twice_in_one_server_is_refused_and_changes_nothing(tmp_path):
    state = State.open(tmp_path)
    state.subscribe(FEED, guild_id=1, channel_id=10)
    with pytest.raises(AlreadySubscribed):
        state.subscribe(FEED, guild_id=1, channel_id=11)
    assert [s.subscription.channel_id for s in state.guild_feeds(1)] == [10]
    other = state.subscribe(FEED, guild_id=2, channel_id=20)  # another server may
    assert len(state.feeds()) == 1 and other.guild_id == 2


def test_removing_forgets_a_feed_nobody_follows(tmp_path):
    state = State.open(tmp_path)
    state.subscribe(FEED, guild_id=1, channel_id=10)
    state.subscribe(FEED, guild_id=2, channel_id=20)
    assert not state.unsubscribe("http://news.example/other.xml", guild_id=1)
    assert state.unsubscribe(FEED, guild_id=1)
    assert not state.unsubscribe(FEED, guild_id=1)
    assert len(state.feeds()) == 1
    assert state.unsubscribe(FEED, guild_id=2)
    assert state.feeds() == []


def test_failures_pause_a_feed_once(tmp_path):
    state = State.open(tmp_path)
    feed_id = state.subscribe(FEED, guild_id=1, channel_id=10).feed_id
    outcomes = [
        state.record_failure(feed_id, "HTTP 500", now=n, next_poll=n + 1, pause_after=3)
        for n in range(5)
    ]
    assert [paused for _, paused in outcomes] == [False, False, True, False, False]
    assert state.feed(feed_id).paused and state.due(now=100) == []
    state.resume(feed_id)
    assert [f.id for f in state.due(now=100)] == [feed_id]
    state.record_success(feed_id, now=7, next_poll=8, etag='"v1"', last_modified=None)
    feed = state.feed(feed_id)
    assert feed.failures == 0 and feed.etag == '"v1"' and feed.last_error == "HTTP 500"


def test_a_failed_change_is_rolled_back(tmp_path):
    state = State.open(tmp_path)
    sub = state.subscribe(FEED, guild_id=1, channel_id=10)
    with pytest.raises(sqlite3.IntegrityError):
        state.mark_seen(sub.id + 99, EntryMark("a", "b", "c"), article_key=None, posted=False)
    assert state.unseen(sub.id + 99, [EntryMark("a", "b", "c")])


def test_a_corrupt_database_stops_with_its_name(tmp_path):
    (tmp_path / STATE_FILE).write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    with pytest.raises(StateError) as raised:
        State.open(tmp_path)
    assert str(tmp_path / STATE_FILE) in str(raised.value)
    assert "damaged" in str(raised.value)
    assert (tmp_path / STATE_FILE).read_bytes().startswith(b"this is not a database")


def test_a_newer_database_is_refused_and_left_alone(tmp_path):
    State.open(tmp_path).close()
    raw = sqlite3.connect(tmp_path / STATE_FILE)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    with pytest.raises(StateError) as raised:
        State.open(tmp_path)
    assert "newer version" in str(raised.value) and str(tmp_path / STATE_FILE) in str(raised.value)
    version = sqlite3.connect(tmp_path / STATE_FILE).execute("PRAGMA user_version").fetchone()
    assert version[0] == SCHEMA_VERSION + 1


def test_someone_elses_database_is_refused(tmp_path):
    raw = sqlite3.connect(tmp_path / STATE_FILE)
    raw.execute("CREATE TABLE recipes (name TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(StateError, match="not this bot's state"):
        State.open(tmp_path)


async def test_the_bot_does_not_start_on_a_damaged_database(tmp_path):
    from bot.app import ArticleBot
    from bot.library import Library
    from tests.support.helpers import make_settings

    (tmp_path / STATE_FILE).write_bytes(b"\x00garbage" * 500)
    bot = ArticleBot(make_settings(data_dir=tmp_path), library=Library(()))
    with pytest.raises(StateError, match="damaged"):
        await bot.setup_hook()
    assert bot.poller is None


def test_only_the_process_running_shard_0_polls():
    from bot.announce import polls_feeds
    from tests.support.helpers import make_settings

    assert polls_feeds(make_settings(shard_count=None))
    assert polls_feeds(make_settings(shard_count=4, shard_ids="0,1"))
    assert not polls_feeds(make_settings(shard_count=4, shard_ids="2,3"))


def test_a_database_held_by_another_program_is_not_called_damaged(tmp_path):
    State.open(tmp_path).close()
    holder = sqlite3.connect(tmp_path / STATE_FILE, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StateError, match="cannot use") as raised:
            State.open(tmp_path, timeout=0.1)
        assert "damaged" not in str(raised.value) and str(tmp_path / STATE_FILE) in str(
            raised.value
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
