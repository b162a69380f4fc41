"""Each server sees its own news: the shared files everywhere, `guilds/<id>/` only there,
direct messages the shared files only; every command, autocomplete and mention."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import scope
from bot.library import Library
from tests.support.helpers import write

SHARED = """---
title: Council approves harbour budget
published: 2026-03-02T09:00:00+00:00
---
The city council approved a budget of 40 million euros for the harbour on Monday.

"The harbour is the heart of this city," said Mayor Elena Ruiz after the vote.

Work on the quays is due to start in the spring.
"""

MILL = """---
title: Northfield mill closes after ninety years
published: 2026-03-05T09:00:00+00:00
---
The Northfield textile mill will close its doors at the end of the month, its owners said.

"We kept the looms running through three recessions, but not this one," said Tomas Berg,
the mill's manager.

About 120 workers will lose their jobs, the union said.
"""

SCHOOL = """---
title: Riverside school opens solar roof
published: 2026-03-03T09:00:00+00:00
---
Riverside primary school switched on a solar roof that will cover most of its electricity.

"Our pupils can watch the panels pay for their own books," said Amara Osei, the school's principal.

The roof was paid for by parents and a local bank.
"""


def news_folder(folder: Path, mill_guild: int, school_guild: int) -> Path:
    write(folder, "harbour.md", SHARED)
    write(folder, f"guilds/{mill_guild}/mill.md", MILL)
    write(folder, f"guilds/{school_guild}/school.md", SCHOOL)
    write(folder, "guilds/not-a-guild/stray.md", MILL.replace("Northfield", "Southfield"))
    return folder


def titles(library: Library) -> set[str]:
    return {a.title for a in library.articles}


# --- the views ---------------------------------------------------------------------------


def test_guild_of_keys():
    assert scope.guild_of("harbour.md") is None
    assert scope.guild_of("2026/harbour.md") is None
    assert scope.guild_of("guilds/42/mill.md") == 42
    assert scope.guild_of("guilds/42/2026/mill.md") == 42
    assert scope.guild_of("guilds/abc/mill.md") == scope.NOWHERE
    assert scope.guild_of("guilds/mill.md") == scope.NOWHERE
    assert scope.guild_folder(42) == "guilds/42"


def test_each_scope_sees_shared_and_its_own(tmp_path):
    library = Library.load(news_folder(tmp_path, 1, 2))
    assert len(library) == 4
    shared = "Council approves harbour budget"
    assert titles(library.scoped(None)) == {shared}
    assert titles(library.scoped(1)) == {shared, "Northfield mill closes after ninety years"}
    assert titles(library.scoped(2)) == {shared, "Riverside school opens solar roof"}
    assert titles(library.scoped(3)) == {shared}
    mill_view = library.scoped(1)
    assert mill_view.latest().title.startswith("Northfield")
    assert library.scoped(2).latest().title.startswith("Riverside")
    assert {p.name for p in library.scoped(2).people.people} >= {"Amara Osei"}
    assert "Tomas Berg" not in {p.name for p in library.scoped(2).people.people}
    hits = library.scoped(2).search.search("looms recessions mill")
    assert all(scope.visible(hit.article_key, 2) for hit in hits)
    assert any(h.article_key == "guilds/1/mill.md" for h in library.search.search("looms mill"))


def test_views_are_cached_and_shared_when_a_guild_has_nothing(tmp_path):
    library = Library.load(news_folder(tmp_path, 1, 2))
    assert library.scoped(1) is library.scoped(1)
    assert library.scoped(3) is library.scoped(None) is library.scoped(4)


def test_a_library_without_guild_files_is_its_own_view(tmp_path):
    write(tmp_path, "harbour.md", SHARED)
    library = Library.load(tmp_path)
    assert library.scoped(None) is library
    assert library.scoped(99) is library


def test_a_reload_that_leaves_a_guilds_articles_alone_reuses_its_view(tmp_path):
    cache = scope.ScopeCache()
    first = Library.load(news_folder(tmp_path, 1, 2))
    mill = cache.view(first, 1)
    school = cache.view(first, 2)
    write(tmp_path, "guilds/2/school-2.md", SCHOOL.replace("solar roof", "new library"))
    second = Library.load(tmp_path, previous=first)
    builds = cache.builds
    assert cache.view(second, 1) is mill  # same articles, same objects: not rebuilt
    assert cache.view(second, 2) is not school
    assert cache.builds == builds + 1
    assert len(cache.view(second, 2)) == 3


def test_the_cache_keeps_a_bounded_number_of_views(tmp_path):
    library = Library.load(news_folder(tmp_path, 1, 2))
    cache = scope.ScopeCache(size=2)
    mill, school = cache.view(library, 1), cache.view(library, 2)
    assert cache.ready(library, 1) and cache.ready(library, 2)
    cache.view(library, None)  # the third view pushes out the least recently used
    assert not cache.ready(library, 1) and cache.ready(library, 2)
    assert cache.view(library, 2) is school
    assert cache.view(library, 1) is not mill  # rebuilt
    small = scope.ScopeCache(budget=2)  # a view over the article budget is kept alone
    small.view(library, 1)
    small.view(library, 2)
    assert not small.ready(library, 1) and small.ready(library, 2)


def test_a_view_is_analysed_once_not_again(tmp_path, monkeypatch):
    library = Library.load(news_folder(tmp_path, 1, 2))

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a scoped view must not analyse articles again")

    monkeypatch.setattr("bot.library.analyse_articles", refuse)
    monkeypatch.setattr("bot.library.analyse", refuse)
    assert library.scoped(2).quotes.by_speaker("Amara Osei")


def test_the_staged_start_keeps_its_stage(tmp_path):
    library = Library.load(news_folder(tmp_path, 1, 2), quotes=False)
    view = library.scoped(1)
    assert not view.quotes_ready
    assert view.with_quotes().quotes_ready


def test_the_console_sees_shared_articles_only(tmp_path):
    from bot.console import answer

    library = Library.load(news_folder(tmp_path, 1, 2))
    reply = answer(library, "/articles")
    text = json.dumps([e.to_dict() for e in reply.pages])
    assert "Council approves" in text
    assert "Northfield" not in text and "Riverside" not in text


def test_the_consoles_stats_count_shared_articles_only(tmp_path):
    from bot.console import ConsoleSession
    from tests.support.helpers import make_settings

    session = ConsoleSession(make_settings(articles_dir=news_folder(tmp_path, 1, 2)))
    stats = session.answer("/stats").first
    assert {f.name: f.value for f in stats.fields}["Articles"] == "1"


# --- through Discord -------------------------------------------------------------------


@pytest.fixture
def two_servers(simcord_env, tmp_path):
    """(mill channel, mill member, school channel, school member, a user for DMs)."""
    mill = simcord_env.create_guild("Northfield")
    school = simcord_env.create_guild("Riverside")
    simcord_env.bot.library = Library.load(news_folder(tmp_path, mill.id, school.id))
    mill_channel = mill.create_text_channel("news")
    school_channel = school.create_text_channel("news")
    reader = simcord_env.create_user("reader")
    mill_member = mill.add_member(simcord_env.create_user("miller"))
    school_member = school.add_member(reader)
    return mill_channel, mill_member, school_channel, school_member, reader


def everything(result) -> str:
    return json.dumps([e.to_dict() for e in result.response.embeds]) + (
        result.response.content or ""
    )


COMMANDS = [
    ("articles", {}),
    ("article", {"title": "Northfield mill closes after ninety years"}),
    ("summary", {}),
    ("summary", {"article": "Northfield mill closes"}),
    ("whosaid", {"quote": "kept the looms running through three recessions"}),
    ("quotes", {"speaker": "Tomas Berg"}),
    ("people", {}),
    ("search", {"query": "looms mill recessions"}),
    ("ask", {"question": "who said we kept the looms running?"}),
    ("ask", {"question": "summarise the latest article"}),
]


def markers(options: dict, *private: str) -> list[str]:
    """The private words a reply could only hold by reading the article (not the query's
    own words, which a reply may repeat)."""
    asked = " ".join(map(str, options.values())).lower()
    return [word for word in private if word.lower() not in asked]


MILL_WORDS = ("Tomas Berg", "Northfield", "textile", "manager", "looms", "120 workers")
SCHOOL_WORDS = ("Amara Osei", "Riverside", "solar", "principal", "pupils")


@pytest.mark.parametrize(("name", "options"), COMMANDS)
async def test_a_second_server_never_sees_the_firsts_articles(two_servers, name, options):
    mill_channel, miller, school_channel, teacher, _ = two_servers
    words = markers(options, *MILL_WORDS)
    there = everything(await miller.slash(mill_channel, name, **options))
    assert any(word in there for word in words), there
    here = everything(await teacher.slash(school_channel, name, **options))
    assert not [word for word in words if word in here], here


@pytest.mark.parametrize(("name", "options"), COMMANDS)
async def test_a_direct_message_sees_the_shared_articles_only(two_servers, name, options):
    *_, reader = two_servers
    text = everything(await reader.slash(name, **options))
    assert not [word for word in markers(options, *MILL_WORDS, *SCHOOL_WORDS) if word in text]


async def test_the_latest_article_is_the_servers_own(two_servers):
    mill_channel, miller, school_channel, teacher, reader = two_servers
    assert "Northfield" in everything(await miller.slash(mill_channel, "summary"))
    assert "Riverside" in everything(await teacher.slash(school_channel, "summary"))
    assert "Council approves" in everything(await reader.slash("summary"))


@pytest.mark.parametrize(
    ("name", "option", "typed", "private"),
    [
        ("article", "title", "northfield mill", "Northfield"),
        ("quotes", "speaker", "berg", "Tomas Berg"),
        ("whosaid", "quote", "looms running", "looms"),
    ],
)
async def test_autocomplete_is_scoped(two_servers, name, option, typed, private):
    mill_channel, miller, school_channel, teacher, reader = two_servers
    there = await miller.autocomplete(mill_channel, name, option, typed)
    assert private in json.dumps(there)
    here = await teacher.autocomplete(school_channel, name, option, typed)
    assert private not in json.dumps(here)
    assert private not in json.dumps(await reader.autocomplete(name, option, typed))


async def test_stats_counts_the_servers_articles(two_servers):
    mill_channel, miller, *_, reader = two_servers
    in_guild = (await miller.slash(mill_channel, "stats")).response.embeds[0]
    assert {f.name: f.value for f in in_guild.fields}["Articles"] == "2"
    in_dm = (await reader.slash("stats")).response.embeds[0]
    assert {f.name: f.value for f in in_dm.fields}["Articles"] == "1"


async def test_a_mention_is_answered_in_the_servers_scope(simcord_env, two_servers):
    mill_channel, miller, school_channel, teacher, _ = two_servers
    me = simcord_env.bot.user.mention
    await miller.send(mill_channel, f"{me} who said we kept the looms running?")
    assert "Tomas Berg" in json.dumps([e.to_dict() for e in mill_channel.last_message.embeds])
    await teacher.send(school_channel, f"{me} who said we kept the looms running?")
    assert "Tomas Berg" not in json.dumps([e.to_dict() for e in school_channel.last_message.embeds])
