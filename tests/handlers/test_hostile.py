"""Hostile input everywhere: every command, the console, the context menu and the mention
chat, with arbitrary text. No exception escapes, every reply fits, nothing pings."""

from __future__ import annotations

import asyncio
import json

import discord
import pytest
import simcord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import handlers
from bot.app import ArticleBot
from bot.console import answer, render_text, to_json
from bot.library import Library
from tests.support.helpers import SEEDS, make_settings
from tests.support.hostile import HOSTILE, NASTY, check_embed, check_reply

LIBRARY = Library.load(SEEDS)
STRING_OPTIONS = [
    (spec.name, option.name)
    for spec in handlers.REGISTRY.values()
    for option in spec.options
    if option.kind is str and not option.choices
]


@pytest.mark.parametrize(("name", "option"), STRING_OPTIONS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE)
def test_every_command_survives_any_text(name, option, text):
    spec = handlers.REGISTRY[name]
    filled = {o.name: "russia" for o in spec.options if o.required and o.kind is str}
    filled[option] = text
    check_reply(handlers.run_safely(name, LIBRARY, **filled))


@settings(max_examples=80, deadline=None)
@given(line=HOSTILE, name=st.sampled_from(sorted(handlers.REGISTRY)))
def test_the_console_survives_any_line(line, name):
    for typed in (f"/{name} {line}", line or "?"):
        reply = answer(LIBRARY, typed)
        check_reply(reply)
        render_text(reply)  # what the console prints, dates and escapes undone
        assert json.loads(to_json(typed, reply))["command"] == typed


def run_in_discord(texts: list[str]) -> None:
    """Each text through one slash command (taking turns), title autocomplete, the
    context menu and a mention, in SimCord with no privileged intents."""

    async def scenario() -> None:
        bot = ArticleBot(make_settings(), library=LIBRARY)
        async with simcord.run(bot, approved_intents=discord.Intents.default()) as env:
            guild = env.create_guild()
            channel = guild.create_text_channel("news")
            alice = guild.add_member(env.create_user("alice"))
            me = bot.user
            assert me is not None  # logged in by simcord.run
            for turn, text in enumerate(texts):
                name, option = STRING_OPTIONS[turn % len(STRING_OPTIONS)]
                spec = handlers.REGISTRY[name]
                filled = {o.name: "russia" for o in spec.options if o.required}
                long_text = option in ("quote", "query", "question")  # as the cogs allow
                filled[option] = text[:6000] if long_text else text[:300]
                result = await alice.slash(channel, name, **filled)
                assert result.response is not None
                for message in [result.response, *result.followups]:
                    for embed in message.embeds:
                        check_embed(embed)
                choices = await alice.autocomplete(channel, "article", "title", text[:100])
                assert len(choices) <= 25
                posted = await alice.send(channel, text[:2000])
                menu = await alice.context_menu(channel, "Who said this?", posted)
                assert menu.response is not None
                for embed in menu.response.embeds:
                    check_embed(embed)
                await alice.send(channel, f"{me.mention} {text[:1900]}")
                reply = channel.last_message
                assert reply is not None and reply.author.id == me.id
                for embed in reply.embeds:
                    check_embed(embed)
                assert not reply.mention_everyone and not reply.mentions

    asyncio.run(scenario())


def test_nasty_text_through_discord():
    nasty = [t for t in NASTY if t.strip()]
    # Every command option meets some nasty text.
    run_in_discord([nasty[i % len(nasty)] for i in range(max(len(nasty), len(STRING_OPTIONS)))])


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(HOSTILE.filter(lambda t: t.strip()), min_size=1, max_size=3))
def test_random_text_through_discord(texts):
    run_in_discord(texts)
