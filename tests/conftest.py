"""Shared fixtures: articles written here (never ../shared), settings, a SimCord bot.

Plain helpers (paths, `make_settings`, `write`) are in tests/support/helpers.py; import
them from there, never from this file.
"""

from __future__ import annotations

# first: the bytecode of the modules imported from here on is kept for the subprocesses
import tests.support.bytecode  # noqa: F401

# isort: split

import functools
import inspect
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import simcord.env

from tests.support.helpers import SEED_FILE, SEEDS, make_settings

# The bot is imported by the fixtures that build one, not here: pytest-xdist's controller
# process loads this file too, and runs no test; the workers import (and compile) the bot
# in parallel instead of waiting for it to do so first.
if TYPE_CHECKING:
    from bot.app import ArticleBot
    from bot.library import Library
    from config.settings import Settings

# SimCord waits for the bot to go quiet after every action, re-checking every `idle`
# seconds (0.05 by default); the check often finds only its own bookkeeping callbacks,
# already due, and then sleeps the whole interval: 50 ms per action, half the wall time
# of the SimCord tests. What counts as quiet is unchanged (every task done or parked,
# no callback or executor job left, the same deadline); only the re-check comes sooner.
# This quickens the settling SimCord does itself after each action; a test's own
# `env.settle()` passes SimCord's public default (0.05 s) and keeps it. It wraps a
# private method: tests/project/test_simcord_settle.py fails if a SimCord release drops
# it, rather than the suite silently running 20 s slower.
SETTLE_IDLE_SECONDS = 0.005


def _settle_sooner() -> None:
    settle = getattr(simcord.env.Env, "_settle_internal", None)
    if settle is None or "idle" not in inspect.signature(settle).parameters:
        return

    @functools.wraps(settle)
    async def settle_sooner(self: Any, *, idle: float = SETTLE_IDLE_SECONDS, **kw: Any) -> Any:
        return await settle(self, idle=idle, **kw)

    setattr(simcord.env.Env, "_settle_internal", settle_sooner)  # noqa: B010


_settle_sooner()


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The folder of default articles the bot ships with (seeds/)."""
    return SEEDS


@pytest.fixture(scope="session")
def seed_file() -> Path:
    """One seed article, the same every run."""
    return SEED_FILE


@pytest.fixture(scope="session")
def seed_library(seed_dir: Path) -> Library:
    from bot.library import Library

    return Library.load(seed_dir)


@pytest.fixture
def settings() -> Settings:
    return make_settings()


@pytest.fixture
def simcord_bot(seed_library: Library, request: pytest.FixtureRequest) -> ArticleBot:
    """The real bot on the seed library; `@pytest.mark.bot_settings(...)` overrides."""
    from bot.app import ArticleBot

    marker = request.node.get_closest_marker("bot_settings")
    overrides = marker.kwargs if marker else {}
    library = overrides.pop("library", seed_library)
    return ArticleBot(make_settings(**overrides), library=library)


@pytest.fixture
def room(simcord_env) -> tuple:
    """A guild channel with two members, alice and bob: (channel, alice, bob)."""
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("news")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    return channel, alice, bob
